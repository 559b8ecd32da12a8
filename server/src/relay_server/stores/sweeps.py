"""When each background sweep last ran, cluster-wide: the sweep runs once per interval over every
process on the database, whichever process gets there first."""

from __future__ import annotations

from relay_server.db import Database


async def start_if_due(db: Database, name: str, now: int, interval_ms: int) -> bool:
    """Records a run of sweep ``name`` at ``now`` unless one was recorded less than ``interval_ms`` ago;
    True when this caller should run it (one statement: of concurrent callers, one gets True)."""
    row = await db.one(
        "INSERT INTO sweeps(name, last_run_at) VALUES (?, ?) ON CONFLICT (name) DO UPDATE"
        " SET last_run_at = excluded.last_run_at WHERE sweeps.last_run_at <= ? RETURNING name",
        (name, now, now - interval_ms),
    )
    return row is not None
