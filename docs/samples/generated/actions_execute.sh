#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 fa182f57e5ec4dfa0684ba8264c4c006e95bb302a05e8c626f7f7d0240e9dc73
curl --fail-with-body -sS -X POST "$RELAY_BASE_URL/v1/actions/email.send/execute" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Idempotency-Key: $(openssl rand -hex 16)" \
  -H "Content-Type: application/json" \
  -d '{"confirm_token": "ct_v1.eyJ3Ijoid3NfdWp6ZGVneGRuY2YzMmVwZjNkaG9kemRvIn0.Zm9vYmFy"}'
