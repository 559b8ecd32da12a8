"""Idempotency keys: one row per (workspace, key), the lock and then what replays the response.

What a row keeps of a response is small: its status, the headers a replay needs, and either its body or
a reference (``response_ref``, an execution id) to the record the body is rebuilt from — an execute's
response is its execution, which never changes once finished, so its body is not stored twice.
"""

from __future__ import annotations

import json

from relay_server.db import Database, Row


async def take(
    db: Database, workspace_id: str, key: str, request_hash: str, now: int, expires_at: int, stale_before: int
) -> bool:
    """Takes the key for a new request (a ``locked`` row): True when this caller holds it — the key was
    unused, had expired, or was left ``locked`` (nothing executed) since before ``stale_before`` by a
    process that died. One statement, so of concurrent callers (any process) exactly one wins; the others
    read the row (``get``) to answer."""
    row = await db.one(
        "INSERT INTO idempotency_keys(workspace_id, key, request_hash, state, created_at, locked_at, expires_at)"
        " VALUES (?, ?, ?, 'locked', ?, ?, ?)"
        " ON CONFLICT (workspace_id, key) DO UPDATE SET request_hash = excluded.request_hash, state = 'locked',"
        " status_code = NULL, response_body = NULL, response_headers = NULL, response_ref = NULL,"
        " created_at = excluded.created_at, locked_at = excluded.locked_at, expires_at = excluded.expires_at"
        " WHERE idempotency_keys.expires_at <= ?"
        " OR (idempotency_keys.state = 'locked' AND idempotency_keys.locked_at < ?)"
        " RETURNING state",
        (workspace_id, key, request_hash, now, now, expires_at, now, stale_before),
    )
    return row is not None


async def get(db: Database, workspace_id: str, key: str) -> Row | None:
    """``request_hash``, ``state``, ``status_code``, ``response_body``, ``response_headers``,
    ``response_ref``, ``locked_at``, ``expires_at``."""
    return await db.one(
        "SELECT request_hash, state, status_code, response_body, response_headers, response_ref, locked_at,"
        " expires_at FROM idempotency_keys WHERE workspace_id = ? AND key = ?",
        (workspace_id, key),
    )


async def mark_executing(db: Database, workspace_id: str, key: str, execution_id: str) -> None:
    await db.execute(
        "UPDATE idempotency_keys SET state = 'executing', response_ref = ? WHERE workspace_id = ? AND key = ?",
        (execution_id, workspace_id, key),
    )


async def complete(
    db: Database,
    workspace_id: str,
    key: str,
    status: int,
    body: bytes | None,
    headers: dict[str, str],
    ref: str | None = None,
) -> None:
    """The response to replay: ``body``, or ``ref`` to rebuild it from (then ``body`` is None)."""
    await db.execute(
        "UPDATE idempotency_keys SET state = 'done', status_code = ?, response_body = ?, response_headers = ?,"
        " response_ref = ? WHERE workspace_id = ? AND key = ?",
        (status, body, json.dumps(headers) if headers else None, ref, workspace_id, key),
    )


async def release(db: Database, workspace_id: str, key: str) -> None:
    """Drops a key still ``locked`` (nothing executed): the request may be sent again."""
    await db.execute(
        "DELETE FROM idempotency_keys WHERE workspace_id = ? AND key = ? AND state = 'locked'",
        (workspace_id, key),
    )


async def purge_expired(db: Database, now: int, batch: int) -> int:
    """Deletes up to ``batch`` expired keys (the oldest first, by the ``idempotency_expiry`` index);
    returns how many."""
    return await db.execute(
        "DELETE FROM idempotency_keys WHERE (workspace_id, key) IN (SELECT workspace_id, key FROM idempotency_keys"
        " WHERE expires_at <= ? ORDER BY expires_at LIMIT ?)",
        (now, batch),
    )


async def plaintext_responses(
    db: Database, sealed_prefixes: tuple[bytes, ...]
) -> list[tuple[str, str, bytes]]:
    """``(workspace_id, key, body)`` of stored responses an earlier version kept unencrypted: the bodies
    that start with none of ``sealed_prefixes`` (SQLite: no PostgreSQL database ever held one)."""
    not_sealed = "".join(" AND substr(CAST(response_body AS TEXT), 1, ?) <> ?" for _ in sealed_prefixes)
    rows = await db.all(
        "SELECT workspace_id, key, response_body FROM idempotency_keys WHERE response_body IS NOT NULL"
        " AND length(response_body) > 0" + not_sealed,
        [v for prefix in sealed_prefixes for v in (len(prefix), prefix.decode("ascii"))],
    )
    return [(str(r["workspace_id"]), str(r["key"]), bytes(r["response_body"])) for r in rows]


async def set_sealed_body(db: Database, workspace_id: str, key: str, sealed_body: bytes) -> None:
    await db.execute(
        "UPDATE idempotency_keys SET response_body = ? WHERE workspace_id = ? AND key = ?",
        (sealed_body, workspace_id, key),
    )
