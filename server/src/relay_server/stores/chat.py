"""Chat messages, grouped by session (a session exists once it has a message)."""

from __future__ import annotations

import json
from typing import Any

from relay_server._generated import models
from relay_server.db import Database, Row
from relay_server.timeutil import iso_required


def _message(row: Row) -> models.ChatMessage:
    return models.ChatMessage(
        id=row["id"],
        session_id=row["session_id"],
        role=row["role"],
        content=Database.text_out(row["content"]) or "",
        created_at=iso_required(row["created_at"]),
    )


async def session_exists(db: Database, workspace_id: str, session_id: str) -> bool:
    row = await db.one(
        "SELECT 1 FROM chat_messages WHERE workspace_id = ? AND session_id = ? LIMIT 1",
        (workspace_id, session_id),
    )
    return row is not None


async def insert(
    db: Database,
    *,
    message_id: str,
    workspace_id: str,
    session_id: str,
    role: str,
    content: str,
    suggestion: Any,
    created_at: int,
) -> None:
    await db.execute(
        "INSERT INTO chat_messages(id, workspace_id, session_id, role, content, suggestion, created_at)"
        " VALUES (?,?,?,?,?,?,?)",
        (
            message_id,
            workspace_id,
            session_id,
            role,
            db.text_in(content),
            json.dumps(suggestion) if suggestion else None,
            created_at,
        ),
    )


async def keep_last(db: Database, workspace_id: str, session_id: str, count: int) -> None:
    """Deletes all but the session's ``count`` newest messages."""
    await db.execute(
        "DELETE FROM chat_messages WHERE workspace_id = ? AND session_id = ? AND id NOT IN"
        " (SELECT id FROM chat_messages WHERE workspace_id = ? AND session_id = ? ORDER BY id DESC LIMIT ?)",
        (workspace_id, session_id, workspace_id, session_id, count),
    )


async def list_page(
    db: Database, workspace_id: str, session_id: str, after: str, limit: int
) -> list[models.ChatMessage]:
    """The session's messages with ids above ``after``, oldest first, at most ``limit``."""
    rows = await db.all(
        "SELECT id, session_id, role, content, created_at FROM chat_messages WHERE workspace_id = ?"
        " AND session_id = ? AND id > ? ORDER BY id LIMIT ?",
        (workspace_id, session_id, after, limit),
    )
    return [_message(r) for r in rows]
