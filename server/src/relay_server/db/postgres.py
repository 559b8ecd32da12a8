"""PostgreSQL through psycopg 3's async connection pool: several processes and hosts on one database.

Every statement suspends its coroutine while PostgreSQL works, so a slow query holds its own request
only. Connections are autocommit; ``transaction()`` takes one from the pool for the task's transaction
(a context variable: the store calls in the body find it). Stores write SQLite's parameter style;
:func:`pg_sql` rewrites it (``?`` → ``%s``, ``:name`` → ``%(name)s``) once per statement text.

Cluster-wide pieces: migrations run under a session advisory lock (concurrent starts wait, each migration
applies once); :meth:`cluster_lock` is a non-blocking session advisory lock on a connection of its own
(released when the holder's connection ends — a crashed process's too); :meth:`now` is the database
server's clock (this host's clock plus an offset measured against it every minute), so processes on hosts
whose clocks differ still agree on leases, rate limits and expiries.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any, ClassVar

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from relay_server.config import DatabaseUrl
from relay_server.db import Database, Params, Row
from relay_server.migrations import MIGRATIONS, statements

log = logging.getLogger("relay_server")

#: the advisory lock of migrations (any constant; the names of cluster locks hash elsewhere)
MIGRATION_LOCK = 0x72656C6179  # "relay"
CLOCK_SYNC_SECONDS = 60.0

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")

AsyncConn = psycopg.AsyncConnection[dict[str, Any]]


@functools.lru_cache(maxsize=2048)
def pg_sql(sql: str) -> str:
    """A store's statement (SQLite's ``?`` / ``:name`` parameters) in psycopg's style."""
    out = sql.replace("%", "%%")
    out = _NAMED.sub(r"%(\1)s", out)
    return out.replace("?", "%s")


async def _answer(cur: psycopg.AsyncCursor[dict[str, Any]], want: str) -> Any:
    if want == "rowcount":
        return cur.rowcount
    if want == "one":
        return await cur.fetchone()
    return await cur.fetchall()


