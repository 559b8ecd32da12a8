"""The exception hierarchy.

``RelayError`` is the root. Network failures are ``APIConnectionError`` (``APITimeoutError`` for
timeouts); error responses are ``APIStatusError`` subclasses chosen by status code, carrying the
RFC 9457
problem details. No exception ever includes the API key: messages are built from the problem
document
and the status only, and httpx masks ``Authorization`` in header reprs.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, cast

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RelayError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]


class RelayError(Exception):
    """Base class of every exception raised by relay_sdk."""


class APIConnectionError(RelayError):
    """The request could not be sent or no response was received."""

    request: httpx.Request

    def __init__(self, request: httpx.Request, message: str | None = None) -> None:
        # the method and URL tried: a wrong or missing base URL (RELAY_BASE_URL) shows at once
        super().__init__(
            message or f"Connection error: {request.method} {request.url} could not be reached."
        )
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, f"Request timed out: {request.method} {request.url}.")


class FieldError:
    """One invalid field of a request: a JSON pointer into the body or parameters and a message.

    The spec's ``FieldError`` schema: the generated models use this class too (``Problem.errors``;
    ``relay_sdk.types.FieldError`` is this class), so it has their ``from_dict``/``to_dict``.
    """

    __slots__ = ("message", "pointer")

    def __init__(self, pointer: str, message: str) -> None:
        self.pointer: str = pointer
        self.message: str = message

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> FieldError:
        return cls(pointer=src_dict["pointer"], message=src_dict["message"])

    def to_dict(self) -> Dict[str, Any]:
        return {"pointer": self.pointer, "message": self.message}

    def __repr__(self) -> str:
        return f"FieldError(pointer={self.pointer!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FieldError):
            return NotImplemented
        return (self.pointer, self.message) == (other.pointer, other.message)

    def __hash__(self) -> int:
        return hash((self.pointer, self.message))


class APIStatusError(RelayError):
    """The API answered with a 4xx or 5xx status.

        Attributes mirror the problem+json body: ``code`` (the stable error code), ``title``,
    ``detail``,
        ``errors`` (field errors), ``request_id`` (from the body or the ``X-Request-Id``
    header), and the
    whole parsed document in ``problem`` (``None`` when the body was not JSON).
    """

    response: httpx.Response
    status_code: int
    request_id: Optional[str]
    code: Optional[str]
    title: Optional[str]
    detail: Optional[str]
    problem: Optional[Dict[str, Any]]
    errors: List[FieldError]
    body: object

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        problem = cast(Dict[str, Any], body) if isinstance(body, dict) else None
        self.problem = problem
        self.code = _str_or_none(problem.get("code")) if problem else None
        self.title = _str_or_none(problem.get("title")) if problem else None
        self.detail = _str_or_none(problem.get("detail")) if problem else None
        self.errors = _field_errors(problem.get("errors")) if problem else []
        body_request_id = _str_or_none(problem.get("request_id")) if problem else None
        self.request_id = body_request_id or response.headers.get("x-request-id")

    @property
    def request(self) -> httpx.Request:
        return self.response.request


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


class WebhookVerificationError(RelayError):
    """A webhook failed verification. ``kind`` is one of ``missing_header``, ``invalid_timestamp``,
    ``timestamp_too_old``, ``timestamp_too_new``, ``invalid_signature``, ``invalid_secret`` or
    ``invalid_payload``."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


_STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Build the typed error for an error response whose body has been read."""
    body: object
    try:
        body = response.json() if response.content else None
    except ValueError:
        body = response.text or None
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(_message(response, body), response=response, body=body)


def _message(response: httpx.Response, body: object) -> str:
    parts = [f"Error code: {response.status_code}"]
    if isinstance(body, dict):
        body = cast(Dict[str, Any], body)
        code = body.get("code")
        if isinstance(code, str):
            parts[0] += f" ({code})"
        detail = body.get("detail") or body.get("title")
        if isinstance(detail, str):
            parts.append(detail)
        request_id = body.get("request_id")
        if isinstance(request_id, str):
            parts.append(f"request_id: {request_id}")
    elif isinstance(body, str) and body:
        parts.append(body[:500])
    return " - ".join(parts)


def _str_or_none(value: object) -> Optional[str]:
    return value if isinstance(value, str) else None


def _field_errors(value: object) -> List[FieldError]:
    if not isinstance(value, (list, tuple)):
        return []
    out: List[FieldError] = []
    for item in cast(List[object], value):
        if isinstance(item, dict):
            entry = cast(Dict[str, Any], item)
            pointer = entry.get("pointer")
            message = entry.get("message")
            out.append(
                FieldError(
                    pointer if isinstance(pointer, str) else "",
                    message if isinstance(message, str) else "",
                )
            )
    return out
