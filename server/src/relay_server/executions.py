"""The preview → confirm → execute flow: what an action will do, its single-use confirm token, and the
execution itself (adapter run, idempotency mark, record, metrics, events) — independent of HTTP.

Also the check that fails executions a stopped server process left ``running`` (and audits it).

Previewed params are kept encrypted until the execution (they may hold a ``webhook.post``
``signing_secret``); outside dev mode a ``webhook.post`` preview refuses a non-public target at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from relay_server._generated import models
from relay_server._generated.models import ErrorCode
from relay_server.adapters import ActionFailure, ConnectionRequired, ExecContext, get_adapter
from relay_server.audit import record
from relay_server.catalog import ActionDef, recipients
from relay_server.cipher import Undecryptable
from relay_server.db import now_ms
from relay_server.errors import ApiError, validation_failed
from relay_server.ids import new_id
from relay_server.redaction import redact
from relay_server.services import Services
from relay_server.ssrf import TargetRefused, check_target
from relay_server.stores import api_keys, confirm_tokens, connections, executions, usage
from relay_server.timeutil import iso_required, parse_iso_ms
from relay_server.tokens import TokenError, params_digest

log = logging.getLogger("relay_server")

INTERRUPTED = models.ExecutionError(
    code="interrupted",
    message="the server stopped while this execution was running; it was not retried",
)


async def load(services: Services, workspace_id: str, execution_id: str) -> models.Execution:
    found = await executions.get(services.db, workspace_id, execution_id)
    if found is None:
        raise ApiError(404, ErrorCode.not_found, f"No execution {execution_id} in this workspace.")
    return found


# -- preview ----------------------------------------------------------------------------------------


def validate_params(action: ActionDef, params: dict[str, Any]) -> None:
    """422 unless ``params`` fit the action's input schema and its rules the schema cannot state."""
    errors = action.validator.errors(params, "/params")
    if (
        not errors
        and "start" in params
        and "end" in params
        and parse_iso_ms(params["end"]) <= parse_iso_ms(params["start"])
    ):
        errors.append(models.FieldError(pointer="/params/end", message="must be after start"))
    if errors:
        raise validation_failed(errors)


async def check_reachable(services: Services, action: ActionDef, params: dict[str, Any]) -> None:
    """422 at ``/params/url`` when a ``webhook.post`` target is malformed, off the allow-list or, outside
    dev mode, not public (the adapter checks again when it runs: DNS may change meanwhile)."""
    if action.id != "webhook.post":
        return
    settings = services.settings
    try:
        await check_target(
            str(params["url"]),
            dev_mode=settings.dev_mode,
            allow_hosts=settings.webhook_allow_hosts,
            unresolvable_ok=True,
        )
    except TargetRefused as exc:
        raise validation_failed([models.FieldError(pointer="/params/url", message=str(exc))]) from None


async def describe(
    services: Services, workspace_id: str, action: ActionDef, params: dict[str, Any]
) -> tuple[str, list[str], list[str]]:
    """The human summary, effects and warnings of running ``action`` with ``params``."""
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
        if aid == "email.send" and not services.settings.smtp_host:
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
        and await connections.active_for_provider(services.db, workspace_id, action.requires_connection)
        is None
    ):
        warnings.append(
            f"This action needs an active {action.requires_connection} connection; executing fails with "
            "connection_required until one exists."
        )
    return summary, effects, warnings


async def preview(
    services: Services, workspace_id: str, action: ActionDef, params: dict[str, Any]
) -> models.Preview:
    """Validates ``params``, issues a confirm token bound to them and records the preview (its params
    encrypted)."""
    validate_params(action, params)
    await check_reachable(services, action, params)
    summary, effects, warnings = await describe(services, workspace_id, action, params)
    issued = services.tokens.issue(workspace_id, action.id, params)
    await confirm_tokens.insert_preview(
        services.db,
        nonce=issued.nonce,
        workspace_id=workspace_id,
        action_id=action.id,
        sealed_params=services.cipher.encrypt_text(json.dumps(params, separators=(",", ":"))),
        expires_at=int(issued.expires_at * 1000),
    )
    return models.Preview(
        action_id=action.id,
        summary=summary,
        effects=effects,
        warnings=warnings,
        params=params,
        confirm_token=issued.token,
        expires_at=iso_required(int(issued.expires_at * 1000)),
    )


