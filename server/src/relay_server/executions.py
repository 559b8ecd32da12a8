"""Execution records."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from relay_server.db import Database, now_ms
from relay_server.errors import ApiError
from relay_server.timeutil import iso

COLUMNS = (
    "id, action_id, status, params, result, error, idempotency_key, created_at, completed_at, duration_ms"
)


def load_execution(db: Database, workspace_id: str, exe_id: str) -> sqlite3.Row:
    row = db.one(
        f"SELECT {COLUMNS} FROM executions WHERE id = ? AND workspace_id = ?", (exe_id, workspace_id)
    )
    if row is None:
        raise ApiError(404, "not_found", f"No execution {exe_id} in this workspace.")
    return row


def execution_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "action_id": row["action_id"],
        "status": row["status"],
        "params": json.loads(row["params"]),
        "result": json.loads(row["result"]) if row["result"] is not None else None,
        "error": json.loads(row["error"]) if row["error"] is not None else None,
        "idempotency_key": row["idempotency_key"],
        "created_at": iso(row["created_at"]),
        "completed_at": iso(row["completed_at"]),
        "duration_ms": row["duration_ms"],
    }


INTERRUPTED = {
    "code": "interrupted",
    "message": "the server stopped while this execution was running; it was not retried",
}


def fail_interrupted(db: Database, began_before_ms: int) -> list[tuple[str, str]]:
    """Marks executions still ``running`` that began before ``began_before_ms`` as failed (``interrupted``).

    Only a process that died mid-execution leaves one behind. Returns ``(workspace_id, execution_id)`` of
    each one this call marked (another process doing the same at once marks each row only once).
    """
    rows = db.all(
        "SELECT id, workspace_id FROM executions WHERE status = 'running' AND created_at < ?",
        (began_before_ms,),
    )
    marked: list[tuple[str, str]] = []
    for row in rows:
        cur = db.execute(
            "UPDATE executions SET status = 'failed', error = ?, completed_at = ? WHERE id = ? AND status = 'running'",
            (json.dumps(INTERRUPTED), now_ms(), row["id"]),
        )
        if cur.rowcount == 1:
            marked.append((str(row["workspace_id"]), str(row["id"])))
    return marked
