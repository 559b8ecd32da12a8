"""``usage``: executions per action per day (read from the counters the executions keep: flat in the
workspace's history)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from relay_server._generated import models
from relay_server.context import Ctx
from relay_server.handlers import handler
from relay_server.stores import usage

#: the longest range counted; a longer one is shortened to the MAX_DAYS days ending on its end date
MAX_DAYS = 366
DEFAULT_DAYS = 30


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, stopping at the first and last representable dates."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def counted_range(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The range a request counts (the spec's rules for ``usage_retrieve``): 30 days by default, at
    most 366 days ending on the end date; a start after the end is an empty range, kept as given."""
    if end is None:
        end = today if start is None else max(start, min(today, _shift(start, DEFAULT_DAYS - 1)))
    if start is None:
        start = _shift(end, -(DEFAULT_DAYS - 1))
    if start <= end and (end - start).days + 1 > MAX_DAYS:
        start = _shift(end, -(MAX_DAYS - 1))
    return start, end


@handler("usage_retrieve")
async def usage_retrieve(ctx: Ctx, query: models.UsageRetrieveQuery) -> models.Usage:
    start_date, end_date = query.get("start_date"), query.get("end_date")
    start, end = counted_range(
        date.fromisoformat(start_date) if start_date else None,
        date.fromisoformat(end_date) if end_date else None,
        datetime.now(UTC).date(),
    )
    rows: list[models.UsageRow] = []
    if start <= end:
        rows = await usage.by_day(ctx.services.db, ctx.workspace_id, start.isoformat(), end.isoformat())
    return models.Usage(start_date=start.isoformat(), end_date=end.isoformat(), data=rows)
