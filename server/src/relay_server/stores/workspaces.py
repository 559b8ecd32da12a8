"""Workspaces."""

from __future__ import annotations

import sqlite3

from relay_server.db import Database, now_ms
from relay_server.ids import new_id


def create(db: Database, name: str) -> tuple[str, int]:
    """A new workspace: ``(workspace_id, created_at)``."""
    ws_id = new_id("ws")
    created = now_ms()
    db.execute("INSERT INTO workspaces(id, name, created_at) VALUES (?, ?, ?)", (ws_id, name, created))
    return ws_id, created


def get(db: Database, workspace_id: str) -> sqlite3.Row | None:
    """``id``, ``name``, ``created_at``."""
    return db.one("SELECT id, name, created_at FROM workspaces WHERE id = ?", (workspace_id,))


def any_exists(db: Database) -> bool:
    return db.one("SELECT 1 FROM workspaces LIMIT 1") is not None
