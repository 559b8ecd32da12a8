"""Hand-written handlers, one module per resource, registered by operationId."""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from relay_server.errors import ApiError
from relay_server.routing import Ctx, Handler

HANDLERS: dict[str, Handler] = {}

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


def handler(operation_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = fn
        return fn

    return register


def load_handlers() -> dict[str, Handler]:
    for name in MODULES:
        importlib.import_module(f"relay_server.handlers.{name}")
    return dict(HANDLERS)


def not_found(kind: str, ident: str) -> ApiError:
    return ApiError(404, "not_found", f"No {kind} {ident} in this workspace.")


def page_limit(ctx: Ctx) -> int:
    return int(ctx.query.get("limit", 20))


#: sorts after every id: the position before the first (newest) item of a newest-first list
TOP = "~"


def before_cursor(after: str | None) -> str:
    """Newest-first lists return ids strictly below the cursor. Ids are time-ordered, so any string is a
    valid position: an unknown cursor simply yields the items that sort below it."""
    return TOP if after is None else after


def page(
    rows: Sequence[sqlite3.Row], limit: int, to_dict: Callable[[sqlite3.Row], dict[str, Any]]
) -> dict[str, Any]:
    has_more = len(rows) > limit
    items = [to_dict(r) for r in rows[:limit]]
    return {
        "data": items,
        "has_more": has_more,
        "next_cursor": items[-1]["id"] if has_more and items else None,
    }
