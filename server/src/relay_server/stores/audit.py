"""The audit log: events appended by every mutating call, listed and exported by keyset pagination."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from relay_server._generated import models
from relay_server.db import Database
from relay_server.timeutil import iso_required

_COLS = (
    "id, created_at, actor_key_id, actor_role, action, target_id, outcome, status_code, request_id, metadata"
)


def _event(row: sqlite3.Row) -> models.AuditEvent:
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


def insert(
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
    db.execute(
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


def list_page(
    db: Database, workspace_id: str, where: AuditFilter, before: str, limit: int
) -> list[models.AuditEvent]:
    """Events with ids below ``before`` matching ``where``, newest first, at most ``limit``."""
    clauses, args = where.sql(workspace_id)
    rows = db.all(
        f"SELECT {_COLS} FROM audit_events WHERE {' AND '.join(clauses)} AND id < ? ORDER BY id DESC LIMIT ?",
        (*args, before, limit),
    )
    return [_event(r) for r in rows]


def export_batch(
    db: Database, workspace_id: str, where: AuditFilter, after: str, limit: int
) -> list[models.AuditEvent]:
    """Events with ids above ``after`` matching ``where``, oldest first, at most ``limit``."""
    clauses, args = where.sql(workspace_id)
    rows = db.all(
        f"SELECT {_COLS} FROM audit_events WHERE {' AND '.join(clauses)} AND id > ? ORDER BY id LIMIT ?",
        (*args, after, limit),
    )
    return [_event(r) for r in rows]
