#!/usr/bin/env bash
set -euo pipefail
key="signup-$(openssl rand -hex 8)"
create() {
  curl --fail-with-body -sS -D - -X POST "$RELAY_BASE_URL/v1/api-keys" \
    -H "Authorization: Bearer $RELAY_API_KEY" \
    -H "Idempotency-Key: $key" \
    -H "Content-Type: application/json" \
    -d '{"name": "CI pipeline", "role": "developer"}'
}
create | grep -i '^idempotent-replayed' || echo "first request: processed"
create | grep -i '^idempotent-replayed'   # the retry: the stored response, same key id and secret
