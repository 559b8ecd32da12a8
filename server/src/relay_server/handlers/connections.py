"""``connections``: OAuth 2.0 (authorization code + PKCE) connections to providers (``relay_server.oauth``)."""

from __future__ import annotations

import logging

import httpx

from relay_server._generated import models
from relay_server._generated.models import ErrorCode
from relay_server.context import Ctx
from relay_server.db import now_ms
from relay_server.errors import ApiError
from relay_server.handlers import before_cursor, handler, not_found, page
from relay_server.ids import new_id, random_b32
from relay_server.oauth import (
    DEFAULT_SCOPES,
    STATE_TTL_MS,
    authorization_url,
    pkce_pair,
    provider_config,
    provider_configured,
)
from relay_server.stores import connections
from relay_server.timeutil import iso_required

log = logging.getLogger("relay_server")


def _base_url(ctx: Ctx) -> str:
    return ctx.services.settings.public_base_url or str(ctx.request.base_url).rstrip("/")


async def _connection(ctx: Ctx, connection_id: str) -> models.Connection:
    found = await connections.get(ctx.services.db, connection_id)
    assert found is not None
    return found


@handler("connections_list")
async def connections_list(ctx: Ctx, query: models.ConnectionsListQuery) -> models.ConnectionList:
    limit = query["limit"]
    found = await connections.list_active(
        ctx.services.db, ctx.workspace_id, before_cursor(query.get("after")), limit + 1
    )
    data, has_more, cursor = page(found, limit)
    return models.ConnectionList(data=data, has_more=has_more, next_cursor=cursor)


@handler("connections_authorize")
async def connections_authorize(
    ctx: Ctx, body: models.ConnectionAuthorizeRequest
) -> models.ConnectionAuthorization:
    settings = ctx.services.settings
    provider = body["provider"]
    if not settings.dev_mode and not provider_configured(provider, settings):
        raise ApiError(
            409, ErrorCode.conflict, f"The {provider} OAuth provider is not configured on this server."
        )
    cfg = provider_config(provider, _base_url(ctx), settings)
    redirect_uri = body.get("redirect_uri") or f"{_base_url(ctx)}/oauth/callback"
    scopes = list(body.get("scopes") or DEFAULT_SCOPES[provider])
    verifier, challenge = pkce_pair()
    state = "st_" + random_b32()
    now = now_ms()
    con_id = new_id("con")
    await connections.insert_pending(
        ctx.services.db,
        connection_id=con_id,
        workspace_id=ctx.workspace_id,
        provider=provider,
        scopes=scopes,
        state=state,
        code_verifier=verifier,
        redirect_uri=redirect_uri,
        state_expires_at=now + STATE_TTL_MS,
        now=now,
    )
    ctx.audit_target = con_id
    return models.ConnectionAuthorization(
        provider=provider,
        authorization_url=authorization_url(cfg, redirect_uri, state, challenge, scopes),
        state=state,
        expires_at=iso_required(now + STATE_TTL_MS),
    )


def _invalid(pointer: str, message: str) -> ApiError:
    return ApiError(
        422,
        ErrorCode.validation_failed,
        message,
        errors=[models.FieldError(pointer=pointer, message=message)],
    )


@handler("connections_complete")
async def connections_complete(ctx: Ctx, body: models.ConnectionCompleteRequest) -> models.Connection:
    db = ctx.services.db
    settings = ctx.services.settings
    now = now_ms()
    # single use: the state is consumed whatever the outcome of the exchange
    row = await connections.take_pending(db, ctx.workspace_id, body["state"], now)
    if row is None:
        raise _invalid("/state", "unknown or already used state")
    if row["state_expires_at"] < now:
        await connections.mark_expired(db, row["id"])
        raise _invalid("/state", "the state has expired; authorize again")
    cfg = provider_config(row["provider"], _base_url(ctx), settings)
    ctx.audit_target = row["id"]
    try:
        resp = await ctx.services.http.post(
            cfg.token_url,
            data={
                "grant_type": "authorization_code",
                "code": body["code"],
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
        await connections.mark_expired(db, row["id"])
        raise _invalid("/code", "the provider refused the authorization code")
    tokens = resp.json()
    scopes = tokens.get("scope")
    await connections.activate(
        db,
        row["id"],
        token_blob=ctx.services.cipher.encrypt_json(tokens),
        access_expires_at=now + int(tokens.get("expires_in", 3600)) * 1000,
        account=tokens.get("account"),
        scopes=scopes.split() if isinstance(scopes, str) and scopes else None,
        token_url=cfg.token_url,
        now=now,
    )
    return await _connection(ctx, row["id"])


@handler("connections_revoke")
async def connections_revoke(ctx: Ctx, path: models.ConnectionsRevokePath) -> models.Connection:
    db = ctx.services.db
    settings = ctx.services.settings
    con_id = path["connection_id"]
    row = await connections.active_tokens(db, con_id, ctx.workspace_id)
    if row is None:
        raise not_found("connection", con_id)
    cfg = provider_config(row["provider"], _base_url(ctx), settings)
    if cfg.revoke_url and row["token_blob"]:
        try:
            tokens = ctx.services.cipher.decrypt_json(row["token_blob"])
            await ctx.services.http.post(
                cfg.revoke_url, data={"token": str(tokens.get("refresh_token") or tokens.get("access_token"))}
            )
        except (httpx.HTTPError, ValueError):
            log.warning("revocation call to %s failed; tokens are deleted anyway", row["provider"])
    await connections.revoke(db, con_id, now_ms())
    return await _connection(ctx, con_id)
