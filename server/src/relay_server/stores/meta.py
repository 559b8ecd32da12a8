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


def delete(db: Database, key: str) -> None:
    db.execute("DELETE FROM meta WHERE key = ?", (key,))


def items_with_prefix(db: Database, prefix: str) -> list[tuple[str, str]]:
    """``(key, value)`` of every entry whose key starts with ``prefix``."""
    rows = db.all("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))
    return [(str(r["key"]), str(r["value"])) for r in rows]


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
