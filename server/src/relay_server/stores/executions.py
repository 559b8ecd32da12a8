"""Executions: one row per executed action, from ``running`` to ``succeeded``/``failed``."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from relay_server._generated import models
from relay_server.db import Database
from relay_server.timeutil import iso, iso_required

_COLS = "id, action_id, status, params, result, error, idempotency_key, created_at, completed_at, duration_ms"


def _execution(row: sqlite3.Row) -> models.Execution:
    return models.Execution(
        id=row["id"],
        action_id=row["action_id"],
        status=row["status"],
        params=json.loads(row["params"]),
        result=json.loads(row["result"]) if row["result"] is not None else None,
        error=json.loads(row["error"]) if row["error"] is not None else None,
        idempotency_key=row["idempotency_key"],
        created_at=iso_required(row["created_at"]),
        completed_at=iso(row["completed_at"]),
        duration_ms=row["duration_ms"],
    )


def insert_running(
    db: Database,
    *,
    execution_id: str,
    workspace_id: str,
    action_id: str,
    params: dict[str, Any],
    idempotency_key: str | None,
    api_key_id: str | None,
    created_at: int,
) -> None:
    """``params`` as stored (already redacted)."""
    db.execute(
        "INSERT INTO executions(id, workspace_id, action_id, status, params, idempotency_key, api_key_id,"
        " created_at) VALUES (?,?,?,?,?,?,?,?)",
        (
            execution_id,
            workspace_id,
            action_id,
            "running",
            json.dumps(params),
            idempotency_key,
            api_key_id,
            created_at,
        ),
    )


def finish(
    db: Database,
    execution_id: str,
    *,
    status: str,
    result: dict[str, Any] | None,
    error: models.ExecutionError | None,
    completed_at: int,
    duration_ms: int,
) -> None:
    """``result`` as stored (already redacted)."""
    db.execute(
        "UPDATE executions SET status = ?, result = ?, error = ?, completed_at = ?, duration_ms = ? WHERE id = ?",
        (
            status,
            json.dumps(result) if result is not None else None,
            json.dumps(error) if error is not None else None,
            completed_at,
            duration_ms,
            execution_id,
        ),
    )


def get(db: Database, workspace_id: str, execution_id: str) -> models.Execution | None:
    row = db.one(
        f"SELECT {_COLS} FROM executions WHERE id = ? AND workspace_id = ?", (execution_id, workspace_id)
    )
    return None if row is None else _execution(row)


@dataclass(frozen=True)
class ExecutionFilter:
    action_id: str | None = None
    status: str | None = None
    created_after_ms: int | None = None  # inclusive
    created_before_ms: int | None = None  # exclusive


def list_page(
    db: Database, workspace_id: str, where: ExecutionFilter, before: str, limit: int
) -> list[models.Execution]:
    """Executions with ids below ``before`` matching ``where``, newest first, at most ``limit``."""
    clauses = ["workspace_id = ?", "id < ?"]
    args: list[Any] = [workspace_id, before]
    for clause, value in (
        ("action_id = ?", where.action_id),
        ("status = ?", where.status),
        ("created_at >= ?", where.created_after_ms),
        ("created_at < ?", where.created_before_ms),
    ):
        if value is not None:
            clauses.append(clause)
            args.append(value)
    rows = db.all(
        f"SELECT {_COLS} FROM executions WHERE {' AND '.join(clauses)} ORDER BY id DESC LIMIT ?",
        (*args, limit),
    )
    return [_execution(r) for r in rows]


def running_before(db: Database, began_before_ms: int) -> list[tuple[str, str]]:
    """``(workspace_id, execution_id)`` of executions still ``running`` that began before the time."""
    rows = db.all(
        "SELECT id, workspace_id FROM executions WHERE status = 'running' AND created_at < ?",
        (began_before_ms,),
    )
    return [(str(r["workspace_id"]), str(r["id"])) for r in rows]


def fail_if_running(db: Database, execution_id: str, error: models.ExecutionError, now: int) -> bool:
    """Marks a still-running execution failed; False when it is not running (any more)."""
    cur = db.execute(
        "UPDATE executions SET status = 'failed', error = ?, completed_at = ? WHERE id = ? AND status = 'running'",
        (json.dumps(error), now, execution_id),
    )
    return cur.rowcount == 1


def started_by(db: Database, execution_id: str) -> str | None:
    """The id of the API key whose request started the execution."""
    row = db.one("SELECT api_key_id FROM executions WHERE id = ?", (execution_id,))
    return None if row is None or row["api_key_id"] is None else str(row["api_key_id"])


def action_of(db: Database, execution_id: str) -> str | None:
    row = db.one("SELECT action_id FROM executions WHERE id = ?", (execution_id,))
    return None if row is None else str(row["action_id"])


def latest_id_with_idempotency_key(db: Database, workspace_id: str, key: str) -> str | None:
    row = db.one(
        "SELECT id FROM executions WHERE workspace_id = ? AND idempotency_key = ? ORDER BY created_at DESC",
        (workspace_id, key),
    )
    return None if row is None else str(row["id"])


def usage_by_day(db: Database, workspace_id: str, from_ms: int, to_ms: int) -> list[models.UsageRow]:
    """Executions per UTC day and action in ``[from_ms, to_ms)``, by day then action."""
    rows = db.all(
        "SELECT date(created_at / 1000, 'unixepoch') AS d, action_id, COUNT(*) AS n,"
        " SUM(status = 'succeeded') AS ok, SUM(status = 'failed') AS bad FROM executions"
        " WHERE workspace_id = ? AND created_at >= ? AND created_at < ? GROUP BY d, action_id ORDER BY d, action_id",
        (workspace_id, from_ms, to_ms),
    )
    return [
        models.UsageRow(
            date=r["d"],
            action_id=r["action_id"],
            executions=r["n"],
            succeeded=r["ok"] or 0,
            failed=r["bad"] or 0,
        )
        for r in rows
    ]
