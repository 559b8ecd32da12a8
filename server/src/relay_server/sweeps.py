"""Background sweeps, each run once per interval over the whole cluster, off the request path.

Every process runs the same loops; on each tick a process runs a sweep only when it holds the sweep's
cluster lock (``Database.cluster_lock``: a PostgreSQL advisory lock, a file lock on SQLite — never two
runs at once) *and* the sweep's last run, recorded in the database (``stores.sweeps``), is at least an
interval old — so a sweep runs once per interval whether one process serves or twenty. Their deletions
go in small batches with pauses, so a sweep never holds the database (or SQLite's event loop) for long:

- ``interrupted``: executions a stopped process left ``running`` are failed (``executions``);
- ``purge``: expired idempotency keys, previews, used confirm tokens and full rate-limit buckets;
- ``retention``: audit events, executions and finished deliveries older than their retention setting.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from relay_server.executions import interrupted_interval, sweep_interrupted
from relay_server.ids import id_before
from relay_server.services import Services
from relay_server.stores import audit, confirm_tokens, executions, idempotency, rate_limits, sweeps, webhooks

log = logging.getLogger("relay_server")

#: rows per deleting statement, and the pause between statements: each statement is short, so it never
#: holds the database (SQLite's write lock, the event loop on SQLite) long enough for a request to notice
BATCH = 500
PAUSE_SECONDS = 0.01
DAY_MS = 86_400_000


@dataclass(frozen=True)
class Sweep:
    name: str
    #: seconds between runs, over the cluster
    interval: Callable[[Services], float]
    run: Callable[[Services], Awaitable[None]]


async def _in_batches(delete: Callable[[], Awaitable[int]]) -> int:
    """Calls ``delete`` (one statement of at most ``BATCH`` rows) until it deletes fewer; the total."""
    total = 0
    while True:
        deleted = await delete()
        total += deleted
        if deleted < BATCH:
            return total
        await asyncio.sleep(PAUSE_SECONDS)


async def purge(services: Services) -> None:
    db = services.db
    await _in_batches(lambda: idempotency.purge_expired(db, db.now_ms(), BATCH))
    await _in_batches(lambda: confirm_tokens.purge_expired_previews(db, db.now_ms(), BATCH))
    await _in_batches(lambda: confirm_tokens.purge_expired_used(db, db.now_ms(), BATCH))
    await _in_batches(lambda: rate_limits.purge(db, db.now(), BATCH))


async def retention(services: Services) -> None:
    """Deletes what is older than each retention setting (0: kept forever). Ids sort by creation time, so
    "older than" is a range of the primary key."""
    db = services.db
    s = services.settings
    now = db.now_ms()
    if s.audit_retention_days:
        cutoff = id_before("aud", now - s.audit_retention_days * DAY_MS)
        await _in_batches(lambda: audit.delete_before(db, cutoff, BATCH))
    if s.execution_retention_days:
        cutoff = id_before("exe", now - s.execution_retention_days * DAY_MS)
        await _in_batches(lambda: executions.delete_finished_before(db, cutoff, BATCH))
    if s.delivery_retention_days:
        cutoff = id_before("dlv", now - s.delivery_retention_days * DAY_MS)
        await _in_batches(lambda: webhooks.delete_finished_before(db, cutoff, BATCH))


SWEEPS = (
    Sweep("interrupted", interrupted_interval, sweep_interrupted),
    Sweep("purge", lambda services: 600.0, purge),
    Sweep("retention", lambda services: 3600.0, retention),
)


async def run_once(services: Services, sweep: Sweep) -> bool:
    """Runs ``sweep`` if this process holds its lock and it is due; whether it ran."""
    db = services.db
    interval_ms = int(sweep.interval(services) * 1000)
    async with db.cluster_lock(f"sweep:{sweep.name}") as held:
        if not held or not await sweeps.start_if_due(db, sweep.name, db.now_ms(), interval_ms):
            return False
        await sweep.run(services)
    services.metrics.sweeps.labels(sweep.name).inc()
    return True


def loop(sweep: Sweep) -> Callable[[Services], Coroutine[Any, Any, None]]:
    """The background task of ``sweep`` (``services.background_tasks``)."""

    async def run(services: Services) -> None:
        while True:
            try:
                await run_once(services, sweep)
            except Exception:
                log.exception("the %s sweep failed", sweep.name)
            # a little jitter: processes started together do not all knock at once
            await asyncio.sleep(sweep.interval(services) * random.uniform(0.9, 1.1))  # noqa: S311

    run.__name__ = f"sweep_{sweep.name}"
    return run
