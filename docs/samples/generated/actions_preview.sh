#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
curl --fail-with-body -sS -X POST "$RELAY_BASE_URL/v1/actions/email.send/preview" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Idempotency-Key: $(openssl rand -hex 16)" \
  -H "Content-Type: application/json" \
  -d '{"params": {"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"}}'
