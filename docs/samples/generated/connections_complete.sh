#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e
curl --fail-with-body -sS -X POST "$RELAY_BASE_URL/v1/connections/complete" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Idempotency-Key: $(openssl rand -hex 16)" \
  -H "Content-Type: application/json" \
  -d '{"code": "4/0AVG7fiQ-example-code", "state": "st_3kq2mzx4b5n6c7d2e3f4g5h6"}'
