#!/usr/bin/env bash
set -euo pipefail
# -N turns off curl's buffering so events print as they arrive.
curl --fail-with-body -sS -N -X POST "$RELAY_BASE_URL/v1/chat" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Accept: text/event-stream" \
  -H "Content-Type: application/json" \
  -d '{"message": "send an email to ada@example.com about lunch", "stream": true}'
