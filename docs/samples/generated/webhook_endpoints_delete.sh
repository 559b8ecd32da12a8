#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 85c3e0b2afc668ad69c14b6bbb0f619cac3044b7aa43fbdb3c1ef46a78e8d556
curl --fail-with-body -sS -X DELETE "$RELAY_BASE_URL/v1/webhook-endpoints/whe_2xuid5zzzzg6zdmen4khvdga" \
  -H "Authorization: Bearer $RELAY_API_KEY"
