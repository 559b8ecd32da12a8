#!/usr/bin/env bash
# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
curl --fail-with-body -sS -X GET "$RELAY_BASE_URL/health"
