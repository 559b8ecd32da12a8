"""RFC 9457 problem details: the one error shape every failure leaves the server in.

Error codes are the spec's ``ErrorCode`` enum (generated). The 500 a client sees whatever failed is
:func:`internal_error` — written here once, whichever layer catches the failure.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from http import HTTPStatus

from starlette.responses import Response

from relay_server._generated.models import ErrorCode, FieldError, Problem

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://relay.dev/problems/"

TITLES: Mapping[ErrorCode, str] = {
    ErrorCode.invalid_request: "Invalid request",
    ErrorCode.validation_failed: "Validation failed",
    ErrorCode.invalid_cursor: "Invalid cursor",
    ErrorCode.unauthenticated: "Unauthenticated",
    ErrorCode.forbidden: "Forbidden",
    ErrorCode.not_found: "Not found",
    ErrorCode.method_not_allowed: "Method not allowed",
    ErrorCode.conflict: "Conflict",
    ErrorCode.idempotency_key_reused: "Idempotency key reused",
    ErrorCode.idempotency_in_progress: "Idempotent request in progress",
    ErrorCode.confirm_token_invalid: "Invalid confirm token",
    ErrorCode.confirm_token_expired: "Confirm token expired",
    ErrorCode.confirm_token_used: "Confirm token already used",
    ErrorCode.connection_required: "Connection required",
    ErrorCode.rate_limited: "Rate limited",
    ErrorCode.payload_too_large: "Payload too large",
    ErrorCode.unsupported_media_type: "Unsupported media type",
    ErrorCode.headers_too_large: "Request header fields too large",
    ErrorCode.internal_error: "Internal error",
    ErrorCode.not_implemented: "Not implemented",
    ErrorCode.service_unavailable: "Service unavailable",
}


class ApiError(Exception):
    """Raised anywhere in request handling; rendered as problem+json."""

    def __init__(
        self,
        status: int,
        code: ErrorCode,
        detail: str | None = None,
        *,
        title: str | None = None,
        errors: Sequence[FieldError] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = code
        self.detail = detail
        self.title = title
        self.errors: list[FieldError] | None = list(errors) if errors else None
        self.headers = dict(headers) if headers else {}


def internal_error() -> ApiError:
    """The 500 of any unexpected failure: no internal detail, the request id to quote."""
    return ApiError(
        500,
        ErrorCode.internal_error,
        "An unexpected error occurred. Quote the request id when contacting support.",
    )


def validation_failed(errors: Sequence[FieldError], what: str = "field") -> ApiError:
    """422 ``validation_failed`` listing ``errors`` (``what``: "field" or "parameter")."""
    n = len(errors)
    return ApiError(
        422,
        ErrorCode.validation_failed,
        f"{n} {what}{'s are' if n != 1 else ' is'} invalid.",
        errors=errors,
    )


def status_title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_body(
    status: int,
    code: ErrorCode,
    detail: str | None,
    request_id: str,
    *,
    title: str | None = None,
    errors: Sequence[FieldError] | None = None,
    instance: str | None = None,
) -> Problem:
    body = Problem(
        type=PROBLEM_TYPE_BASE + code,
        title=title or TITLES.get(code) or status_title(status),
        status=status,
        code=code,
        request_id=request_id,
    )
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    if errors:
        body["errors"] = list(errors)
    return body


def problem_json(exc: ApiError, request_id: str) -> bytes:
    """The problem+json document of ``exc``, serialized (what every error response carries)."""
    body = problem_body(exc.status, exc.code, exc.detail, request_id, title=exc.title, errors=exc.errors)
    return json.dumps(body, separators=(",", ":")).encode("utf-8")


def error_response(exc: ApiError, request_id: str) -> Response:
    return Response(
        problem_json(exc, request_id),
        status_code=exc.status,
        media_type=PROBLEM_CONTENT_TYPE,
        headers=exc.headers,
    )
