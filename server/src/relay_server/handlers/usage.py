"""``usage``: executions per action per day (read from the counters the executions keep: flat in the
workspace's history)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from relay_server._generated import models
from relay_server._generated.models import ErrorCode
from relay_server.context import Ctx
from relay_server.errors import ApiError
from relay_server.handlers import handler
from relay_server.stores import usage

MAX_DAYS = 366


@handler("usage_retrieve")
async def usage_retrieve(ctx: Ctx, query: models.UsageRetrieveQuery) -> models.Usage:
    today = datetime.now(UTC).date()
    end_date = query.get("end_date")
    start_date = query.get("start_date")
    end = date.fromisoformat(end_date) if end_date else None
    start = date.fromisoformat(start_date) if start_date else None
    if end is None:
        end = today if start is None else min(today, start + timedelta(days=29))
        end = max(end, start) if start is not None else end
    if start is None:
        start = end - timedelta(days=29)
    if end < start:
        raise ApiError(
            422,
            ErrorCode.validation_failed,
            "The date range is invalid.",
            errors=[models.FieldError(pointer="/query/end_date", message="must not be before start_date")],
        )
    if (end - start).days + 1 > MAX_DAYS:
        raise ApiError(
            422,
            ErrorCode.validation_failed,
            "The date range is too long.",
            errors=[
                models.FieldError(
                    pointer="/query/end_date", message=f"the range is limited to {MAX_DAYS} days"
                )
            ],
        )
    return models.Usage(
        start_date=start.isoformat(),
        end_date=end.isoformat(),
        data=await usage.by_day(ctx.services.db, ctx.workspace_id, start.isoformat(), end.isoformat()),
    )
