#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/v1/chat/messages?session_id=chs_i3mnbqnspuq2idw52ijb4laj" \
  -H "Authorization: Bearer $RELAY_API_KEY"
