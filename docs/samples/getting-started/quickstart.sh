#!/usr/bin/env bash
set -euo pipefail
# Needs RELAY_BASE_URL (e.g. http://127.0.0.1:8080) and RELAY_API_KEY (relay_sk_…), plus curl and jq.

# 1. What can this workspace do?
curl --fail-with-body -sS "$RELAY_BASE_URL/v1/actions" \
  -H "Authorization: Bearer $RELAY_API_KEY" | jq -r '.data[] | "\(.id) - \(.name)"'

# 2. Preview: validates the params, says what would happen, returns a single-use confirm token.
preview=$(curl --fail-with-body -sS -X POST "$RELAY_BASE_URL/v1/actions/email.send/preview" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"params": {"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"}}')
echo "$preview" | jq -r .summary
token=$(echo "$preview" | jq -r .confirm_token)

# 3. Execute with the token, under an Idempotency-Key: resending this exact request is safe.
curl --fail-with-body -sS -X POST "$RELAY_BASE_URL/v1/actions/email.send/execute" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Idempotency-Key: $(openssl rand -hex 16)" \
  -H "Content-Type: application/json" \
  -d "{\"confirm_token\": \"$token\"}" | jq -r '"\(.id) \(.status)"'
