"""Server-wide key/value settings kept in the database (``meta``): generated secrets and keys."""

from __future__ import annotations

from relay_server.db import Database


def get(db: Database, key: str) -> str | None:
    row = db.one("SELECT value FROM meta WHERE key = ?", (key,))
    return None if row is None else str(row["value"])


def set_if_absent(db: Database, key: str, value: str) -> str:
    """Stores ``value`` unless ``key`` has one; returns the value kept (the first writer's, in any process)."""
    with db.transaction() as conn:
        conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (key, value))
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row["value"])
