"""Workspaces."""

from __future__ import annotations

from relay_server.db import Database, Row, now_ms
from relay_server.ids import new_id


async def create(db: Database, name: str) -> tuple[str, int]:
    """A new workspace: ``(workspace_id, created_at)``."""
    ws_id = new_id("ws")
    created = now_ms()
    await db.execute("INSERT INTO workspaces(id, name, created_at) VALUES (?, ?, ?)", (ws_id, name, created))
    return ws_id, created


async def get(db: Database, workspace_id: str) -> Row | None:
    """``id``, ``name``, ``created_at``."""
    return await db.one("SELECT id, name, created_at FROM workspaces WHERE id = ?", (workspace_id,))


async def any_exists(db: Database) -> bool:
    return await db.one("SELECT 1 FROM workspaces LIMIT 1") is not None
