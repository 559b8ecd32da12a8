"""The preview → execute handshake: previews (the params a confirm token was issued for) and the
digests of confirm tokens already used (single use, across processes)."""

from __future__ import annotations

from relay_server.db import Database


def insert_preview(
    db: Database, *, nonce: str, workspace_id: str, action_id: str, sealed_params: str, expires_at: int
) -> None:
    """A preview; its params are stored as the caller sealed them (encrypted: they may hold a secret)."""
    db.execute(
        "INSERT INTO previews(nonce, workspace_id, action_id, params, expires_at) VALUES (?,?,?,?,?)",
        (nonce, workspace_id, action_id, sealed_params, expires_at),
    )


def previewed_params(db: Database, nonce: str, workspace_id: str) -> str | None:
    """The sealed params previewed under the token's nonce in this workspace (None: no such preview)."""
    row = db.one("SELECT params FROM previews WHERE nonce = ? AND workspace_id = ?", (nonce, workspace_id))
    return None if row is None else str(row["params"])


def plaintext_previews(db: Database) -> list[tuple[str, str]]:
    """``(nonce, params)`` of previews an earlier version stored unencrypted (JSON objects)."""
    rows = db.all("SELECT nonce, params FROM previews WHERE substr(params, 1, 1) = '{'")
    return [(str(r["nonce"]), str(r["params"])) for r in rows]


def set_sealed_params(db: Database, nonce: str, sealed_params: str) -> None:
    db.execute("UPDATE previews SET params = ? WHERE nonce = ?", (sealed_params, nonce))


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
