from __future__ import annotations

import json
import sqlite3
from typing import Any

from starlette.responses import Response

from relay_server.db import now_ms
from relay_server.errors import ApiError
from relay_server.handlers import before_cursor, handler, not_found, page, page_limit
from relay_server.ids import new_id
from relay_server.routing import Ctx
from relay_server.signing import new_webhook_secret
from relay_server.timeutil import iso
from relay_server.webhooks import DELIVERY_COLS, delivery_dict, enqueue

_COLS = "id, url, description, events, enabled, disabled_reason, consecutive_failures, created_at"


def endpoint_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "url": row["url"],
        "description": row["description"],
        "events": json.loads(row["events"]),
        "enabled": bool(row["enabled"]),
        "disabled_reason": row["disabled_reason"],
        "consecutive_failures": row["consecutive_failures"],
        "created_at": iso(row["created_at"]),
    }


def _endpoint(ctx: Ctx, endpoint_id: str) -> sqlite3.Row:
    row = ctx.services.db.one(
        f"SELECT {_COLS} FROM webhook_endpoints WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL",
        (endpoint_id, ctx.workspace_id),
    )
    if row is None:
        raise not_found("webhook endpoint", endpoint_id)
    return row


@handler("webhook_endpoints_list")
async def webhook_endpoints_list(ctx: Ctx) -> Response:
    db = ctx.services.db
    limit = page_limit(ctx)
    rows = db.all(
        f"SELECT {_COLS} FROM webhook_endpoints WHERE workspace_id = ? AND deleted_at IS NULL AND id < ?"
        " ORDER BY id DESC LIMIT ?",
        (ctx.workspace_id, before_cursor(ctx.query.get("after")), limit + 1),
    )
    return ctx.json(page(rows, limit, endpoint_dict))


@handler("webhook_endpoints_create")
async def webhook_endpoints_create(ctx: Ctx) -> Response:
    body = ctx.body
    url: str = body["url"]
    scheme = url.split(":", 1)[0].lower()
    if scheme != "https" and not (scheme == "http" and ctx.services.settings.dev_mode):
        raise ApiError(
            422,
            "validation_failed",
            "1 field is invalid.",
            errors=[{"pointer": "/url", "message": "must be an https URL"}],
        )
    ep_id = new_id("whe")
    secret = new_webhook_secret()
    ctx.services.db.execute(
        "INSERT INTO webhook_endpoints(id, workspace_id, url, description, events, secret, enabled, created_at)"
        " VALUES (?,?,?,?,?,?,1,?)",
        (ep_id, ctx.workspace_id, url, body.get("description"), json.dumps(body["events"]), secret, now_ms()),
    )
    ctx.audit_target = ep_id
    out = endpoint_dict(_endpoint(ctx, ep_id))
    out["secret"] = secret
    return ctx.json(out)


@handler("webhook_endpoints_retrieve")
async def webhook_endpoints_retrieve(ctx: Ctx) -> Response:
    return ctx.json(endpoint_dict(_endpoint(ctx, ctx.path["endpoint_id"])))


@handler("webhook_endpoints_delete")
async def webhook_endpoints_delete(ctx: Ctx) -> Response:
    ep_id = ctx.path["endpoint_id"]
    _endpoint(ctx, ep_id)
    now = now_ms()
    with ctx.services.db.transaction() as conn:
        conn.execute("UPDATE webhook_endpoints SET deleted_at = ? WHERE id = ?", (now, ep_id))
        conn.execute(
            "UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, completed_at = ?, updated_at = ?,"
            " last_error = 'endpoint deleted' WHERE endpoint_id = ? AND status = 'pending'",
            (now, now, ep_id),
        )
    return ctx.json({"id": ep_id, "deleted": True})


@handler("webhook_endpoints_test")
async def webhook_endpoints_test(ctx: Ctx) -> Response:
    ep_id = ctx.path["endpoint_id"]
    _endpoint(ctx, ep_id)
    dlv_id = enqueue(ctx.services.db, ctx.workspace_id, ep_id, "ping", {"endpoint_id": ep_id})
    row = ctx.services.db.one(f"SELECT {DELIVERY_COLS} FROM webhook_deliveries WHERE id = ?", (dlv_id,))
    assert row is not None
    ctx.audit_target = ep_id
    return ctx.json(delivery_dict(row))


@handler("webhook_endpoints_list_deliveries")
async def webhook_endpoints_list_deliveries(ctx: Ctx) -> Response:
    ep_id = ctx.path["endpoint_id"]
    _endpoint(ctx, ep_id)
    db = ctx.services.db
    limit = page_limit(ctx)
    rows = db.all(
        f"SELECT {DELIVERY_COLS} FROM webhook_deliveries WHERE endpoint_id = ? AND workspace_id = ? AND id < ?"
        " ORDER BY id DESC LIMIT ?",
        (ep_id, ctx.workspace_id, before_cursor(ctx.query.get("after")), limit + 1),
    )
    return ctx.json(page(rows, limit, delivery_dict))
