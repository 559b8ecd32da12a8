"""The preview → execute handshake: previews (the params a confirm token was issued for) and the
digests of confirm tokens already used (single use, across processes)."""

from __future__ import annotations

from relay_server.db import Database


async def insert_preview(
    db: Database, *, nonce: str, workspace_id: str, action_id: str, sealed_params: str, expires_at: int
) -> None:
    """A preview; its params are stored as the caller sealed them (encrypted: they may hold a secret)."""
    await db.execute(
        "INSERT INTO previews(nonce, workspace_id, action_id, params, expires_at) VALUES (?,?,?,?,?)",
        (nonce, workspace_id, action_id, sealed_params, expires_at),
    )


async def previewed_params(db: Database, nonce: str, workspace_id: str) -> str | None:
    """The sealed params previewed under the token's nonce in this workspace (None: no such preview)."""
    row = await db.one(
        "SELECT params FROM previews WHERE nonce = ? AND workspace_id = ?", (nonce, workspace_id)
    )
    return None if row is None else str(row["params"])


async def plaintext_previews(db: Database) -> list[tuple[str, str]]:
    """``(nonce, params)`` of previews an earlier version stored unencrypted (JSON objects)."""
    rows = await db.all("SELECT nonce, params FROM previews WHERE substr(params, 1, 1) = '{'")
    return [(str(r["nonce"]), str(r["params"])) for r in rows]


async def set_sealed_params(db: Database, nonce: str, sealed_params: str) -> None:
    await db.execute("UPDATE previews SET params = ? WHERE nonce = ?", (sealed_params, nonce))


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
