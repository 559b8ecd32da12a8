from __future__ import annotations

from starlette.responses import Response

from relay_server.handlers import handler, not_found
from relay_server.routing import Ctx
from relay_server.timeutil import iso


@handler("workspace_retrieve")
async def workspace_retrieve(ctx: Ctx) -> Response:
    row = ctx.services.db.one("SELECT id, name, created_at FROM workspaces WHERE id = ?", (ctx.workspace_id,))
    if row is None:
        raise not_found("workspace", ctx.workspace_id)
    s = ctx.services.settings
    return ctx.json(
        {
            "id": row["id"],
            "name": row["name"],
            "created_at": iso(row["created_at"]),
            "rate_limit": {"requests_per_minute": s.rate_limit_per_minute, "burst": s.burst},
        }
    )
