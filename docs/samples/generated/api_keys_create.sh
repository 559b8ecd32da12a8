#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 6fd1f99f74959a0c3664009328cfa9b1e26622f7a8ca85c012b01e7fa40624e2
curl --fail-with-body -sS -X POST "$RELAY_BASE_URL/v1/api-keys" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Idempotency-Key: $(openssl rand -hex 16)" \
  -H "Content-Type: application/json" \
  -d '{"name": "CI pipeline", "role": "developer"}'
