"""The ASGI application: FastAPI with its own docs/openapi routes off, routes bound from the generated
operation table, problem+json for every error, request ids, security headers and gzip (``middleware``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from relay_server import __version__
from relay_server._generated.models import ErrorCode
from relay_server.config import Settings
from relay_server.db.sqlite import Checkpointer, SqliteDatabase
from relay_server.errors import ApiError, error_response, internal_error
from relay_server.handlers import load_handlers, load_replay_guards
from relay_server.middleware import RequestContextMiddleware, SelectiveGZip, request_id_of
from relay_server.oauth import sim_routes
from relay_server.operations import OPERATIONS, served_spec
from relay_server.routing import FastRouter, build_dispatchers, build_routes
from relay_server.services import Services, build_services
from relay_server.sweeps import SWEEPS
from relay_server.sweeps import loop as sweep_loop
from relay_server.webhooks import delivery_worker, on_execution_event

log = logging.getLogger("relay_server")


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 404:
        err = ApiError(404, ErrorCode.not_found, f"No route {request.url.path}.")
    elif exc.status_code == 405:
        err = ApiError(
            405, ErrorCode.method_not_allowed, f"{request.method} is not allowed here.", headers=headers
        )
    elif exc.status_code == 413:
        err = ApiError(413, ErrorCode.payload_too_large, "The request body is too large.")
    elif exc.status_code == 415:
        err = ApiError(415, ErrorCode.unsupported_media_type, "Send the body as application/json.")
    elif exc.status_code < 500:
        err = ApiError(exc.status_code, ErrorCode.invalid_request, str(exc.detail), headers=headers)
    else:
        err = internal_error()
    return error_response(err, request_id_of(request.scope))


async def _unhandled(request: Request, exc: Exception) -> Response:
    request_id = request_id_of(request.scope)
    log.error("unhandled error (request %s)", request_id, exc_info=exc)
    return error_response(internal_error(), request_id)


def create_app(settings: Settings | None = None, services: Services | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    services = services or build_services(settings)
    services.background_tasks.extend([*(sweep_loop(sweep) for sweep in SWEEPS), delivery_worker])
    services.event_listeners.append(on_execution_event)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        await services.start()
        checkpointer = None
        if isinstance(services.db, SqliteDatabase):
            checkpointer = Checkpointer(services.db)
            checkpointer.start()
        app.state.checkpointer = checkpointer
        tasks = [asyncio.create_task(task(services)) for task in services.background_tasks]
        try:
            yield {}
        finally:
            if checkpointer is not None:
                checkpointer.stop()
            for t in tasks:
                t.cancel()
            for t in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await t
            await services.stop()

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
            served_spec(), media_type="application/yaml", headers={"Cache-Control": "public, max-age=60"}
        )

    dispatchers = build_dispatchers(services, OPERATIONS, load_handlers(), load_replay_guards())
    app.router.routes.extend(build_routes(dispatchers))
    app.router.routes.append(Route("/openapi.yaml", openapi_yaml, methods=["GET"], include_in_schema=False))
    if settings.dev_mode:
        app.router.routes.extend(sim_routes(services.db, settings.oauth_sim_token_ttl_seconds))

    app.exception_handlers.clear()
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(Exception, _unhandled)
    app.state.dispatchers = dispatchers
    return app


@dataclass(frozen=True)
class AsgiFactory:
    """``create_asgi(settings)`` as a picklable callable: what ``relay-server serve`` hands uvicorn, which
    calls it in the serving process (in each of them with ``--workers N``)."""

    settings: Settings

    def __call__(self) -> ASGIApp:
        return create_asgi(self.settings)


def create_asgi(settings: Settings | None = None, services: Services | None = None) -> ASGIApp:
    """What ``relay-server serve`` runs: the FastAPI app behind thin ASGI layers (request id and security
    headers, gzip, and a direct route to the operation dispatchers)."""
    app = create_app(settings, services)
    return RequestContextMiddleware(SelectiveGZip(FastRouter(app, app.state.dispatchers), minimum_size=1024))
