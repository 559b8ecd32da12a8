"""``api_keys``: a workspace's API keys (the secret is shown once, on create)."""

from __future__ import annotations

from typing import Any

from relay_server._generated import models
from relay_server._generated.models import ErrorCode
from relay_server.context import Ctx
from relay_server.db import now_ms
from relay_server.errors import ApiError
from relay_server.handlers import before_cursor, handler, not_found, page, replay_guard
from relay_server.services import Services
from relay_server.stores import api_keys
from relay_server.timeutil import parse_iso_ms


@handler("api_keys_list")
async def api_keys_list(ctx: Ctx, query: models.ApiKeysListQuery) -> models.ApiKeyList:
    limit = query["limit"]
    found = await api_keys.list_active(
        ctx.services.db, ctx.workspace_id, now_ms(), before_cursor(query.get("after")), limit + 1
    )
    data, has_more, cursor = page(found, limit)
    return models.ApiKeyList(data=data, has_more=has_more, next_cursor=cursor)


@handler("api_keys_create")
async def api_keys_create(ctx: Ctx, body: models.ApiKeyCreateRequest) -> models.ApiKeyCreated:
    expires_at = None
    expires = body.get("expires_at")
    if expires is not None:
        expires_at = parse_iso_ms(expires)
        if expires_at <= now_ms():
            raise ApiError(
                422,
                ErrorCode.validation_failed,
                "1 field is invalid.",
                errors=[models.FieldError(pointer="/expires_at", message="must be in the future")],
            )
    key_id, secret, _created = await ctx.services.keys.create(
        ctx.workspace_id, body["role"], name=body["name"], expires_at=expires_at
    )
    key = await api_keys.get(ctx.services.db, key_id)
    assert key is not None
    ctx.audit_target = key_id
    return models.ApiKeyCreated(
        id=key["id"],
        name=key["name"],
        role=key["role"],
        prefix=key["prefix"],
        created_at=key["created_at"],
        expires_at=key["expires_at"],
        last_used_at=key["last_used_at"],
        secret=secret,
    )


@replay_guard("api_keys_create")
async def _created_key_still_active(services: Services, workspace_id: str, created: Any) -> str | None:
    """A replay hands out the key's secret again only while the key works."""
    key_id = str(created.get("id")) if isinstance(created, dict) else ""
    if await api_keys.get_active(services.db, workspace_id, key_id, now_ms()) is not None:
        return None
    return (
        f"The API key {key_id} this Idempotency-Key created has since been revoked or has expired; its secret "
        "is not shown again. Send a new Idempotency-Key to create another key."
    )


@handler("api_keys_retrieve")
async def api_keys_retrieve(ctx: Ctx, path: models.ApiKeysRetrievePath) -> models.ApiKey:
    key = await api_keys.get_active(ctx.services.db, ctx.workspace_id, path["key_id"], now_ms())
    if key is None:
        raise not_found("API key", path["key_id"])
    return key


@handler("api_keys_revoke")
async def api_keys_revoke(ctx: Ctx, path: models.ApiKeysRevokePath) -> models.ApiKey:
    key_id = path["key_id"]
    db = ctx.services.db
    if not await api_keys.revoke(db, ctx.workspace_id, key_id, now_ms()):
        raise not_found("API key", key_id)
    ctx.services.keys.forget(key_id)
    key = await api_keys.get(db, key_id, with_revoked=True)
    assert key is not None
    return key
