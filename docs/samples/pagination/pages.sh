#!/usr/bin/env bash
set -euo pipefail
# Follow next_cursor until has_more is false.
after=""
while :; do
  page=$(curl --fail-with-body -sS -G "$RELAY_BASE_URL/v1/actions" \
    -H "Authorization: Bearer $RELAY_API_KEY" \
    --data-urlencode "limit=3" ${after:+--data-urlencode "after=$after"})
  echo "$page" | jq -r '.data[].id'
  [ "$(echo "$page" | jq -r .has_more)" = "true" ] || break
  after=$(echo "$page" | jq -r .next_cursor)
done
