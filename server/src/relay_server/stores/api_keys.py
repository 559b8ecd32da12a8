"""API keys: Argon2 hashes found by their non-secret prefix (the hashing itself is ``keys.py``)."""

from __future__ import annotations

from relay_server._generated import models
from relay_server.db import Database, Row
from relay_server.ids import KEY_PREFIX
from relay_server.timeutil import iso, iso_required

_COLS = "id, name, role, prefix, created_at, expires_at, last_used_at, revoked_at"
_ACTIVE = "revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)"


def _api_key(row: Row) -> models.ApiKey:
    return models.ApiKey(
        id=row["id"],
        name=row["name"] or "",
        role=row["role"],
        prefix=KEY_PREFIX + row["prefix"],
        created_at=iso_required(row["created_at"]),
        expires_at=iso(row["expires_at"]),
        last_used_at=iso(row["last_used_at"]),
    )


async def insert(
    db: Database,
    *,
    key_id: str,
    workspace_id: str,
    name: str | None,
    role: str,
    prefix: str,
    hashed: str,
    created_at: int,
    expires_at: int | None,
) -> None:
    await db.execute(
        "INSERT INTO api_keys(id, workspace_id, name, role, prefix, hash, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (key_id, workspace_id, name, role, prefix, hashed, created_at, expires_at),
    )


async def by_prefix(db: Database, prefix: str) -> Row | None:
    """``id``, ``workspace_id``, ``role``, ``hash``, ``expires_at``, ``revoked_at`` of the key."""
    return await db.one(
        "SELECT id, workspace_id, role, hash, expires_at, revoked_at FROM api_keys WHERE prefix = ?",
        (prefix,),
    )


async def not_revoked(db: Database, key_id: str) -> bool:
    return (
        await db.one("SELECT 1 AS ok FROM api_keys WHERE id = ? AND revoked_at IS NULL", (key_id,))
        is not None
    )


async def touch(db: Database, key_id: str, now: int) -> None:
    await db.execute("UPDATE api_keys SET last_used_at = ? WHERE id = ?", (now, key_id))


async def list_active(
    db: Database, workspace_id: str, now: int, before: str, limit: int
) -> list[models.ApiKey]:
    """Active keys with ids below ``before``, newest first, at most ``limit``."""
    rows = await db.all(
        f"SELECT {_COLS} FROM api_keys WHERE workspace_id = ? AND {_ACTIVE} AND id < ? ORDER BY id DESC LIMIT ?",
        (workspace_id, now, before, limit),
    )
    return [_api_key(r) for r in rows]


async def get_active(db: Database, workspace_id: str, key_id: str, now: int) -> models.ApiKey | None:
    row = await db.one(
        f"SELECT {_COLS} FROM api_keys WHERE id = ? AND workspace_id = ? AND {_ACTIVE}",
        (key_id, workspace_id, now),
    )
    return None if row is None else _api_key(row)


async def get(db: Database, key_id: str, *, with_revoked: bool = False) -> models.ApiKey | None:
    """The key whatever its state (``with_revoked``: with its ``revoked_at``)."""
    row = await db.one(f"SELECT {_COLS} FROM api_keys WHERE id = ?", (key_id,))
    if row is None:
        return None
    key = _api_key(row)
    if with_revoked:
        key["revoked_at"] = iso(row["revoked_at"])
    return key


async def revoke(db: Database, workspace_id: str, key_id: str, now: int) -> bool:
    """Revokes an active key of the workspace; False when there is none."""
    changed = await db.execute(
        f"UPDATE api_keys SET revoked_at = ? WHERE id = ? AND workspace_id = ? AND {_ACTIVE}",
        (now, key_id, workspace_id, now),
    )
    return changed == 1
