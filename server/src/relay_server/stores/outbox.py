"""The sandbox outbox: what sandboxed actions (email without SMTP, Google, Microsoft) would have sent."""

from __future__ import annotations

from relay_server.db import Database


async def record(
    db: Database,
    *,
    record_id: str,
    workspace_id: str,
    execution_id: str,
    channel: str,
    payload: str,
    now: int,
) -> None:
    await db.execute(
        "INSERT INTO sandbox_outbox(id, workspace_id, execution_id, channel, payload, created_at) VALUES (?,?,?,?,?,?)",
        (record_id, workspace_id, execution_id, channel, payload, now),
    )
