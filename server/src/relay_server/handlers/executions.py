from __future__ import annotations

from typing import Any

from starlette.responses import Response

from relay_server.executions import COLUMNS, execution_dict, load_execution
from relay_server.handlers import before_cursor, handler, page, page_limit
from relay_server.routing import Ctx
from relay_server.timeutil import parse_iso_ms


@handler("executions_list")
async def executions_list(ctx: Ctx) -> Response:
    db = ctx.services.db
    limit = page_limit(ctx)
    q = ctx.query
    where = ["workspace_id = ?"]
    args: list[Any] = [ctx.workspace_id]
    where.append("id < ?")
    args.append(before_cursor(q.get("after")))
    if q.get("action_id") is not None:
        where.append("action_id = ?")
        args.append(q["action_id"])
    if q.get("status") is not None:
        where.append("status = ?")
        args.append(q["status"])
    if q.get("created_after") is not None:
        where.append("created_at >= ?")
        args.append(parse_iso_ms(q["created_after"]))
    if q.get("created_before") is not None:
        where.append("created_at < ?")
        args.append(parse_iso_ms(q["created_before"]))
    args.append(limit + 1)
    rows = db.all(
        f"SELECT {COLUMNS} FROM executions WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?", tuple(args)
    )
    return ctx.json(page(rows, limit, execution_dict))


@handler("executions_retrieve")
async def executions_retrieve(ctx: Ctx) -> Response:
    return ctx.json(
        execution_dict(load_execution(ctx.services.db, ctx.workspace_id, ctx.path["execution_id"]))
    )
