"""Executions: one row per executed action, from ``running`` to ``succeeded``/``failed``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from relay_server._generated import models
from relay_server.db import Database, Row
from relay_server.timeutil import iso, iso_required

_COLS = "id, action_id, status, params, result, error, idempotency_key, created_at, completed_at, duration_ms"


def _execution(row: Row) -> models.Execution:
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


async def insert_running(
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
    await db.execute(
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


async def finish(
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
    await db.execute(
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


async def get(db: Database, workspace_id: str, execution_id: str) -> models.Execution | None:
    row = await db.one(
        f"SELECT {_COLS} FROM executions WHERE id = ? AND workspace_id = ?", (execution_id, workspace_id)
    )
    return None if row is None else _execution(row)


@dataclass(frozen=True)
class ExecutionFilter:
    action_id: str | None = None
    status: str | None = None
    created_after_ms: int | None = None  # inclusive
    created_before_ms: int | None = None  # exclusive


async def list_page(
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
    rows = await db.all(
        f"SELECT {_COLS} FROM executions WHERE {' AND '.join(clauses)} ORDER BY id DESC LIMIT ?",
        (*args, limit),
    )
    return [_execution(r) for r in rows]


async def running_before(db: Database, began_before_ms: int, limit: int) -> list[tuple[str, str]]:
    """``(workspace_id, execution_id)`` of up to ``limit`` executions still ``running`` that began before
    the time (the partial index ``executions_running`` finds them without a scan)."""
    rows = await db.all(
        "SELECT id, workspace_id FROM executions WHERE status = 'running' AND created_at < ? ORDER BY created_at LIMIT ?",
        (began_before_ms, limit),
    )
    return [(str(r["workspace_id"]), str(r["id"])) for r in rows]


async def fail_if_running(
    db: Database, execution_id: str, error: models.ExecutionError, now: int
) -> Row | None:
    """Marks a still-running execution failed: its ``workspace_id``, ``action_id`` and ``created_at``;
    None when it is not running (any more)."""
    return await db.one(
        "UPDATE executions SET status = 'failed', error = ?, completed_at = ? WHERE id = ? AND status = 'running'"
        " RETURNING workspace_id, action_id, created_at, api_key_id",
        (json.dumps(error), now, execution_id),
    )


async def delete_finished_before(db: Database, before_id: str, batch: int) -> int:
    """Deletes up to ``batch`` finished executions with ids below ``before_id`` (ids sort by creation
    time); returns how many."""
    return await db.execute(
        "DELETE FROM executions WHERE id IN (SELECT id FROM executions WHERE id < ? AND status <> 'running'"
        " ORDER BY id LIMIT ?)",
        (before_id, batch),
    )
