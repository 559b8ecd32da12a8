"""``executions``: the records of executed actions."""

from __future__ import annotations

from relay_server import executions
from relay_server._generated import models
from relay_server.context import Ctx
from relay_server.handlers import before_cursor, handler, page
from relay_server.stores.executions import ExecutionFilter, list_page
from relay_server.timeutil import parse_iso_ms


@handler("executions_list")
async def executions_list(ctx: Ctx, query: models.ExecutionsListQuery) -> models.ExecutionList:
    created_after = query.get("created_after")
    created_before = query.get("created_before")
    where = ExecutionFilter(
        action_id=query.get("action_id"),
        status=query.get("status"),
        created_after_ms=parse_iso_ms(created_after) if created_after is not None else None,
        created_before_ms=parse_iso_ms(created_before) if created_before is not None else None,
    )
    limit = query["limit"]
    found = await list_page(
        ctx.services.db, ctx.workspace_id, where, before_cursor(query.get("after")), limit + 1
    )
    data, has_more, cursor = page(found, limit)
    return models.ExecutionList(data=data, has_more=has_more, next_cursor=cursor)


@handler("executions_retrieve")
async def executions_retrieve(ctx: Ctx, path: models.ExecutionsRetrievePath) -> models.Execution:
    return await executions.load(ctx.services, ctx.workspace_id, path["execution_id"])
