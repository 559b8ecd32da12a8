"""The preview → execute handshake: previews (the params a confirm token was issued for) and the
digests of confirm tokens already used (single use, across processes)."""

from __future__ import annotations

import json
from typing import Any

from relay_server.db import Database


async def insert_preview(
    db: Database, *, nonce: str, workspace_id: str, action_id: str, params: dict[str, Any], expires_at: int
) -> None:
    await db.execute(
        "INSERT INTO previews(nonce, workspace_id, action_id, params, expires_at) VALUES (?,?,?,?,?)",
        (nonce, workspace_id, action_id, json.dumps(params), expires_at),
    )


async def previewed_params(db: Database, nonce: str, workspace_id: str) -> dict[str, Any] | None:
    """The params previewed under the token's nonce in this workspace (None: no such preview)."""
    row = await db.one(
        "SELECT params FROM previews WHERE nonce = ? AND workspace_id = ?", (nonce, workspace_id)
    )
    if row is None:
        return None
    params: dict[str, Any] = json.loads(row["params"])
    return params


async def is_used(db: Database, digest: str) -> bool:
    return await db.one("SELECT 1 AS used FROM confirm_tokens_used WHERE digest = ?", (digest,)) is not None


async def mark_used(db: Database, digest: str, workspace_id: str, now: int, expires_at: int) -> bool:
    """Records the token used; False when it already was (the caller's transaction decides the winner)."""
    inserted = await db.execute(
        "INSERT INTO confirm_tokens_used(digest, workspace_id, used_at, expires_at) VALUES (?,?,?,?)"
        " ON CONFLICT (digest) DO NOTHING",
        (digest, workspace_id, now, expires_at),
    )
    return inserted == 1


async def purge_expired_previews(db: Database, now: int, batch: int) -> int:
    """Deletes up to ``batch`` expired previews; returns how many."""
    return await db.execute(
        "DELETE FROM previews WHERE nonce IN (SELECT nonce FROM previews WHERE expires_at <= ? LIMIT ?)",
        (now, batch),
    )


async def purge_expired_used(db: Database, now: int, batch: int) -> int:
    """Deletes up to ``batch`` records of used tokens that have expired anyway; returns how many."""
    return await db.execute(
        "DELETE FROM confirm_tokens_used WHERE digest IN"
        " (SELECT digest FROM confirm_tokens_used WHERE expires_at <= ? LIMIT ?)",
        (now, batch),
    )
