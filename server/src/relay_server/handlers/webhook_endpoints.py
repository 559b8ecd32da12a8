"""``webhook_endpoints``: endpoints receiving signed events, and their deliveries (``relay_server.webhooks``)."""

from __future__ import annotations

from typing import Any

from relay_server._generated import models
from relay_server._generated.models import ErrorCode
from relay_server.context import Ctx
from relay_server.db import now_ms
from relay_server.errors import ApiError
from relay_server.handlers import before_cursor, handler, not_found, page, replay_guard
from relay_server.ids import new_id
from relay_server.services import Services
from relay_server.signing import new_webhook_secret
from relay_server.ssrf import TargetRefused, check_target
from relay_server.stores import webhooks
from relay_server.webhooks import enqueue


async def _endpoint(ctx: Ctx, endpoint_id: str) -> models.WebhookEndpoint:
    found = await webhooks.get_endpoint(ctx.services.db, ctx.workspace_id, endpoint_id)
    if found is None:
        raise not_found("webhook endpoint", endpoint_id)
    return found


@handler("webhook_endpoints_list")
async def webhook_endpoints_list(
    ctx: Ctx, query: models.WebhookEndpointsListQuery
) -> models.WebhookEndpointList:
    limit = query["limit"]
    found = await webhooks.list_endpoints(
        ctx.services.db, ctx.workspace_id, before_cursor(query.get("after")), limit + 1
    )
    data, has_more, cursor = page(found, limit)
    return models.WebhookEndpointList(data=data, has_more=has_more, next_cursor=cursor)


@handler("webhook_endpoints_create")
async def webhook_endpoints_create(
    ctx: Ctx, body: models.WebhookEndpointCreateRequest
) -> models.WebhookEndpointCreated:
    url = body["url"]
    settings = ctx.services.settings
    scheme = url.split(":", 1)[0].lower()
    if scheme != "https" and not (scheme == "http" and settings.dev_mode):
        raise _invalid_url("must be an https URL")
    try:  # outside dev mode: only public targets (each delivery checks again, DNS may change)
        await check_target(
            url, dev_mode=settings.dev_mode, allow_hosts=settings.webhook_allow_hosts, unresolvable_ok=True
        )
    except TargetRefused as exc:
        raise _invalid_url(str(exc)) from None
    ep_id = new_id("whe")
    secret = new_webhook_secret()
    await webhooks.create_endpoint(
        ctx.services.db,
        endpoint_id=ep_id,
        workspace_id=ctx.workspace_id,
        url=url,
        description=body.get("description"),
        events=list(body["events"]),
        sealed_secret=ctx.services.cipher.encrypt_text(secret),
        now=now_ms(),
    )
    ctx.audit_target = ep_id
    created = await _endpoint(ctx, ep_id)
    return models.WebhookEndpointCreated(**created, secret=secret)


def _invalid_url(message: str) -> ApiError:
    return ApiError(
        422,
        ErrorCode.validation_failed,
        "1 field is invalid.",
        errors=[models.FieldError(pointer="/url", message=message)],
    )


@replay_guard("webhook_endpoints_create")
async def _created_endpoint_still_exists(services: Services, workspace_id: str, created: Any) -> str | None:
    """A replay hands out the endpoint's signing secret again only while the endpoint exists."""
    endpoint_id = str(created.get("id")) if isinstance(created, dict) else ""
    if await webhooks.get_endpoint(services.db, workspace_id, endpoint_id) is not None:
        return None
    return (
        f"The webhook endpoint {endpoint_id} this Idempotency-Key created has since been deleted; its signing "
        "secret is not shown again. Send a new Idempotency-Key to create another endpoint."
    )


@handler("webhook_endpoints_retrieve")
async def webhook_endpoints_retrieve(
    ctx: Ctx, path: models.WebhookEndpointsRetrievePath
) -> models.WebhookEndpoint:
    return await _endpoint(ctx, path["endpoint_id"])


@handler("webhook_endpoints_delete")
async def webhook_endpoints_delete(ctx: Ctx, path: models.WebhookEndpointsDeletePath) -> models.DeletedObject:
    ep_id = path["endpoint_id"]
    await _endpoint(ctx, ep_id)
    await webhooks.delete_endpoint(ctx.services.db, ep_id, now_ms())
    return models.DeletedObject(id=ep_id, deleted=True)


@handler("webhook_endpoints_test")
async def webhook_endpoints_test(ctx: Ctx, path: models.WebhookEndpointsTestPath) -> models.WebhookDelivery:
    ep_id = path["endpoint_id"]
    await _endpoint(ctx, ep_id)
    delivery_id = await enqueue(ctx.services, ctx.workspace_id, ep_id, "ping", {"endpoint_id": ep_id})
    delivery = await webhooks.get_delivery(ctx.services.db, delivery_id)
    assert delivery is not None
    ctx.audit_target = ep_id
    return delivery


@handler("webhook_endpoints_list_deliveries")
async def webhook_endpoints_list_deliveries(
    ctx: Ctx,
    path: models.WebhookEndpointsListDeliveriesPath,
    query: models.WebhookEndpointsListDeliveriesQuery,
) -> models.WebhookDeliveryList:
    ep_id = path["endpoint_id"]
    await _endpoint(ctx, ep_id)
    limit = query["limit"]
    found = await webhooks.list_deliveries(
        ctx.services.db, ctx.workspace_id, ep_id, before_cursor(query.get("after")), limit + 1
    )
    data, has_more, cursor = page(found, limit)
    return models.WebhookDeliveryList(data=data, has_more=has_more, next_cursor=cursor)
