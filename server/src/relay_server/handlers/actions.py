from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any
from urllib.parse import urlsplit

from starlette.responses import Response

from relay_server.adapters import ActionFailure, ConnectionRequired, ExecContext, get_adapter
from relay_server.adapters.sandbox import active_connection
from relay_server.catalog import CATALOG, ActionDef, recipients
from relay_server.db import now_ms
from relay_server.errors import ApiError
from relay_server.executions import execution_dict, load_execution
from relay_server.handlers import handler, not_found, page_limit
from relay_server.ids import new_id
from relay_server.routing import Ctx
from relay_server.timeutil import iso_required, parse_iso_ms
from relay_server.tokens import TokenError, params_digest

log = logging.getLogger("relay_server")


def action_dict(action: ActionDef) -> dict[str, Any]:
    return {
        "id": action.id,
        "name": action.name,
        "description": action.description,
        "provider": action.provider,
        "requires_connection": action.requires_connection is not None,
        "input_schema": dict(action.input_schema),
    }


def _action(action_id: str) -> ActionDef:
    action = CATALOG.get(action_id)
    if action is None:
        raise not_found("action", action_id)
    return action


@handler("actions_list")
async def actions_list(ctx: Ctx) -> Response:
    provider = ctx.query.get("provider")
    after = ctx.query.get("after")
    limit = page_limit(ctx)
    ids = sorted(a.id for a in CATALOG.values() if provider is None or a.provider == provider)
    if after is not None:
        ids = [i for i in ids if i > after]
    chunk = ids[: limit + 1]
    has_more = len(chunk) > limit
    data = [action_dict(CATALOG[i]) for i in chunk[:limit]]
    return ctx.json({"data": data, "has_more": has_more, "next_cursor": data[-1]["id"] if has_more else None})


@handler("actions_retrieve")
async def actions_retrieve(ctx: Ctx) -> Response:
    return ctx.json(action_dict(_action(ctx.path["action_id"])))


def validate_params(action: ActionDef, params: dict[str, Any]) -> None:
    errors = action.validator.errors(params, "/params")
    if (
        not errors
        and "start" in params
        and "end" in params
        and parse_iso_ms(params["end"]) <= parse_iso_ms(params["start"])
    ):
        errors.append({"pointer": "/params/end", "message": "must be after start"})
    if action.category == "email" and not errors and any(c in params["subject"] for c in "\r\n"):
        # it becomes a mail header, which must be one line (the schema's pattern cannot say so portably)
        errors.append({"pointer": "/params/subject", "message": "must be a single line"})
    if errors:
        n = len(errors)
        raise ApiError(
            422, "validation_failed", f"{n} field{'s are' if n != 1 else ' is'} invalid.", errors=errors
        )


def describe(ctx: Ctx, action: ActionDef, params: dict[str, Any]) -> tuple[str, list[str], list[str]]:
    warnings: list[str] = []
    aid = action.id
    if aid == "webhook.post":
        host = urlsplit(params["url"]).hostname or params["url"]
        summary = f"POST a signed JSON payload to {params['url']}."
        effects = [f"Sends 1 signed HTTP POST to {host}"]
        if params["url"].startswith("http://"):
            warnings.append("The target uses plain http; the payload travels unencrypted.")
    elif action.category == "email":
        everyone = [*recipients(params["to"]), *recipients(params.get("cc"))]
        to = ", ".join(recipients(params["to"]))
        n = len(everyone)
        via = {"google": " from Gmail", "microsoft": " from Outlook"}.get(action.provider, "")
        summary = f'Send an email{via} to {to} with the subject "{params["subject"]}".'
        effects = [f"Sends {n} email{'s' if n != 1 else ''} to {', '.join(everyone)}"]
        if aid == "email.send" and not ctx.services.settings.smtp_host:
            warnings.append("No SMTP server is configured; the email will be recorded to the sandbox outbox.")
    elif action.category == "calendar":
        title = params.get("summary") or params.get("subject")
        summary = f'Create the event "{title}" from {params["start"]} to {params["end"]}.'
        effects = ["Creates 1 calendar event"]
        if params.get("attendees"):
            effects.append(f"Invites {', '.join(recipients(params['attendees']))}")
    else:
        where = params.get("space") or f"{params.get('team_id')}/{params.get('channel_id')}"
        summary = f"Post a message to {where}."
        effects = [f"Posts 1 message to {where}"]
    if (
        action.requires_connection
        and active_connection(ctx.services.db, ctx.workspace_id, action.requires_connection) is None
    ):
        warnings.append(
            f"This action needs an active {action.requires_connection} connection; executing fails with "
            "connection_required until one exists."
        )
    return summary, effects, warnings


