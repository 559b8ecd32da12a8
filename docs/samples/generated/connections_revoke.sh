#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d
curl --fail-with-body -sS -X DELETE "$RELAY_BASE_URL/v1/connections/con_6kbnxjbtfqxkwovompzom7wb" \
  -H "Authorization: Bearer $RELAY_API_KEY"
