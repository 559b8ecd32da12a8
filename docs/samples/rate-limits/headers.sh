#!/usr/bin/env bash
set -euo pipefail
# -D - prints the response headers: RateLimit-Policy and RateLimit are on every authenticated response.
curl --fail-with-body -sS -o /dev/null -D - "$RELAY_BASE_URL/v1/workspace" \
  -H "Authorization: Bearer $RELAY_API_KEY" | grep -i '^ratelimit'