# -- execute ----------------------------------------------------------------------------------------


def _token_error(reason: str) -> ApiError:
    if reason == "expired":
        return ApiError(
            422, ErrorCode.confirm_token_expired, "The confirm token is older than 10 minutes; preview again."
        )
    return ApiError(
        422,
        ErrorCode.confirm_token_invalid,
        "The confirm token is forged, malformed or bound to another workspace, action or params.",
        errors=[models.FieldError(pointer="/confirm_token", message="invalid confirm token")],
    )


def _token_used() -> ApiError:
    return ApiError(
        409,
        ErrorCode.confirm_token_used,
        "This confirm token has already been used; preview the action again.",
    )


async def execute(
    services: Services,
    *,
    workspace_id: str,
    action: ActionDef,
    request: models.ExecuteRequest,
    idempotency_key: str | None,
    api_key_id: str | None,
    started: Callable[[str], Awaitable[None]],
) -> models.Execution:
    """Runs ``action`` once for the confirm token of ``request`` and returns the finished execution.

    Before anything runs: the token must be this workspace's for this action, unexpired, unused and
    bound to the previewed params (``request["params"]``, when given, must be those), and a needed
    connection must exist. Then, in one transaction, the token is spent, the execution recorded as
    ``running`` and ``started(execution_id)`` called (the caller marks its idempotency key there). An
    adapter's failure, timeout or crash is a ``failed`` execution, not an error.
    """
    db = services.db
    try:
        payload = services.tokens.check(request["confirm_token"], workspace_id, action.id)
    except TokenError as exc:
        raise _token_error(exc.reason) from None
    nonce = str(payload["n"])
    if await services.tokens.is_used(nonce):
        raise _token_used()
    sealed = await confirm_tokens.previewed_params(db, nonce, workspace_id)
    try:
        params = json.loads(services.cipher.decrypt_text(sealed)) if sealed is not None else None
    except Undecryptable:
        params = None  # the server's encryption key changed since the preview: preview again
    if params is None or params_digest(params) != payload["d"]:
        raise _token_error("invalid")
    if "params" in request and params_digest(request["params"]) != payload["d"]:
        raise _token_error("invalid")
    connection_id = None
    if action.requires_connection:
        connection_id = await connections.active_for_provider(db, workspace_id, action.requires_connection)
        if connection_id is None:
            raise ApiError(
                409,
                ErrorCode.connection_required,
                f"{action.id} needs an active {action.requires_connection} connection; connect one with "
                "connections.authorize, then execute again.",
            )
    exe_id = new_id("exe")
    created_at = now_ms()
    day = usage_day(created_at)
    async with db.transaction():
        if not await services.tokens.consume(nonce, workspace_id, int(payload["e"])):
            raise _token_used()
        await executions.insert_running(
            db,
            execution_id=exe_id,
            workspace_id=workspace_id,
            action_id=action.id,
            params=redact(params),
            idempotency_key=idempotency_key,
            api_key_id=api_key_id,
            created_at=created_at,
        )
        await started(exe_id)
        # last: concurrent executions of one action in one workspace share this row, so its lock is
        # held for the commit only
        await usage.count_started(db, workspace_id, day, action.id)
    began = time.perf_counter()
    result: dict[str, Any] | None = None
    error: models.ExecutionError | None = None
    exec_ctx = ExecContext(
        db=db,
        settings=services.settings,
        http=services.http,
        cipher=services.cipher,
        workspace_id=workspace_id,
        execution_id=exe_id,
        action_id=action.id,
        connection_id=connection_id,
    )
    try:
        result = await asyncio.wait_for(
            get_adapter(action.id)(exec_ctx, params), timeout=services.settings.webhook_timeout_seconds + 5
        )
    except ActionFailure as exc:
        error = models.ExecutionError(code=exc.code, message=exc.message)
    except ConnectionRequired as exc:
        error = models.ExecutionError(
            code="connection_required", message=f"no active {exc.provider} connection"
        )
    except TimeoutError:
        error = models.ExecutionError(code="timeout", message="the action did not finish in time")
    except Exception:
        log.exception("adapter %s crashed (execution %s)", action.id, exe_id)
        error = models.ExecutionError(code="adapter_error", message="the action failed unexpectedly")
    elapsed = time.perf_counter() - began
    status = "succeeded" if error is None else "failed"
    async with db.transaction():
        await executions.finish(
            db,
            exe_id,
            status=status,
            result=redact(result) if result is not None else None,
            error=error,
            completed_at=now_ms(),
            duration_ms=int(elapsed * 1000),
        )
        await usage.count_finished(db, workspace_id, day, action.id, status)
    services.metrics.observe_execution(action.id, status, elapsed)
    execution = await load(services, workspace_id, exe_id)
    try:
        await services.emit(workspace_id, f"execution.{status}", execution)
    except Exception:
        log.exception("an execution event listener failed (execution %s)", exe_id)
    return execution


