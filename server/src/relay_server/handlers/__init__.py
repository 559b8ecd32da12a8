"""Hand-written handlers, one module per resource, registered by operationId (see ``relay_server.context``
for what a handler takes and returns)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TypeVar

from relay_server._generated.models import ErrorCode
from relay_server.context import Handler, ReplayGuard
from relay_server.errors import ApiError

HANDLERS: dict[str, Handler] = {}
REPLAY_GUARDS: dict[str, ReplayGuard] = {}

MODULES = (
    "health",
    "workspace",
    "api_keys",
    "actions",
    "executions",
    "audit_events",
    "usage",
    "chat",
    "connections",
    "webhook_endpoints",
)

H = TypeVar("H", bound=Handler)


def handler(operation_id: str) -> Callable[[H], H]:
    def register(fn: H) -> H:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = fn
        return fn

    return register


def replay_guard(operation_id: str) -> Callable[[ReplayGuard], ReplayGuard]:
    """Registers the check a stored response of ``operation_id`` passes before it is replayed (for
    responses that carry a secret: see ``relay_server.routing``)."""

    def register(fn: ReplayGuard) -> ReplayGuard:
        REPLAY_GUARDS[operation_id] = fn
        return fn

    return register


def load_handlers() -> dict[str, Handler]:
    for name in MODULES:
        importlib.import_module(f"relay_server.handlers.{name}")
    return dict(HANDLERS)


def load_replay_guards() -> dict[str, ReplayGuard]:
    load_handlers()
    return dict(REPLAY_GUARDS)


def not_found(kind: str, ident: str) -> ApiError:
    return ApiError(404, ErrorCode.not_found, f"No {kind} {ident} in this workspace.")


#: sorts after every id: the position before the first (newest) item of a newest-first list
TOP = "~"


def before_cursor(after: str | None) -> str:
    """Newest-first lists return ids strictly below the position ``after`` (the last id of the previous
    page: the pipeline has already checked the cursor and turned it into this position)."""
    return TOP if after is None else after


T = TypeVar("T", bound=Mapping[str, object])


def page(items: list[T], limit: int) -> tuple[list[T], bool, str | None]:
    """A page of at most ``limit`` of ``items`` (fetched with ``limit + 1``): the page, whether more
    follow, and the cursor of the next page (the last id)."""
    has_more = len(items) > limit
    data = items[:limit]
    return data, has_more, str(data[-1]["id"]) if has_more and data else None
