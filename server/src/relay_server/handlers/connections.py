from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

import httpx
from starlette.responses import Response

from relay_server.db import now_ms
from relay_server.errors import ApiError
from relay_server.handlers import before_cursor, handler, not_found, page, page_limit
from relay_server.ids import new_id, random_b32
from relay_server.oauth import (
    DEFAULT_SCOPES,
    STATE_TTL_MS,
    TokenCipher,
    authorization_url,
    pkce_pair,
    provider_config,
    provider_configured,
)
from relay_server.routing import Ctx
from relay_server.timeutil import iso

log = logging.getLogger("relay_server")
_COLS = "id, provider, status, scopes, account, created_at, access_expires_at"


def connection_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "provider": row["provider"],
        "status": row["status"],
        "scopes": json.loads(row["scopes"]),
        "account": row["account"],
        "created_at": iso(row["created_at"]),
        "token_expires_at": iso(row["access_expires_at"]) if row["status"] == "active" else None,
    }


def _base_url(ctx: Ctx) -> str:
    return ctx.services.settings.public_base_url or str(ctx.request.base_url).rstrip("/")


@handler("connections_list")
async def connections_list(ctx: Ctx) -> Response:
    db = ctx.services.db
    limit = page_limit(ctx)
    rows = db.all(
        f"SELECT {_COLS} FROM connections WHERE workspace_id = ? AND status = 'active' AND id < ?"
        " ORDER BY id DESC LIMIT ?",
        (ctx.workspace_id, before_cursor(ctx.query.get("after")), limit + 1),
    )
    return ctx.json(page(rows, limit, connection_dict))


@handler("connections_authorize")
async def connections_authorize(ctx: Ctx) -> Response:
    body = ctx.body
    provider = body["provider"]
    if not ctx.services.settings.dev_mode and not provider_configured(provider):
        raise ApiError(409, "conflict", f"The {provider} OAuth provider is not configured on this server.")
    cfg = provider_config(provider, _base_url(ctx))
    redirect_uri = body.get("redirect_uri") or f"{_base_url(ctx)}/oauth/callback"
    scopes = list(body.get("scopes") or DEFAULT_SCOPES[provider])
    verifier, challenge = pkce_pair()
    state = "st_" + random_b32()
    now = now_ms()
    con_id = new_id("con")
    ctx.services.db.execute(
        "INSERT INTO connections(id, workspace_id, provider, status, scopes, state, code_verifier, redirect_uri,"
        " state_expires_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            con_id,
            ctx.workspace_id,
            provider,
            "pending",
            json.dumps(scopes),
            state,
            verifier,
            redirect_uri,
            now + STATE_TTL_MS,
            now,
            now,
        ),
    )
    ctx.audit_target = con_id
    return ctx.json(
        {
            "provider": provider,
            "authorization_url": authorization_url(cfg, redirect_uri, state, challenge, scopes),
            "state": state,
            "expires_at": iso(now + STATE_TTL_MS),
        }
    )


def _invalid(pointer: str, message: str) -> ApiError:
    return ApiError(422, "validation_failed", message, errors=[{"pointer": pointer, "message": message}])


@handler("connections_complete")
async def connections_complete(ctx: Ctx) -> Response:
    db = ctx.services.db
    state = ctx.body["state"]
    now = now_ms()
    with db.transaction() as conn:
        row = conn.execute(
            "SELECT id, provider, code_verifier, redirect_uri, state_expires_at FROM connections"
            " WHERE state = ? AND workspace_id = ? AND status = 'pending'",
            (state, ctx.workspace_id),
        ).fetchone()
        if row is None:
            raise _invalid("/state", "unknown or already used state")
        # single use: the state is consumed whatever the outcome of the exchange
        conn.execute("UPDATE connections SET state = NULL, updated_at = ? WHERE id = ?", (now, row["id"]))
    if row["state_expires_at"] < now:
        db.execute("UPDATE connections SET status = 'expired' WHERE id = ?", (row["id"],))
        raise _invalid("/state", "the state has expired; authorize again")
    cfg = provider_config(row["provider"], _base_url(ctx))
    ctx.audit_target = row["id"]
    try:
        resp = await ctx.services.http.post(
            cfg.token_url,
            data={
                "grant_type": "authorization_code",
                "code": ctx.body["code"],
                "redirect_uri": row["redirect_uri"],
                "code_verifier": row["code_verifier"],
                "client_id": cfg.client_id,
                "client_secret": cfg.client_secret,
            },
            headers={"accept": "application/json"},
        )
    except httpx.HTTPError:
        log.warning("token endpoint of %s unreachable", row["provider"])
        raise _invalid("/code", "the provider's token endpoint could not be reached") from None
    if resp.status_code != 200:
        db.execute("UPDATE connections SET status = 'expired' WHERE id = ?", (row["id"],))
        raise _invalid("/code", "the provider refused the authorization code")
    tokens = resp.json()
    ciphertext = TokenCipher(db).encrypt(tokens)
    expires = now + int(tokens.get("expires_in", 3600)) * 1000
    scopes = tokens.get("scope")
    db.execute(
        "UPDATE connections SET status = 'active', token_blob = ?, access_expires_at = ?, account = ?, code_verifier = NULL,"
        " scopes = COALESCE(?, scopes), token_url = ?, updated_at = ? WHERE id = ?",
        (
            ciphertext,
            expires,
            tokens.get("account"),
            json.dumps(scopes.split()) if isinstance(scopes, str) and scopes else None,
            cfg.token_url,
            now,
            row["id"],
        ),
    )
    out = db.one(f"SELECT {_COLS} FROM connections WHERE id = ?", (row["id"],))
    assert out is not None
    return ctx.json(connection_dict(out))


@handler("connections_revoke")
async def connections_revoke(ctx: Ctx) -> Response:
    db = ctx.services.db
    con_id = ctx.path["connection_id"]
    row = db.one(
        "SELECT provider, token_blob FROM connections WHERE id = ? AND workspace_id = ? AND status = 'active'",
        (con_id, ctx.workspace_id),
    )
    if row is None:
        raise not_found("connection", con_id)
    cfg = provider_config(row["provider"], _base_url(ctx))
    if cfg.revoke_url and row["token_blob"]:
        try:
            tokens = TokenCipher(db).decrypt(row["token_blob"])
            await ctx.services.http.post(
                cfg.revoke_url, data={"token": str(tokens.get("refresh_token") or tokens.get("access_token"))}
            )
        except (httpx.HTTPError, ValueError):
            log.warning("revocation call to %s failed; tokens are deleted anyway", row["provider"])
    db.execute(
        "UPDATE connections SET status = 'revoked', token_blob = NULL, access_expires_at = NULL, updated_at = ?"
        " WHERE id = ?",
        (now_ms(), con_id),
    )
    out = db.one(f"SELECT {_COLS} FROM connections WHERE id = ?", (con_id,))
    assert out is not None
    return ctx.json(connection_dict(out))