class PostgresDatabase(Database):
    dialect: ClassVar[str] = "postgresql"

    def __init__(self, url: DatabaseUrl, *, pool_size: int = 10) -> None:
        assert url.dsn is not None
        self.url = url
        self._pool = AsyncConnectionPool[AsyncConn](
            url.dsn,
            connection_class=psycopg.AsyncConnection[dict[str, Any]],
            min_size=min(2, pool_size),
            max_size=pool_size,
            kwargs={"autocommit": True, "row_factory": dict_row},
            open=False,
            name="relay",
        )
        self._tx: ContextVar[AsyncConn | None] = ContextVar(f"relay_pg_tx_{id(self)}", default=None)
        self._offset = 0.0  # the database's clock minus this host's, in seconds
        self._clock_task: asyncio.Task[None] | None = None
        self._opened = False

    async def open(self) -> None:
        if self._opened:
            return
        await self._pool.open(wait=True, timeout=30)
        self._opened = True
        await self._sync_clock()
        self._clock_task = asyncio.create_task(self._track_clock())

    async def close(self) -> None:
        if self._clock_task is not None:
            self._clock_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._clock_task
            self._clock_task = None
        if self._opened:
            await self._pool.close()
            self._opened = False

    # -- statements ------------------------------------------------------------------------------------

    async def execute(self, sql: str, params: Params = ()) -> int:
        return int(await self._run(sql, params, "rowcount"))

    async def one(self, sql: str, params: Params = ()) -> Row | None:
        row: Row | None = await self._run(sql, params, "one")
        return row

    async def all(self, sql: str, params: Params = ()) -> list[Row]:
        rows: list[Row] = await self._run(sql, params, "all")
        return rows

    async def _run(self, sql: str, params: Params, want: str) -> Any:
        """The statement on the task's transaction connection, else on a pooled one (autocommit); what it
        answers: its ``rowcount``, ``one`` row or ``all`` rows."""
        conn = self._tx.get()
        if conn is not None:
            return await _answer(await conn.execute(pg_sql(sql), params), want)
        async with self._pool.connection() as pooled:
            return await _answer(await pooled.execute(pg_sql(sql), params), want)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if self._tx.get() is not None:
            yield
            return
        async with self._pool.connection() as conn, conn.transaction():
            token = self._tx.set(conn)
            try:
                yield
            finally:
                self._tx.reset(token)

    async def lock_transaction(self, name: str) -> None:
        if self._tx.get() is None:
            raise RuntimeError("lock_transaction() outside a transaction")
        await self.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (f"relay:{name}",))

    @asynccontextmanager
    async def cluster_lock(self, name: str) -> AsyncIterator[bool]:
        key = f"relay:{name}"
        async with self._pool.connection() as conn:
            cur = await conn.execute("SELECT pg_try_advisory_lock(hashtextextended(%s, 0)) AS held", (key,))
            row = await cur.fetchone()
            held = bool(row and row["held"])
            try:
                yield held
            finally:
                if held:
                    await conn.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (key,))

    async def stream(self, sql: str, params: Params, batch: int) -> AsyncIterator[list[Row]]:
        """A server-side cursor in a read-only REPEATABLE READ transaction (one snapshot for the whole
        stream), fetched ``batch`` rows at a time: memory stays flat however many rows there are."""
        async with self._pool.connection() as conn, conn.transaction():
            await conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            async with conn.cursor(name="relay_stream") as cur:
                await cur.execute(pg_sql(sql), params)
                while True:
                    rows: list[Row] = list(await cur.fetchmany(batch))
                    if not rows:
                        return
                    yield rows

    # -- schema ----------------------------------------------------------------------------------------

    async def schema_version(self) -> int:
        row = await self.one("SELECT to_regclass('relay_schema_version') IS NOT NULL AS present")
        if not (row and row["present"]):
            return 0
        row = await self.one("SELECT coalesce(max(version), 0) AS v FROM relay_schema_version")
        return int(row["v"]) if row else 0

    async def migrate(self) -> int:
        """Under a session advisory lock (a concurrent start waits here), each pending migration in a
        transaction of its own, recorded in ``relay_schema_version``."""
        await self.open()
        async with self._pool.connection() as conn:
            await conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
            try:
                await conn.execute(
                    "CREATE TABLE IF NOT EXISTS relay_schema_version ("
                    " version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
                )
                cur = await conn.execute("SELECT coalesce(max(version), 0) AS v FROM relay_schema_version")
                row = await cur.fetchone()
                current = int(row["v"]) if row else 0
                for m in MIGRATIONS:
                    if m.version <= current:
                        continue
                    async with conn.transaction():
                        for statement in statements(m.postgresql):
                            await conn.execute(statement)  # no parameters: sent as written
                        await conn.execute(
                            "INSERT INTO relay_schema_version(version, name) VALUES (%s, %s)",
                            (m.version, m.name),
                        )
                    current = m.version
            finally:
                await conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
        return current

    async def ping(self) -> bool:
        try:
            await self.one("SELECT 1 AS ok")
        except (psycopg.Error, OSError):
            return False
        return True

    def text_in(self, value: str | None) -> str | bytes | None:
        return None if value is None else value.encode("utf-8")

    # -- the database's clock --------------------------------------------------------------------------

    def now(self) -> float:
        return time.time() + self._offset

    async def _sync_clock(self) -> None:
        """Measures the database server's clock against this host's (within half a round trip)."""
        before = time.time()
        row = await self.one("SELECT extract(epoch FROM clock_timestamp())::float8 AS t")
        after = time.time()
        if row is not None:
            self._offset = float(row["t"]) - (before + after) / 2

    async def _track_clock(self) -> None:
        while True:
            await asyncio.sleep(CLOCK_SYNC_SECONDS)
            try:
                await self._sync_clock()
            except Exception:
                log.warning("could not read the database's clock; keeping the last offset", exc_info=True)
