#!/usr/bin/env bash
set -euo pipefail
# An invalid request answers 422 with an application/problem+json body.
curl -sS -X POST "$RELAY_BASE_URL/v1/actions/email.send/preview" \
  -H "Authorization: Bearer $RELAY_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{"params": {"to": "not-an-email", "subject": "Hi", "body": "…"}}' \
  -w '\nHTTP %{http_code} %{content_type}\n'
