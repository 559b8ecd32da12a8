#!/usr/bin/env bash
set -euo pipefail
# Unauthenticated operational endpoints.
curl --fail-with-body -sS "$RELAY_BASE_URL/health"; echo
curl --fail-with-body -sS "$RELAY_BASE_URL/ready"; echo
curl --fail-with-body -sS "$RELAY_BASE_URL/metrics" | grep '^action_' | head -n 5 || true