# -- interrupted executions ---------------------------------------------------------------------------


def usage_day(created_at_ms: int) -> str:
    """The usage counters' day of an execution: the UTC date it began."""
    return time.strftime("%Y-%m-%d", time.gmtime(created_at_ms // 1000))


#: the interrupted-execution sweep marks this many per statement
INTERRUPTED_BATCH = 100


async def fail_interrupted(services: Services, began_before_ms: int) -> list[tuple[str, str]]:
    """Marks executions still ``running`` that began before ``began_before_ms`` as failed (``interrupted``),
    counts them in the usage counters, appends the audit event the interrupted request never wrote, and
    emits ``execution.failed`` for each.

    Only a process that died mid-execution leaves one behind. The mark and the audit event are one
    transaction, so a stop between them cannot leave one without the other. Returns ``(workspace_id,
    execution_id)`` of each one this call marked (another process doing the same at once marks each row
    only once).
    """
    db = services.db
    marked: list[tuple[str, str]] = []
    while True:
        found = await executions.running_before(db, began_before_ms, INTERRUPTED_BATCH)
        for workspace_id, exe_id in found:
            async with db.transaction():
                row = await executions.fail_if_running(db, exe_id, INTERRUPTED, now_ms())
                if row is not None:
                    day = usage_day(int(row["created_at"]))
                    await usage.count_finished(db, workspace_id, day, str(row["action_id"]), "failed")
                    await _audit_interrupted(
                        services, workspace_id, exe_id, row["api_key_id"], row["action_id"]
                    )
            if row is None:
                continue
            marked.append((workspace_id, exe_id))
            log.warning("execution %s was interrupted by a server stop; marked failed", exe_id)
            await services.emit(workspace_id, "execution.failed", await load(services, workspace_id, exe_id))
        if len(found) < INTERRUPTED_BATCH:
            return marked


async def _audit_interrupted(
    services: Services, workspace_id: str, execution_id: str, key_id: str | None, action_id: str
) -> None:
    """The ``actions.execute`` audit event of an execution whose request died with its process: by the
    key that started it, a failure (500: the server failed it), with the execution's error code."""
    key = await api_keys.get(services.db, key_id, with_revoked=True) if key_id is not None else None
    await record(
        services.db,
        workspace_id=workspace_id,
        actor_key_id=key_id,
        actor_role=key["role"] if key is not None else None,
        action="actions.execute",
        target=execution_id,
        outcome="failure",
        status_code=500,
        request_id=None,
        metadata={
            "error_code": INTERRUPTED["code"],
            "action_id": action_id,
            "recorded_by": "the interrupted-execution check, after a server stop",
        },
    )


def interrupted_interval(services: Services) -> float:
    """How often the interrupted-execution sweep runs (over the cluster)."""
    return min(60.0, max(0.5, services.settings.interrupted_after_seconds / 4))


async def sweep_interrupted(services: Services) -> None:
    """The sweep (see ``sweeps``): fails executions left ``running`` by a process that stopped mid-execution."""
    await fail_interrupted(
        services, services.db.now_ms() - int(services.settings.interrupted_after_seconds * 1000)
    )
