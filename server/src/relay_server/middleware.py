"""The thin ASGI layers around the app: request ids, security headers, the 431 for oversized request
heads, the last-resort 500, gzip.

Shared by the app (``app.create_asgi``) and the HTTP/1.1 protocol (``http11``), which answers requests
that never reach the app with the same request id and headers.
"""

from __future__ import annotations

import logging
import re
import secrets

from starlette.datastructures import MutableHeaders
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from relay_server._generated.models import ErrorCode
from relay_server.config import MAX_HEADER_BYTES
from relay_server.errors import PROBLEM_CONTENT_TYPE, ApiError, internal_error, problem_json

log = logging.getLogger("relay_server")

SECURITY_HEADERS = (
    (b"strict-transport-security", b"max-age=63072000; includeSubDomains"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
_INCOMING_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def new_request_id() -> str:
    return "req_" + secrets.token_hex(8)


def headers_too_large() -> ApiError:
    return ApiError(
        431,
        ErrorCode.headers_too_large,
        f"The request line and header fields exceed {MAX_HEADER_BYTES // 1024} KiB; it was not processed.",
    )


def head_size(scope: Scope) -> int:
    """The bytes of a request's target and header fields, as they were sent (give or take separators)."""
    size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
    return size + sum(len(name) + len(value) + 4 for name, value in scope.get("headers", ()))


def request_id_of(scope: Scope) -> str:
    """The id :class:`RequestContextMiddleware` gave this request (a fresh one outside it)."""
    rid: str = scope.get("state", {}).get("request_id") or new_request_id()
    return rid


class SelectiveGZip:
    """gzip (bodies of 1 KiB and more) only for clients that accept it; others skip the wrapper."""

    def __init__(self, app: ASGIApp, minimum_size: int = 1024) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=minimum_size)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope.get("headers", ()):
                if name == b"accept-encoding" and b"gzip" in value:
                    await self.gzip(scope, receive, send)
                    return
        await self.app(scope, receive, send)


class RequestContextMiddleware:
    """Outermost layer: assigns the request id and adds it and the security headers to every response;
    answers 431 to a request head over ``MAX_HEADER_BYTES``; turns anything that escaped every other
    layer into a problem+json 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = None
        for name, value in scope.get("headers", ()):
            if name == b"x-request-id":
                incoming = value.decode("latin-1")
                break
        request_id = incoming if incoming and _INCOMING_ID.match(incoming) else new_request_id()
        scope.setdefault("state", {})["request_id"] = request_id
        started = False

        async def send_wrapper(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                headers["x-request-id"] = request_id
                raw = message["headers"]
                present = {k.lower() for k, _ in raw}
                for k, v in SECURITY_HEADERS:
                    if k not in present:
                        raw.append((k, v))
                if b"cache-control" not in present:
                    raw.append((b"cache-control", b"no-store"))
            await send(message)

        if head_size(scope) > MAX_HEADER_BYTES:
            await _problem(send_wrapper, headers_too_large(), request_id)
            return
        try:
            await self.app(scope, receive, send_wrapper)
        except Exception:
            log.exception("unhandled error (request %s)", request_id)
            if not started:
                await _problem(send_wrapper, internal_error(), request_id)


async def _problem(send: Send, error: ApiError, request_id: str) -> None:
    body = problem_json(error, request_id)
    await send(
        {
            "type": "http.response.start",
            "status": error.status,
            "headers": [
                (b"content-type", PROBLEM_CONTENT_TYPE.encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
