"""OAuth connections: pending (state + PKCE verifier) until completed, then active with encrypted tokens."""

from __future__ import annotations

import json

from relay_server._generated import models
from relay_server.db import Database, Row
from relay_server.timeutil import iso, iso_required

_COLS = "id, provider, status, scopes, account, created_at, access_expires_at"


def _connection(row: Row) -> models.Connection:
    return models.Connection(
        id=row["id"],
        provider=row["provider"],
        status=row["status"],
        scopes=json.loads(row["scopes"]),
        account=row["account"],
        created_at=iso_required(row["created_at"]),
        token_expires_at=iso(row["access_expires_at"]) if row["status"] == "active" else None,
    )


async def list_active(db: Database, workspace_id: str, before: str, limit: int) -> list[models.Connection]:
    """Active connections with ids below ``before``, newest first, at most ``limit``."""
    rows = await db.all(
        f"SELECT {_COLS} FROM connections WHERE workspace_id = ? AND status = 'active' AND id < ?"
        " ORDER BY id DESC LIMIT ?",
        (workspace_id, before, limit),
    )
    return [_connection(r) for r in rows]


async def get(db: Database, connection_id: str) -> models.Connection | None:
    row = await db.one(f"SELECT {_COLS} FROM connections WHERE id = ?", (connection_id,))
    return None if row is None else _connection(row)


async def active_for_provider(db: Database, workspace_id: str, provider: str) -> str | None:
    """The workspace's newest active connection to ``provider``."""
    row = await db.one(
        "SELECT id FROM connections WHERE workspace_id = ? AND provider = ? AND status = 'active'"
        " ORDER BY created_at DESC LIMIT 1",
        (workspace_id, provider),
    )
    return None if row is None else str(row["id"])


async def insert_pending(
    db: Database,
    *,
    connection_id: str,
    workspace_id: str,
    provider: str,
    scopes: list[str],
    state: str,
    code_verifier: str,
    redirect_uri: str,
    state_expires_at: int,
    now: int,
) -> None:
    await db.execute(
        "INSERT INTO connections(id, workspace_id, provider, status, scopes, state, code_verifier, redirect_uri,"
        " state_expires_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            connection_id,
            workspace_id,
            provider,
            "pending",
            json.dumps(scopes),
            state,
            code_verifier,
            redirect_uri,
            state_expires_at,
            now,
            now,
        ),
    )


async def take_pending(db: Database, workspace_id: str, state: str, now: int) -> Row | None:
    """The pending connection of ``state``, its state consumed (single use whatever happens next):
    ``id``, ``provider``, ``code_verifier``, ``redirect_uri``, ``state_expires_at``."""
    return await db.one(
        "UPDATE connections SET state = NULL, updated_at = ? WHERE state = ? AND workspace_id = ?"
        " AND status = 'pending' RETURNING id, provider, code_verifier, redirect_uri, state_expires_at",
        (now, state, workspace_id),
    )


async def mark_expired(db: Database, connection_id: str) -> None:
    await db.execute("UPDATE connections SET status = 'expired' WHERE id = ?", (connection_id,))


async def activate(
    db: Database,
    connection_id: str,
    *,
    token_blob: bytes,
    access_expires_at: int,
    account: str | None,
    scopes: list[str] | None,
    token_url: str,
    now: int,
) -> None:
    """Stores the (encrypted) tokens; ``scopes``: the granted ones, None to keep the requested ones."""
    await db.execute(
        "UPDATE connections SET status = 'active', token_blob = ?, access_expires_at = ?, account = ?,"
        " code_verifier = NULL, scopes = COALESCE(?, scopes), token_url = ?, updated_at = ? WHERE id = ?",
        (
            token_blob,
            access_expires_at,
            account,
            json.dumps(scopes) if scopes is not None else None,
            token_url,
            now,
            connection_id,
        ),
    )


async def active_tokens(db: Database, connection_id: str, workspace_id: str | None = None) -> Row | None:
    """An active connection's ``provider``, ``token_blob``, ``token_url``, ``access_expires_at``
    (in ``workspace_id`` when given)."""
    sql = (
        "SELECT provider, token_blob, token_url, access_expires_at FROM connections"
        " WHERE id = ? AND status = 'active'"
    )
    if workspace_id is None:
        return await db.one(sql, (connection_id,))
    return await db.one(sql + " AND workspace_id = ?", (connection_id, workspace_id))


async def store_refreshed(
    db: Database, connection_id: str, token_blob: bytes, access_expires_at: int, now: int
) -> None:
    await db.execute(
        "UPDATE connections SET token_blob = ?, access_expires_at = ?, updated_at = ? WHERE id = ?",
        (token_blob, access_expires_at, now, connection_id),
    )


async def revoke(db: Database, connection_id: str, now: int) -> None:
    await db.execute(
        "UPDATE connections SET status = 'revoked', token_blob = NULL, access_expires_at = NULL, updated_at = ?"
        " WHERE id = ?",
        (now, connection_id),
    )
