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
