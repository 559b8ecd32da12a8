"""The ASGI application: FastAPI with its own docs/openapi routes off, routes bound from the spec's
operation table, problem+json for every error, request ids, security headers and gzip."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import secrets
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from relay_server import __version__
from relay_server.config import Settings
from relay_server.db import Checkpointer, now_ms
from relay_server.errors import ApiError, error_response, problem_body
from relay_server.executions import execution_dict, fail_interrupted, load_execution
from relay_server.handlers import load_handlers
from relay_server.oauth import sim_routes
from relay_server.operations import load_operations
from relay_server.routing import FastRouter, build_dispatchers, build_routes
from relay_server.services import Services, build_services
from relay_server.spec import spec_bytes
from relay_server.webhooks import delivery_worker, on_execution_event

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
    turns anything that escaped every other layer into a problem+json 500."""

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

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception:
            log.exception("unhandled error (request %s)", request_id)
            if not started:
                body = json.dumps(
                    problem_body(
                        500,
                        "internal_error",
                        "An unexpected error occurred. Quote the request id when contacting support.",
                        request_id,
                    )
                ).encode()
                await send_wrapper(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [
                            (b"content-type", b"application/problem+json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send_wrapper({"type": "http.response.body", "body": body})


def _request_id(request: Request) -> str:
    rid: str = request.scope.get("state", {}).get("request_id") or new_request_id()
    return rid


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 404:
        err = ApiError(404, "not_found", f"No route {request.url.path}.")
    elif exc.status_code == 405:
        err = ApiError(405, "method_not_allowed", f"{request.method} is not allowed here.", headers=headers)
    elif exc.status_code == 413:
        err = ApiError(413, "payload_too_large", "The request body is too large.")
    elif exc.status_code == 415:
        err = ApiError(415, "unsupported_media_type", "Send the body as application/json.")
    elif exc.status_code < 500:
        err = ApiError(exc.status_code, "invalid_request", str(exc.detail), headers=headers)
    else:
        err = ApiError(500, "internal_error", "An unexpected error occurred.")
    return error_response(err, _request_id(request))


async def _unhandled(request: Request, exc: Exception) -> Response:
    log.error("unhandled error (request %s)", _request_id(request), exc_info=exc)
    return error_response(
        ApiError(
            500,
            "internal_error",
            "An unexpected error occurred. Quote the request id when contacting support.",
        ),
        _request_id(request),
    )


async def _purge_loop(services: Services) -> None:
    while True:
        try:
            services.idempotency.purge_expired()
        except Exception:
            log.exception("idempotency purge failed")
        await asyncio.sleep(600)


async def _interrupted_loop(services: Services) -> None:
    """Fails executions left ``running`` by a process that stopped mid-execution (and says so to webhooks)."""
    after_ms = int(services.settings.interrupted_after_seconds * 1000)
    while True:
        try:
            for workspace_id, exe_id in fail_interrupted(services.db, now_ms() - after_ms):
                log.warning("execution %s was interrupted by a server stop; marked failed", exe_id)
                services.emit(
                    workspace_id,
                    "execution.failed",
                    execution_dict(load_execution(services.db, workspace_id, exe_id)),
                )
        except Exception:
            log.exception("the interrupted-execution check failed")
        await asyncio.sleep(min(60.0, max(0.5, services.settings.interrupted_after_seconds / 4)))


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    services = services or build_services(settings)
    services.background_tasks.extend([_purge_loop, _interrupted_loop, delivery_worker])
    services.event_listeners.append(on_execution_event)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        checkpointer = Checkpointer(services.db)
        checkpointer.start()
        app.state.checkpointer = checkpointer
        tasks = [asyncio.create_task(task(services)) for task in services.background_tasks]
        try:
            yield {}
        finally:
            checkpointer.stop()
            for t in tasks:
                t.cancel()
            for t in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await t
            await services.http.aclose()
            services.db.close()

    app = FastAPI(
        title="Relay API",
        version=__version__,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        lifespan=lifespan,
    )
    app.state.services = services
    app.router.redirect_slashes = False

    async def openapi_yaml(request: Request) -> Response:
        return Response(
            spec_bytes(), media_type="application/yaml", headers={"Cache-Control": "public, max-age=60"}
        )

    dispatchers = build_dispatchers(services, load_operations(), load_handlers())
    app.router.routes.extend(build_routes(dispatchers))
    app.router.routes.append(Route("/openapi.yaml", openapi_yaml, methods=["GET"], include_in_schema=False))
    if settings.dev_mode:
        app.router.routes.extend(sim_routes(services.db, settings.oauth_sim_token_ttl_seconds))

    app.exception_handlers.clear()
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(Exception, _unhandled)
    app.state.dispatchers = dispatchers
    return app


def create_asgi(settings: Settings | None = None, services: Services | None = None) -> ASGIApp:
    """What ``relay-server serve`` runs: the FastAPI app behind thin ASGI layers (request id and security
    headers, gzip, and a direct route to the operation dispatchers)."""
    app = create_app(settings, services)
    return RequestContextMiddleware(SelectiveGZip(FastRouter(app, app.state.dispatchers), minimum_size=1024))
