"""Server-wide key/value settings kept in the database (``meta``): generated secrets and keys."""

from __future__ import annotations

from relay_server.db import Database


async def get(db: Database, key: str) -> str | None:
    row = await db.one("SELECT value FROM meta WHERE key = ?", (key,))
    return None if row is None else str(row["value"])


async def set_if_absent(db: Database, key: str, value: str) -> str:
    """Stores ``value`` unless ``key`` has one; returns the value kept (the first writer's, in any process)."""
    await db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (key, value))
    row = await db.one("SELECT value FROM meta WHERE key = ?", (key,))
    assert row is not None  # rows of meta are never deleted
    return str(row["value"])


async def delete(db: Database, key: str) -> None:
    await db.execute("DELETE FROM meta WHERE key = ?", (key,))


async def items_with_prefix(db: Database, prefix: str) -> list[tuple[str, str]]:
    """``(key, value)`` of every entry whose key starts with ``prefix``."""
    rows = await db.all("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))
    return [(str(r["key"]), str(r["value"])) for r in rows]


async def put(db: Database, key: str, value: str) -> None:
    await db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
