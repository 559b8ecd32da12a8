from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from starlette.responses import Response

from relay_server.errors import ApiError
from relay_server.handlers import handler
from relay_server.routing import Ctx

MAX_DAYS = 366


@handler("usage_retrieve")
async def usage_retrieve(ctx: Ctx) -> Response:
    today = datetime.now(UTC).date()
    end = date.fromisoformat(ctx.query["end_date"]) if ctx.query.get("end_date") else None
    start = date.fromisoformat(ctx.query["start_date"]) if ctx.query.get("start_date") else None
    if end is None:
        end = today if start is None else min(today, start + timedelta(days=29))
        end = max(end, start) if start is not None else end
    if start is None:
        start = end - timedelta(days=29)
    if end < start:
        raise ApiError(
            422,
            "validation_failed",
            "The date range is invalid.",
            errors=[{"pointer": "/query/end_date", "message": "must not be before start_date"}],
        )
    if (end - start).days + 1 > MAX_DAYS:
        raise ApiError(
            422,
            "validation_failed",
            "The date range is too long.",
            errors=[{"pointer": "/query/end_date", "message": f"the range is limited to {MAX_DAYS} days"}],
        )
    lo = int(datetime(start.year, start.month, start.day, tzinfo=UTC).timestamp() * 1000)
    hi = int(datetime(end.year, end.month, end.day, tzinfo=UTC).timestamp() * 1000) + 86_400_000
    rows = ctx.services.db.all(
        "SELECT date(created_at / 1000, 'unixepoch') AS d, action_id, COUNT(*) AS n,"
        " SUM(status = 'succeeded') AS ok, SUM(status = 'failed') AS bad FROM executions"
        " WHERE workspace_id = ? AND created_at >= ? AND created_at < ? GROUP BY d, action_id ORDER BY d, action_id",
        (ctx.workspace_id, lo, hi),
    )
    data = [
        {
            "date": r["d"],
            "action_id": r["action_id"],
            "executions": r["n"],
            "succeeded": r["ok"] or 0,
            "failed": r["bad"] or 0,
        }
        for r in rows
    ]
    return ctx.json({"start_date": start.isoformat(), "end_date": end.isoformat(), "data": data})
