"""The simulated OAuth provider of dev mode: its authorization codes and the digests of its tokens."""

from __future__ import annotations

from relay_server.db import Database, Row

_INSERT = (
    "INSERT INTO oauth_sim_tokens(token_sha256, provider, kind, grant_type, family, expires_at, created_at)"
    " VALUES (?,?,?,?,?,?,?)"
)


async def insert_code(
    db: Database,
    *,
    code: str,
    provider: str,
    code_challenge: str,
    redirect_uri: str | None,
    scopes: str,
    expires_at: int,
) -> None:
    await db.execute(
        "INSERT INTO oauth_sim_codes(code, provider, code_challenge, redirect_uri, scopes, expires_at)"
        " VALUES (?,?,?,?,?,?)",
        (code, provider, code_challenge, redirect_uri, scopes, expires_at),
    )


async def take_code(db: Database, code: str, provider: str, now: int) -> Row | None:
    """The code's ``code_challenge``, ``redirect_uri`` and ``scopes`` when it is valid for ``provider``
    (issued by it, unused, unexpired), the code now used (single use); None otherwise."""
    # one statement: of two concurrent exchanges of one code, exactly one finds it unused
    return await db.one(
        "UPDATE oauth_sim_codes SET used_at = ? WHERE code = ? AND used_at IS NULL AND expires_at >= ?"
        " AND provider = ? RETURNING code_challenge, redirect_uri, scopes",
        (now, code, now, provider),
    )


async def insert_token_pair(
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
    async with db.transaction():
        await db.execute(
            _INSERT, (access_sha256, provider, "access", grant_type, family, access_expires_at, now)
        )
        await db.execute(_INSERT, (refresh_sha256, provider, "refresh", grant_type, family, None, now))


async def token(db: Database, token_sha256: str) -> Row | None:
    """``provider``, ``kind``, ``grant_type``, ``family``, ``expires_at``, ``revoked_at``."""
    return await db.one(
        "SELECT provider, kind, grant_type, family, expires_at, revoked_at FROM oauth_sim_tokens"
        " WHERE token_sha256 = ?",
        (token_sha256,),
    )


async def revoke_token(db: Database, token_sha256: str, now: int) -> None:
    await db.execute("UPDATE oauth_sim_tokens SET revoked_at = ? WHERE token_sha256 = ?", (now, token_sha256))


async def revoke_family(db: Database, family: str, now: int) -> None:
    await db.execute(
        "UPDATE oauth_sim_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE family = ?", (now, family)
    )
