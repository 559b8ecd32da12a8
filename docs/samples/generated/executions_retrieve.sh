#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 fa182f57e5ec4dfa0684ba8264c4c006e95bb302a05e8c626f7f7d0240e9dc73
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/v1/executions/exe_r6edt4sywb5wkh7dnsipzz7f" \
  -H "Authorization: Bearer $RELAY_API_KEY"
