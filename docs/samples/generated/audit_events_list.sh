#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/v1/audit-events?actor=key_pft7v4seh2kvj72ceuvw75ef&action=actions.execute" \
  -H "Authorization: Bearer $RELAY_API_KEY"
