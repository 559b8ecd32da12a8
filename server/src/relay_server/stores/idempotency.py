"""Idempotency keys: one row per (workspace, key), the lock and then the stored response."""

from __future__ import annotations

import json
import sqlite3

from relay_server.db import Database


def get(db: Database, workspace_id: str, key: str) -> sqlite3.Row | None:
    """``request_hash``, ``state``, ``status_code``, ``response_body``, ``response_headers``,
    ``locked_at``, ``expires_at``."""
    return db.one(
        "SELECT request_hash, state, status_code, response_body, response_headers, locked_at, expires_at"
        " FROM idempotency_keys WHERE workspace_id = ? AND key = ?",
        (workspace_id, key),
    )


def delete(db: Database, workspace_id: str, key: str) -> None:
    db.execute("DELETE FROM idempotency_keys WHERE workspace_id = ? AND key = ?", (workspace_id, key))


def insert_locked(
    db: Database, workspace_id: str, key: str, request_hash: str, now: int, expires_at: int
) -> None:
    db.execute(
        "INSERT INTO idempotency_keys(workspace_id, key, request_hash, state, created_at, locked_at,"
        " expires_at) VALUES (?, ?, ?, 'locked', ?, ?, ?)",
        (workspace_id, key, request_hash, now, now, expires_at),
    )


def mark_executing(db: Database, workspace_id: str, key: str) -> None:
    db.execute(
        "UPDATE idempotency_keys SET state = 'executing' WHERE workspace_id = ? AND key = ?",
        (workspace_id, key),
    )


def complete(
    db: Database, workspace_id: str, key: str, status: int, body: bytes, headers: dict[str, str]
) -> None:
    db.execute(
        "UPDATE idempotency_keys SET state = 'done', status_code = ?, response_body = ?, response_headers = ?"
        " WHERE workspace_id = ? AND key = ?",
        (status, body, json.dumps(headers), workspace_id, key),
    )


def release(db: Database, workspace_id: str, key: str) -> None:
    """Drops a key still ``locked`` (nothing executed): the request may be sent again."""
    db.execute(
        "DELETE FROM idempotency_keys WHERE workspace_id = ? AND key = ? AND state = 'locked'",
        (workspace_id, key),
    )


def purge_expired(db: Database, now: int) -> int:
    return db.execute("DELETE FROM idempotency_keys WHERE expires_at <= ?", (now,)).rowcount


def plaintext_responses(db: Database) -> list[tuple[str, str, bytes]]:
    """``(workspace_id, key, body)`` of stored responses an earlier version kept unencrypted."""
    rows = db.all(
        "SELECT workspace_id, key, response_body FROM idempotency_keys WHERE response_body IS NOT NULL"
        " AND length(response_body) > 0 AND substr(CAST(response_body AS TEXT), 1, 6) <> 'gAAAAA'"
    )
    return [(str(r["workspace_id"]), str(r["key"]), bytes(r["response_body"])) for r in rows]


def set_sealed_body(db: Database, workspace_id: str, key: str, sealed_body: bytes) -> None:
    db.execute(
        "UPDATE idempotency_keys SET response_body = ? WHERE workspace_id = ? AND key = ?",
        (sealed_body, workspace_id, key),
    )
