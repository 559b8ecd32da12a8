"""RFC 9457 problem details: the one error shape every failure leaves the server in."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from starlette.responses import Response

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://relay.dev/problems/"

TITLES = {
    "invalid_request": "Invalid request",
    "validation_failed": "Validation failed",
    "unauthenticated": "Unauthenticated",
    "forbidden": "Forbidden",
    "not_found": "Not found",
    "method_not_allowed": "Method not allowed",
    "conflict": "Conflict",
    "idempotency_key_reused": "Idempotency key reused",
    "idempotency_in_progress": "Idempotent request in progress",
    "confirm_token_invalid": "Invalid confirm token",
    "confirm_token_expired": "Confirm token expired",
    "confirm_token_used": "Confirm token already used",
    "connection_required": "Connection required",
    "rate_limited": "Rate limited",
    "payload_too_large": "Payload too large",
    "unsupported_media_type": "Unsupported media type",
    "internal_error": "Internal error",
    "service_unavailable": "Service unavailable",
}


class ApiError(Exception):
    """Raised anywhere in request handling; rendered as problem+json."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str | None = None,
        *,
        title: str | None = None,
        errors: Sequence[Mapping[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = code
        self.detail = detail
        self.title = title
        self.errors: list[dict[str, str]] | None = [dict(e) for e in errors] if errors else None
        self.headers = dict(headers) if headers else {}


def status_title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_body(
    status: int,
    code: str,
    detail: str | None,
    request_id: str,
    *,
    title: str | None = None,
    errors: Sequence[Mapping[str, str]] | None = None,
    instance: str | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + code,
        "title": title or TITLES.get(code) or status_title(status),
        "status": status,
        "code": code,
        "request_id": request_id,
    }
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    if errors:
        body["errors"] = [dict(e) for e in errors]
    return body


def problem_response(
    status: int,
    code: str,
    detail: str | None,
    request_id: str,
    *,
    title: str | None = None,
    errors: Sequence[Mapping[str, str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    body = problem_body(status, code, detail, request_id, title=title, errors=errors)
    return Response(
        json.dumps(body, separators=(",", ":")).encode("utf-8"),
        status_code=status,
        media_type=PROBLEM_CONTENT_TYPE,
        headers=dict(headers or {}),
    )


def error_response(exc: ApiError, request_id: str) -> Response:
    return problem_response(
        exc.status, exc.code, exc.detail, request_id, title=exc.title, errors=exc.errors, headers=exc.headers
    )
