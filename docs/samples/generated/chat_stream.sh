#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
curl --fail-with-body -sS -N -X POST "$RELAY_BASE_URL/v1/chat" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Accept: text/event-stream" \
  -H "Content-Type: application/json" \
  -d '{"message": "send an email to ada@example.com about lunch", "stream": true}'
