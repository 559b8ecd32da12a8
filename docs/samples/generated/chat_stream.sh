#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d
curl --fail-with-body -sS -N -X POST "$RELAY_BASE_URL/v1/chat" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Accept: text/event-stream" \
  -H "Content-Type: application/json" \
  -d '{"message": "send an email to ada@example.com about lunch", "stream": true}'
