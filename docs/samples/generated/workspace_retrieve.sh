#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/v1/workspace" \
  -H "Authorization: Bearer $RELAY_API_KEY"
