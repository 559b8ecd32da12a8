"""``actions``: the catalog, and the preview → execute flow (orchestrated by ``relay_server.executions``)."""

from __future__ import annotations

from relay_server import executions
from relay_server._generated import models
from relay_server.catalog import CATALOG, ActionDef
from relay_server.context import Ctx
from relay_server.handlers import handler, not_found


def action_model(action: ActionDef) -> models.Action:
    return models.Action(
        id=action.id,
        name=action.name,
        description=action.description,
        provider=action.provider,
        requires_connection=action.requires_connection is not None,
        input_schema=dict(action.input_schema),
    )


def _action(action_id: str) -> ActionDef:
    action = CATALOG.get(action_id)
    if action is None:
        raise not_found("action", action_id)
    return action


@handler("actions_list")
async def actions_list(ctx: Ctx, query: models.ActionsListQuery) -> models.ActionList:
    provider = query.get("provider")
    after = query.get("after")
    limit = query["limit"]
    ids = sorted(a.id for a in CATALOG.values() if provider is None or a.provider == provider)
    if after is not None:
        ids = [i for i in ids if i > after]
    chunk = ids[: limit + 1]
    has_more = len(chunk) > limit
    data = [action_model(CATALOG[i]) for i in chunk[:limit]]
    return models.ActionList(data=data, has_more=has_more, next_cursor=data[-1]["id"] if has_more else None)


@handler("actions_retrieve")
async def actions_retrieve(ctx: Ctx, path: models.ActionsRetrievePath) -> models.Action:
    return action_model(_action(path["action_id"]))


@handler("actions_preview")
async def actions_preview(
    ctx: Ctx, path: models.ActionsPreviewPath, body: models.PreviewRequest
) -> models.Preview:
    action = _action(path["action_id"])
    ctx.audit_target = action.id
    return await executions.preview(ctx.services, ctx.workspace_id, action, body["params"])


@handler("actions_execute")
async def actions_execute(
    ctx: Ctx, path: models.ActionsExecutePath, body: models.ExecuteRequest
) -> models.Execution:
    action = _action(path["action_id"])
    ctx.audit_target = action.id
    ctx.audit_metadata["action_id"] = action.id

    def started(execution_id: str) -> None:
        ctx.began()
        ctx.audit_target = execution_id

    execution = await executions.execute(
        ctx.services,
        workspace_id=ctx.workspace_id,
        action=action,
        request=body,
        idempotency_key=ctx.idempotency_key,
        api_key_id=ctx.principal.key_id if ctx.principal else None,
        started=started,
    )
    ctx.audit_metadata["execution_status"] = execution["status"]
    return execution
