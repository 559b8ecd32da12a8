#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/v1/folders/fld_aaaaaaaaaaaaaaaaaaaaaaaa/archive" \
  -H "Authorization: Bearer $RELAY_API_KEY"