def make_preview(ctx: Ctx, action: ActionDef, params: dict[str, Any]) -> dict[str, Any]:
    """Validates params, issues a confirm token and records the preview; used by preview and chat."""
    validate_params(action, params)
    summary, effects, warnings = describe(ctx, action, params)
    issued = ctx.services.tokens.issue(ctx.workspace_id, action.id, params)
    ctx.services.db.execute(
        "INSERT INTO previews(nonce, workspace_id, action_id, params, expires_at) VALUES (?,?,?,?,?)",
        (issued.nonce, ctx.workspace_id, action.id, json.dumps(params), int(issued.expires_at * 1000)),
    )
    return {
        "action_id": action.id,
        "summary": summary,
        "effects": effects,
        "warnings": warnings,
        "params": params,
        "confirm_token": issued.token,
        "expires_at": iso_required(int(issued.expires_at * 1000)),
    }


@handler("actions_preview")
async def actions_preview(ctx: Ctx) -> Response:
    action = _action(ctx.path["action_id"])
    ctx.audit_target = action.id
    return ctx.json(make_preview(ctx, action, ctx.body["params"]))


def _token_error(reason: str) -> ApiError:
    if reason == "expired":
        return ApiError(
            422, "confirm_token_expired", "The confirm token is older than 10 minutes; preview again."
        )
    return ApiError(
        422,
        "confirm_token_invalid",
        "The confirm token is forged, malformed or bound to another workspace, action or params.",
        errors=[{"pointer": "/confirm_token", "message": "invalid confirm token"}],
    )


@handler("actions_execute")
async def actions_execute(ctx: Ctx) -> Response:
    services = ctx.services
    db = services.db
    action = _action(ctx.path["action_id"])
    ctx.audit_target = action.id
    ctx.audit_metadata["action_id"] = action.id
    token = ctx.body["confirm_token"]
    try:
        payload = services.tokens.check(token, ctx.workspace_id, action.id)
    except TokenError as exc:
        raise _token_error(exc.reason) from None
    nonce = str(payload["n"])
    if services.tokens.is_used(nonce):
        raise ApiError(
            409, "confirm_token_used", "This confirm token has already been used; preview the action again."
        )
    row = db.one(
        "SELECT params FROM previews WHERE nonce = ? AND workspace_id = ?", (nonce, ctx.workspace_id)
    )
    if row is None:
        raise _token_error("invalid")
    params: dict[str, Any] = json.loads(row["params"])
    if params_digest(params) != payload["d"]:
        raise _token_error("invalid")
    if "params" in ctx.body and params_digest(ctx.body["params"]) != payload["d"]:
        raise _token_error("invalid")
    connection_id = None
    if action.requires_connection:
        connection_id = active_connection(db, ctx.workspace_id, action.requires_connection)
        if connection_id is None:
            raise ApiError(
                409,
                "connection_required",
                f"{action.id} needs an active {action.requires_connection} connection; connect one with "
                "connections.authorize, then execute again.",
            )
    exe_id = new_id("exe")
    created = now_ms()
    from relay_server.redaction import redact

    with db.transaction() as conn:
        if not services.tokens.consume(conn, nonce, ctx.workspace_id, int(payload["e"])):
            raise ApiError(
                409,
                "confirm_token_used",
                "This confirm token has already been used; preview the action again.",
            )
        conn.execute(
            "INSERT INTO executions(id, workspace_id, action_id, status, params, idempotency_key, api_key_id,"
            " created_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                exe_id,
                ctx.workspace_id,
                action.id,
                "running",
                json.dumps(redact(params)),
                ctx.idempotency_key,
                ctx.principal.key_id if ctx.principal else None,
                created,
            ),
        )
        ctx.began()
    ctx.audit_target = exe_id
    started = time.perf_counter()
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    exec_ctx = ExecContext(
        db=db,
        settings=services.settings,
        http=services.http,
        workspace_id=ctx.workspace_id,
        execution_id=exe_id,
        action_id=action.id,
        connection_id=connection_id,
    )
    try:
        result = await asyncio.wait_for(
            get_adapter(action.id)(exec_ctx, params), timeout=services.settings.webhook_timeout_seconds + 5
        )
    except ActionFailure as exc:
        error = {"code": exc.code, "message": exc.message}
    except ConnectionRequired as exc:
        error = {"code": "connection_required", "message": f"no active {exc.provider} connection"}
    except TimeoutError:
        error = {"code": "timeout", "message": "the action did not finish in time"}
    except Exception:
        log.exception("adapter %s crashed (execution %s)", action.id, exe_id)
        error = {"code": "adapter_error", "message": "the action failed unexpectedly"}
    elapsed = time.perf_counter() - started
    status = "succeeded" if error is None else "failed"
    db.execute(
        "UPDATE executions SET status = ?, result = ?, error = ?, completed_at = ?, duration_ms = ? WHERE id = ?",
        (
            status,
            json.dumps(redact(result)) if result is not None else None,
            json.dumps(error) if error is not None else None,
            now_ms(),
            int(elapsed * 1000),
            exe_id,
        ),
    )
    services.metrics.observe_execution(action.id, status, elapsed)
    ctx.audit_metadata["execution_status"] = status
    execution = execution_dict(load_execution(db, ctx.workspace_id, exe_id))
    try:
        services.emit(ctx.workspace_id, f"execution.{status}", execution)
    except Exception:
        log.exception("an execution event listener failed (execution %s)", exe_id)
    return ctx.json(execution)
