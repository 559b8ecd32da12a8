"""Usage counters: executions per workspace, UTC day (of the execution's start) and action, kept up to
date in the transactions that start and finish executions, so reading a year of usage costs the same
whatever a workspace's history (and survives the retention of executions).

Each counter is split over ``SHARDS`` rows, one picked at random per update, summed when read: concurrent
executions of one action in one workspace would otherwise all update one row, each waiting for the
previous transaction's commit (on PostgreSQL that serialised them, whatever the number of processes).
"""

from __future__ import annotations

import random

from relay_server._generated import models
from relay_server.db import Database

SHARDS = 16
_BUMP = (
    "INSERT INTO usage_daily(workspace_id, day, action_id, shard, executions, succeeded, failed)"
    " VALUES (?,?,?,?,?,?,?) ON CONFLICT (workspace_id, day, action_id, shard) DO UPDATE SET"
    " executions = usage_daily.executions + excluded.executions,"
    " succeeded = usage_daily.succeeded + excluded.succeeded, failed = usage_daily.failed + excluded.failed"
)


async def count_started(db: Database, workspace_id: str, day: str, action_id: str) -> None:
    """One more execution (``day``: ``YYYY-MM-DD``, the UTC date it began)."""
    await db.execute(_BUMP, (workspace_id, day, action_id, _shard(), 1, 0, 0))


async def count_finished(db: Database, workspace_id: str, day: str, action_id: str, status: str) -> None:
    """One more of the day's executions finished with ``status`` (``succeeded`` / ``failed``)."""
    ok = 1 if status == "succeeded" else 0
    await db.execute(_BUMP, (workspace_id, day, action_id, _shard(), 0, ok, 1 - ok))


def _shard() -> int:
    return random.randrange(SHARDS)  # noqa: S311 - spreading writes, not security


async def by_day(db: Database, workspace_id: str, first_day: str, last_day: str) -> list[models.UsageRow]:
    """The counters of the days ``first_day`` to ``last_day`` (inclusive), by day then action."""
    rows = await db.all(
        "SELECT day, action_id, sum(executions) AS executions, sum(succeeded) AS succeeded,"
        " sum(failed) AS failed FROM usage_daily WHERE workspace_id = ? AND day >= ? AND day <= ?"
        " GROUP BY day, action_id ORDER BY day, action_id",
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
