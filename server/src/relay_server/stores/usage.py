"""Usage counters: executions per workspace, UTC day (of the execution's start) and action, kept up to
date in the transactions that start and finish executions, so reading a year of usage costs the same
whatever a workspace's history (and survives the retention of executions)."""

from __future__ import annotations

from relay_server._generated import models
from relay_server.db import Database

_BUMP = (
    "INSERT INTO usage_daily(workspace_id, day, action_id, executions, succeeded, failed) VALUES (?,?,?,?,?,?)"
    " ON CONFLICT (workspace_id, day, action_id) DO UPDATE SET"
    " executions = usage_daily.executions + excluded.executions,"
    " succeeded = usage_daily.succeeded + excluded.succeeded, failed = usage_daily.failed + excluded.failed"
)


async def count_started(db: Database, workspace_id: str, day: str, action_id: str) -> None:
    """One more execution (``day``: ``YYYY-MM-DD``, the UTC date it began)."""
    await db.execute(_BUMP, (workspace_id, day, action_id, 1, 0, 0))


async def count_finished(db: Database, workspace_id: str, day: str, action_id: str, status: str) -> None:
    """One more of the day's executions finished with ``status`` (``succeeded`` / ``failed``)."""
    ok = 1 if status == "succeeded" else 0
    await db.execute(_BUMP, (workspace_id, day, action_id, 0, ok, 1 - ok))


async def by_day(db: Database, workspace_id: str, first_day: str, last_day: str) -> list[models.UsageRow]:
    """The counters of the days ``first_day`` to ``last_day`` (inclusive), by day then action."""
    rows = await db.all(
        "SELECT day, action_id, executions, succeeded, failed FROM usage_daily"
        " WHERE workspace_id = ? AND day >= ? AND day <= ? ORDER BY day, action_id",
        (workspace_id, first_day, last_day),
    )
    return [
        models.UsageRow(
            date=r["day"],
            action_id=r["action_id"],
            executions=int(r["executions"]),
            succeeded=int(r["succeeded"]),
            failed=int(r["failed"]),
        )
        for r in rows
    ]
