#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 d247bd318689de0522bda1bd8b00d54c27caad56b0c60c76d6e17240e9c1b670
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/v1/webhook-endpoints/whe_2xuid5zzzzg6zdmen4khvdga/deliveries" \
  -H "Authorization: Bearer $RELAY_API_KEY"
