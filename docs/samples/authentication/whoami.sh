#!/usr/bin/env bash
set -euo pipefail
# Which workspace does this key belong to, and what is its rate limit?
curl --fail-with-body -sS "$RELAY_BASE_URL/v1/workspace" \
  -H "Authorization: Bearer $RELAY_API_KEY"
