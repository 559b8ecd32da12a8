"""``workspace``: the calling key's workspace and its rate-limit policy."""

from __future__ import annotations

from relay_server._generated import models
from relay_server.context import Ctx
from relay_server.handlers import handler, not_found
from relay_server.stores import workspaces
from relay_server.timeutil import iso_required


@handler("workspace_retrieve")
async def workspace_retrieve(ctx: Ctx) -> models.Workspace:
    row = await workspaces.get(ctx.services.db, ctx.workspace_id)
    if row is None:
        raise not_found("workspace", ctx.workspace_id)
    s = ctx.services.settings
    return models.Workspace(
        id=row["id"],
        name=row["name"],
        created_at=iso_required(row["created_at"]),
        rate_limit=models.RateLimitPolicy(requests_per_minute=s.rate_limit_per_minute, burst=s.burst),
    )
