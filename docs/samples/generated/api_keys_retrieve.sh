#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 6fd1f99f74959a0c3664009328cfa9b1e26622f7a8ca85c012b01e7fa40624e2
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/v1/api-keys/key_cis2jhtlgmxgedn73u55xtpl" \
  -H "Authorization: Bearer $RELAY_API_KEY"
