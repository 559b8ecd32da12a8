"""The simulated OAuth provider of dev mode: its authorization codes and the digests of its tokens."""

from __future__ import annotations

import sqlite3

from relay_server.db import Database

_INSERT = (
    "INSERT INTO oauth_sim_tokens(token_sha256, provider, kind, grant_type, family, expires_at, created_at)"
    " VALUES (?,?,?,?,?,?,?)"
)


def insert_code(
    db: Database,
    *,
    code: str,
    provider: str,
    code_challenge: str,
    redirect_uri: str | None,
    scopes: str,
    expires_at: int,
) -> None:
    db.execute(
        "INSERT INTO oauth_sim_codes(code, provider, code_challenge, redirect_uri, scopes, expires_at)"
        " VALUES (?,?,?,?,?,?)",
        (code, provider, code_challenge, redirect_uri, scopes, expires_at),
    )


def take_code(db: Database, code: str, provider: str, now: int) -> sqlite3.Row | None:
    """The code's ``code_challenge``, ``redirect_uri`` and ``scopes`` when it is valid for ``provider``
    (issued by it, unused, unexpired), the code now used (single use); None otherwise."""
    with db.transaction() as conn:
        row: sqlite3.Row | None = conn.execute(
            "SELECT provider, code_challenge, redirect_uri, scopes, expires_at, used_at FROM oauth_sim_codes"
            " WHERE code = ?",
            (code,),
        ).fetchone()
        if (
            row is None
            or row["used_at"] is not None
            or row["expires_at"] < now
            or row["provider"] != provider
        ):
            return None
        conn.execute("UPDATE oauth_sim_codes SET used_at = ? WHERE code = ?", (now, code))
    return row


def insert_token_pair(
    db: Database,
    *,
    provider: str,
    grant_type: str,
    family: str,
    access_sha256: str,
    refresh_sha256: str,
    access_expires_at: int,
    now: int,
) -> None:
    with db.transaction() as conn:
        conn.execute(_INSERT, (access_sha256, provider, "access", grant_type, family, access_expires_at, now))
        conn.execute(_INSERT, (refresh_sha256, provider, "refresh", grant_type, family, None, now))


def token(db: Database, token_sha256: str) -> sqlite3.Row | None:
    """``provider``, ``kind``, ``grant_type``, ``family``, ``expires_at``, ``revoked_at``."""
    return db.one(
        "SELECT provider, kind, grant_type, family, expires_at, revoked_at FROM oauth_sim_tokens"
        " WHERE token_sha256 = ?",
        (token_sha256,),
    )


def revoke_token(db: Database, token_sha256: str, now: int) -> None:
    db.execute("UPDATE oauth_sim_tokens SET revoked_at = ? WHERE token_sha256 = ?", (now, token_sha256))


def revoke_family(db: Database, family: str, now: int) -> None:
    db.execute(
        "UPDATE oauth_sim_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE family = ?", (now, family)
    )
