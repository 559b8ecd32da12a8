"""The connection layer: one async interface over two engines.

- :class:`~relay_server.db.sqlite.SqliteDatabase`, the embedded default: a file, WAL, ``BEGIN IMMEDIATE``
  transactions. Its statements run on the calling thread and never suspend (SQLite answers in
  microseconds from the page cache; the slow work — WAL checkpoints — runs on a thread of its own).
- :class:`~relay_server.db.postgres.PostgresDatabase`: psycopg 3's async connection pool; a statement
  suspends its coroutine while the database works, so no request waits behind another's query. Several
  processes and hosts share it: every guarantee (idempotency, single-use tokens, revocation, rate limits,
  delivery claims, sweeps) is held by the database.

Store functions (:mod:`relay_server.stores`, the only SQL outside this package and ``migrations``) are
coroutines taking a :class:`Database`. They write SQLite's parameter style (``?``, ``:name``); the
PostgreSQL engine rewrites it once per statement text. Where the engines' SQL differs, a store picks by
``db.dialect``.

``async with db.transaction():`` makes the store calls in its body atomic (they join it: the connection
is the task's for the transaction). A SQLite transaction must not suspend on anything but store calls
(another coroutine would find the connection inside it): it raises rather than interleave.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, ClassVar, Protocol

from relay_server.config import DatabaseUrl

__all__ = ["Database", "Params", "Row", "now_ms", "open_database"]


class Row(Protocol):
    """A result row, read by column name (``sqlite3.Row`` or psycopg's ``dict_row``)."""

    def __getitem__(self, key: str, /) -> Any: ...


Params = Sequence[Any] | Mapping[str, Any]


def now_ms() -> int:
    """This host's clock, for what only records a time (``created_at``). Decisions shared by processes
    (leases, rate limits, expiry) use :meth:`Database.now_ms`, the clock every process agrees on."""
    return int(time.time() * 1000)


class Database(ABC):
    """What stores and the server need of a database (see the module doc)."""

    dialect: ClassVar[str]
    url: DatabaseUrl

    async def open(self) -> None:  # noqa: B027 - a hook: only PostgreSQL connects ahead
        """Connects (PostgreSQL: opens the pool). Statements before it connect on first use (SQLite)."""

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def execute(self, sql: str, params: Params = ()) -> int:
        """Runs one statement; returns how many rows it changed."""

    @abstractmethod
    async def one(self, sql: str, params: Params = ()) -> Row | None: ...

    @abstractmethod
    async def all(self, sql: str, params: Params = ()) -> list[Row]: ...

    @abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[None]:
        """The store calls in the body are one transaction (a nested one joins the outer)."""

    @abstractmethod
    async def lock_transaction(self, name: str) -> None:
        """Inside a transaction: no other transaction taking ``name`` runs until this one ends (SQLite's
        transactions already exclude each other; PostgreSQL: a transaction-level advisory lock)."""

    @abstractmethod
    def cluster_lock(self, name: str) -> AbstractAsyncContextManager[bool]:
        """Tries to take the cluster-wide lock ``name`` without waiting: yields whether this process holds
        it for the body. Released at the end of the body, or when the process dies (PostgreSQL: a
        session-level advisory lock; SQLite: ``flock`` on a file beside the database)."""

    def stream(self, sql: str, params: Params, batch: int) -> AsyncIterator[list[Row]]:
        """The rows of a query in batches from a server-side cursor (PostgreSQL only)."""
        raise NotImplementedError(f"{self.dialect} has no server-side cursors")

    @abstractmethod
    async def migrate(self) -> int:
        """Applies pending migrations (safe when several processes start at once); the schema version."""

    @abstractmethod
    async def schema_version(self) -> int: ...

    @abstractmethod
    async def ping(self) -> bool: ...

    def text_in(self, value: str | None) -> str | bytes | None:
        """A user's free text as a column of it takes it: as is on SQLite; UTF-8 bytes on PostgreSQL,
        whose ``TEXT`` cannot hold U+0000 (which a JSON string may carry): such columns are ``BYTEA``."""
        return value

    @staticmethod
    def text_out(value: str | bytes | memoryview | None) -> str | None:
        """The free text ``text_in`` stored, read back."""
        if value is None or isinstance(value, str):
            return value
        return bytes(value).decode("utf-8")

    def now(self) -> float:
        """Seconds since the epoch on the clock every process of the database agrees on."""
        return time.time()

    def now_ms(self) -> int:
        return int(self.now() * 1000)


def open_database(url: DatabaseUrl, *, background_checkpoints: bool = False, pool_size: int = 10) -> Database:
    """The database of ``url`` (not connected yet: ``await db.open()``). ``background_checkpoints``: SQLite
    leaves WAL checkpoints to a ``Checkpointer``; ``pool_size``: PostgreSQL's connections at most."""
    if url.engine == "postgresql":
        try:
            from relay_server.db.postgres import PostgresDatabase  # psycopg: needed for PostgreSQL only
        except ImportError as exc:
            raise ImportError(
                f"PostgreSQL needs psycopg and psycopg-pool ({exc}): pip install 'relay-server[postgresql]'"
            ) from exc

        assert url.dsn is not None
        return PostgresDatabase(url, pool_size=pool_size)
    from relay_server.db.sqlite import SqliteDatabase

    assert url.path is not None
    return SqliteDatabase(url.path, background_checkpoints=background_checkpoints)
