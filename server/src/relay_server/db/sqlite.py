"""SQLite: WAL mode, one connection per thread, ``BEGIN IMMEDIATE`` transactions, background checkpoints.

The embedded default. Its statements run on the calling thread without suspending: a store coroutine on
SQLite completes in one step, so a transaction's body, which only awaits store calls, is never
interleaved with another coroutine's statements on the shared connection (checked: see
``transaction``). WAL checkpoints run on a :class:`Checkpointer` thread.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import sqlite3
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import ClassVar

from relay_server.config import DatabaseUrl
from relay_server.db import Database, Params, Row
from relay_server.migrations import MIGRATIONS, statements

log = logging.getLogger("relay_server")

#: SQLite's own default: a commit that takes the WAL past this many pages runs a checkpoint itself
DEFAULT_AUTOCHECKPOINT_PAGES = 1000
#: with a ``Checkpointer`` running, a commit checkpoints only past this many pages (~40 MB): a backstop
#: should the checkpointer fall behind or stop; it keeps the WAL far below this
BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000


class SqliteDatabase(Database):
    """A SQLite database shared by every thread (and process) of the server.

    Each thread gets its own connection (``sqlite3`` caches prepared statements per connection).
    Connections run in autocommit mode; ``transaction()`` opens ``BEGIN IMMEDIATE`` so writers
    serialise on the database lock, which also serialises concurrent server processes.
    ``background_checkpoints``: a ``Checkpointer`` runs the WAL checkpoints, so commits run them only
    as a backstop (see ``Checkpointer``).
    """

    dialect: ClassVar[str] = "sqlite"

    def __init__(self, path: Path | str, *, background_checkpoints: bool = False) -> None:
        self.path = Path(path)
        self.url = DatabaseUrl.sqlite(self.path)
        self.autocheckpoint_pages = (
            BACKSTOP_AUTOCHECKPOINT_PAGES if background_checkpoints else DEFAULT_AUTOCHECKPOINT_PAGES
        )
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        #: set in the context of the transaction's owner (another coroutine must never find one open)
        self._in_tx: ContextVar[bool] = ContextVar(f"relay_sqlite_tx_{id(self)}", default=False)
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            str(self.path),
            timeout=30.0,
            isolation_level=None,
            check_same_thread=False,
            cached_statements=256,
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA wal_autocheckpoint={int(self.autocheckpoint_pages)}")
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (synchronous use: the checkpointer, tests)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close_sync(self) -> None:
        with self._lock:
            for conn in self._all:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._all.clear()
        self._local = threading.local()

    async def close(self) -> None:
        self.close_sync()

    def _connection(self) -> sqlite3.Connection:
        conn = self.conn
        if conn.in_transaction and not self._in_tx.get():
            raise RuntimeError(
                "a SQLite transaction suspended on something other than a store call: another coroutine "
                "found the shared connection inside it"
            )
        return conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        return self._connection().execute(sql, params).rowcount

    async def one(self, sql: str, params: Params = ()) -> Row | None:
        row: sqlite3.Row | None = self._connection().execute(sql, params).fetchone()
        return row

    async def all(self, sql: str, params: Params = ()) -> list[Row]:
        return list(self._connection().execute(sql, params).fetchall())

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if self._in_tx.get():
            yield  # joins the transaction this context opened
            return
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        token = self._in_tx.set(True)
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            self._in_tx.reset(token)
        conn.execute("COMMIT")

    async def lock_transaction(self, name: str) -> None:
        """``BEGIN IMMEDIATE`` already holds the database's write lock until the transaction ends."""

    @asynccontextmanager
    async def cluster_lock(self, name: str) -> AsyncIterator[bool]:
        lock_file = self.path.with_name(f"{self.path.name}.{name.replace(':', '-')}.lock")  # beside the file
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    async def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    async def migrate(self) -> int:
        """Each pending migration in a ``BEGIN IMMEDIATE`` transaction of its own: concurrent starts wait
        for each other and apply each migration once."""
        conn = self.conn
        for m in MIGRATIONS:
            conn.execute("BEGIN IMMEDIATE")
            try:
                current = int(conn.execute("PRAGMA user_version").fetchone()[0])
                if m.version <= current:
                    conn.execute("ROLLBACK")
                    continue
                for statement in statements(m.sqlite):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {int(m.version)}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        return await self.schema_version()

    def checkpoint(self) -> tuple[int, int]:
        """A PASSIVE checkpoint on this thread's connection: copies what it can of the WAL into the database
        file without waiting for readers or writers. Returns (frames in the WAL, frames of them now in the
        database file); equal when the WAL is fully checkpointed."""
        row = self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(row[1]), int(row[2])

    def compact(self) -> None:
        """Rewrites the database file from its live rows (``VACUUM``) and empties the WAL, so no page
        holds content that was overwritten or deleted (after old rows were re-encrypted in place)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def ping(self) -> bool:
        try:
            self.conn.execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True


class Checkpointer:
    """Runs the database's WAL checkpoints on a thread of its own, every ``interval`` seconds.

    A checkpoint copies the WAL's pages into the database file and syncs it: 5-10 ms here. Left to
    SQLite, the commit that takes the WAL past 1,000 pages runs it, on the event loop, stalling every
    request behind it; at 200 executions/s that was most of the p99 latency (10 ms with, 3.5 ms
    without). sqlite3 releases the GIL while the checkpoint runs, so requests go on meanwhile.
    """

    def __init__(self, db: SqliteDatabase, interval: float = 0.2) -> None:
        self.db = db
        self.interval = interval
        #: checkpoints run so far, and what the last one found: (frames in the WAL, frames checkpointed)
        self.runs = 0
        self.last: tuple[int, int] = (0, 0)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="relay-checkpointer", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        failing = False
        while not self._stop.wait(self.interval):
            try:
                self.last = self.db.checkpoint()
                self.runs += 1
                failing = False
            except sqlite3.Error:
                if not failing:  # once per run of failures; commits still checkpoint past the backstop
                    log.exception("WAL checkpoint failed")
                failing = True
