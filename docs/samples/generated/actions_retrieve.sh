#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/v1/actions/email.send" \
  -H "Authorization: Bearer $RELAY_API_KEY"
