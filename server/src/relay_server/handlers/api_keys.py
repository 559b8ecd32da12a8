from __future__ import annotations

import sqlite3
from typing import Any

from starlette.responses import Response

from relay_server.db import now_ms
from relay_server.errors import ApiError
from relay_server.handlers import before_cursor, handler, not_found, page, page_limit
from relay_server.keys import KEY_PREFIX
from relay_server.routing import Ctx
from relay_server.timeutil import iso, parse_iso_ms

_COLS = "id, name, role, prefix, created_at, expires_at, last_used_at, revoked_at"
_ACTIVE = "revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)"


def key_dict(row: sqlite3.Row, *, with_revoked: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": row["id"],
        "name": row["name"] or "",
        "role": row["role"],
        "prefix": KEY_PREFIX + row["prefix"],
        "created_at": iso(row["created_at"]),
        "expires_at": iso(row["expires_at"]),
        "last_used_at": iso(row["last_used_at"]),
    }
    if with_revoked:
        out["revoked_at"] = iso(row["revoked_at"])
    return out


def _active_key(ctx: Ctx, key_id: str) -> sqlite3.Row:
    row = ctx.services.db.one(
        f"SELECT {_COLS} FROM api_keys WHERE id = ? AND workspace_id = ? AND {_ACTIVE}",
        (key_id, ctx.workspace_id, now_ms()),
    )
    if row is None:
        raise not_found("API key", key_id)
    return row


@handler("api_keys_list")
async def api_keys_list(ctx: Ctx) -> Response:
    db = ctx.services.db
    limit = page_limit(ctx)
    rows = db.all(
        f"SELECT {_COLS} FROM api_keys WHERE workspace_id = ? AND {_ACTIVE} AND id < ? ORDER BY id DESC LIMIT ?",
        (ctx.workspace_id, now_ms(), before_cursor(ctx.query.get("after")), limit + 1),
    )
    return ctx.json(page(rows, limit, key_dict))


@handler("api_keys_create")
async def api_keys_create(ctx: Ctx) -> Response:
    body = ctx.body
    expires_at = None
    if body.get("expires_at") is not None:
        expires_at = parse_iso_ms(body["expires_at"])
        if expires_at <= now_ms():
            raise ApiError(
                422,
                "validation_failed",
                "1 field is invalid.",
                errors=[{"pointer": "/expires_at", "message": "must be in the future"}],
            )
    key_id, secret, _created = ctx.services.keys.create(
        ctx.workspace_id, body["role"], name=body["name"], expires_at=expires_at
    )
    row = ctx.services.db.one(f"SELECT {_COLS} FROM api_keys WHERE id = ?", (key_id,))
    assert row is not None
    ctx.audit_target = key_id
    out = key_dict(row)
    out["secret"] = secret
    return ctx.json(out)


@handler("api_keys_retrieve")
async def api_keys_retrieve(ctx: Ctx) -> Response:
    return ctx.json(key_dict(_active_key(ctx, ctx.path["key_id"])))


@handler("api_keys_revoke")
async def api_keys_revoke(ctx: Ctx) -> Response:
    key_id = ctx.path["key_id"]
    db = ctx.services.db
    with db.transaction() as conn:
        cur = conn.execute(
            f"UPDATE api_keys SET revoked_at = ? WHERE id = ? AND workspace_id = ? AND {_ACTIVE}",
            (now_ms(), key_id, ctx.workspace_id, now_ms()),
        )
        if cur.rowcount != 1:
            raise not_found("API key", key_id)
    ctx.services.keys.forget(key_id)
    row = db.one(f"SELECT {_COLS} FROM api_keys WHERE id = ?", (key_id,))
    assert row is not None
    return ctx.json(key_dict(row, with_revoked=True))
