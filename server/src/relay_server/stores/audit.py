"""The audit log: events appended by every mutating call, listed and exported by keyset pagination."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from relay_server._generated import models
from relay_server.db import Database, Row
from relay_server.timeutil import iso_required

_COLS = (
    "id, created_at, actor_key_id, actor_role, action, target_id, outcome, status_code, request_id, metadata"
)


def _event(row: Row) -> models.AuditEvent:
    return models.AuditEvent(
        id=row["id"],
        occurred_at=iso_required(row["created_at"]),
        actor_key_id=row["actor_key_id"],
        actor_role=row["actor_role"],
        action=row["action"],
        target=row["target_id"],
        outcome=row["outcome"],
        status_code=row["status_code"],
        request_id=row["request_id"] or "",
        metadata=json.loads(row["metadata"]),
    )


async def insert(
    db: Database,
    *,
    event_id: str,
    workspace_id: str,
    created_at: int,
    actor_key_id: str | None,
    actor_role: str | None,
    action: str,
    target: str | None,
    outcome: str,
    status_code: int,
    request_id: str | None,
    metadata: str,
) -> None:
    """``metadata``: JSON, already redacted."""
    await db.execute(
        "INSERT INTO audit_events(id, workspace_id, created_at, actor_key_id, actor_role, action, target_type,"
        " target_id, outcome, status_code, request_id, metadata) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            event_id,
            workspace_id,
            created_at,
            actor_key_id,
            actor_role,
            action,
            None,
            target,
            outcome,
            status_code,
            request_id,
            metadata,
        ),
    )


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    occurred_after_ms: int | None = None  # inclusive
    occurred_before_ms: int | None = None  # exclusive

    def sql(self, workspace_id: str) -> tuple[list[str], list[Any]]:
        clauses = ["workspace_id = ?"]
        args: list[Any] = [workspace_id]
        for clause, value in (
            ("actor_key_id = ?", self.actor),
            ("action = ?", self.action),
            ("created_at >= ?", self.occurred_after_ms),
            ("created_at < ?", self.occurred_before_ms),
        ):
            if value is not None:
                clauses.append(clause)
                args.append(value)
        return clauses, args


async def list_page(
    db: Database, workspace_id: str, where: AuditFilter, before: str, limit: int
) -> list[models.AuditEvent]:
    """Events with ids below ``before`` matching ``where``, newest first, at most ``limit``."""
    clauses, args = where.sql(workspace_id)
    rows = await db.all(
        f"SELECT {_COLS} FROM audit_events WHERE {' AND '.join(clauses)} AND id < ? ORDER BY id DESC LIMIT ?",
        (*args, before, limit),
    )
    return [_event(r) for r in rows]


async def export(
    db: Database, workspace_id: str, where: AuditFilter, batch: int
) -> AsyncIterator[list[models.AuditEvent]]:
    """The events matching ``where``, oldest first, ``batch`` at a time, in constant memory.

    PostgreSQL: one query read from a server-side cursor (one snapshot for the whole export). SQLite:
    keyset pagination (``id > last``), a short query per batch, so no read transaction stays open for the
    length of the download (it would hold back every WAL checkpoint meanwhile)."""
    clauses, args = where.sql(workspace_id)
    sql = f"SELECT {_COLS} FROM audit_events WHERE {' AND '.join(clauses)}"
    if db.dialect == "postgresql":
        async for rows in db.stream(sql + " ORDER BY id", args, batch):
            yield [_event(r) for r in rows]
        return
    last = ""
    while True:
        rows = await db.all(sql + " AND id > ? ORDER BY id LIMIT ?", (*args, last, batch))
        if not rows:
            return
        yield [_event(r) for r in rows]
        if len(rows) < batch:
            return
        last = rows[-1]["id"]


async def delete_before(db: Database, before_id: str, batch: int) -> int:
    """Deletes up to ``batch`` events with ids below ``before_id`` (ids sort by time); returns how many."""
    return await db.execute(
        "DELETE FROM audit_events WHERE id IN (SELECT id FROM audit_events WHERE id < ? ORDER BY id LIMIT ?)",
        (before_id, batch),
    )
