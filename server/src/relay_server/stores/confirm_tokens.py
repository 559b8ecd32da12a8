"""The preview → execute handshake: previews (the params a confirm token was issued for) and the
digests of confirm tokens already used (single use, across processes)."""

from __future__ import annotations

import json
from typing import Any

from relay_server.db import Database


def insert_preview(
    db: Database, *, nonce: str, workspace_id: str, action_id: str, params: dict[str, Any], expires_at: int
) -> None:
    db.execute(
        "INSERT INTO previews(nonce, workspace_id, action_id, params, expires_at) VALUES (?,?,?,?,?)",
        (nonce, workspace_id, action_id, json.dumps(params), expires_at),
    )


def previewed_params(db: Database, nonce: str, workspace_id: str) -> dict[str, Any] | None:
    """The params previewed under the token's nonce in this workspace (None: no such preview)."""
    row = db.one("SELECT params FROM previews WHERE nonce = ? AND workspace_id = ?", (nonce, workspace_id))
    if row is None:
        return None
    params: dict[str, Any] = json.loads(row["params"])
    return params


def is_used(db: Database, digest: str) -> bool:
    return db.one("SELECT 1 FROM confirm_tokens_used WHERE digest = ?", (digest,)) is not None


def mark_used(db: Database, digest: str, workspace_id: str, now: int, expires_at: int) -> bool:
    """Records the token used; False when it already was (the caller's transaction decides the winner)."""
    cur = db.execute(
        "INSERT OR IGNORE INTO confirm_tokens_used(digest, workspace_id, used_at, expires_at) VALUES (?,?,?,?)",
        (digest, workspace_id, now, expires_at),
    )
    return cur.rowcount == 1


def purge_expired(db: Database, now: int) -> None:
    db.execute("DELETE FROM previews WHERE expires_at <= ?", (now,))
    db.execute("DELETE FROM confirm_tokens_used WHERE expires_at <= ?", (now,))
