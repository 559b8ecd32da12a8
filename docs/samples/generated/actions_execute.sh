#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
curl --fail-with-body -sS -X POST "$RELAY_BASE_URL/v1/actions/email.send/execute" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Idempotency-Key: $(openssl rand -hex 16)" \
  -H "Content-Type: application/json" \
  -d '{"confirm_token": "ct_v1.eyJ3Ijoid3NfdWp6ZGVneGRuY2YzMmVwZjNkaG9kemRvIn0.Zm9vYmFy"}'
