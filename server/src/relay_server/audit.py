"""The audit log: every mutating call appends one event, secrets redacted."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from relay_server.db import Database, now_ms
from relay_server.ids import new_id
from relay_server.redaction import redact
from relay_server.timeutil import iso


def record(
    db: Database,
    *,
    workspace_id: str,
    actor_key_id: str | None,
    actor_role: str | None,
    action: str,
    target: str | None,
    outcome: str,
    status_code: int,
    request_id: str | None,
    metadata: dict[str, Any],
) -> str:
    event_id = new_id("aud")
    db.execute(
        "INSERT INTO audit_events(id, workspace_id, created_at, actor_key_id, actor_role, action, target_type,"
        " target_id, outcome, status_code, request_id, metadata) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            event_id,
            workspace_id,
            now_ms(),
            actor_key_id,
            actor_role,
            action,
            None,
            target,
            outcome,
            status_code,
            request_id,
            json.dumps(redact(metadata), separators=(",", ":"), default=str),
        ),
    )
    return event_id


def event_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "occurred_at": iso(row["created_at"]),
        "actor_key_id": row["actor_key_id"],
        "actor_role": row["actor_role"],
        "action": row["action"],
        "target": row["target_id"],
        "outcome": row["outcome"],
        "status_code": row["status_code"],
        "request_id": row["request_id"] or "",
        "metadata": json.loads(row["metadata"]),
    }
