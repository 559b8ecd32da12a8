# ruff: noqa: F841
# pyright: reportUnusedVariable=false
"""Typed usage of every public call: checked by `mypy --strict` and `pyright` (strict), never run.

If a generated signature or a runtime type changes incompatibly, type checking this file fails.
"""

from __future__ import annotations

import datetime
from typing import List, Literal, Optional

import httpx

from relay_sdk import (
    NOT_GIVEN,
    APIResponse,
    APIStatusError,
    AsyncAPIResponse,
    AsyncPage,
    AsyncRelay,
    AsyncStream,
    FieldError,
    NotFoundError,
    Relay,
    RelayError,
    Stream,
    SyncPage,
    WebhookVerificationError,
)
from relay_sdk.types import (
    Action,
    ApiKey,
    ApiKeyCreated,
    AuditEvent,
    ChatMessage,
    ChatReply,
    ChatStreamEvent,
    ChatTextDeltaEvent,
    Connection,
    ConnectionAuthorization,
    DeletedObject,
    Execution,
    Health,
    PingEvent,
    Preview,
    Readiness,
    Usage,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEndpointCreated,
    WebhookEvent,
    Workspace,
)


def sync_usage(secret: str, payload: bytes, headers: dict[str, str]) -> None:
    client = Relay(
        api_key="relay_sk_x",
        base_url="http://127.0.0.1:8000",
        timeout=httpx.Timeout(10.0, connect=2.0),
        max_retries=3,
        default_headers={"X-App": "usage"},
        http_client=httpx.Client(),
    )
    with client:
        workspace: Workspace = client.workspace.retrieve()
        keys: SyncPage[ApiKey] = client.api_keys.list(limit=10)
        first_key: ApiKey = keys.data[0]
        created: ApiKeyCreated = client.api_keys.create(
            name="ci", role="developer", idempotency_key="k1"
        )
        key: ApiKey = client.api_keys.retrieve(created.id)
        revoked: ApiKey = client.api_keys.revoke(key.id, timeout=5.0, max_retries=0)

        for listed in client.actions.list(provider="google"):
            action_id: str = listed.id
        action: Action = client.actions.retrieve("email.send")
        preview: Preview = client.actions.preview(
            "email.send", params={"to": "a@example.com", "subject": "Hi", "body": "Hello"}
        )
        execution: Execution = client.actions.execute(
            "email.send", confirm_token=preview.confirm_token
        )
        executions: SyncPage[Execution] = client.executions.list(
            action_id="email.send", status="succeeded", created_after=datetime.datetime.now()
        )
        again: Execution = client.executions.retrieve(execution.id)

        reply: ChatReply = client.chat.send(message="send an email to a@example.com")
        messages: SyncPage[ChatMessage] = client.chat.list_messages(session_id=reply.session_id)
        with client.chat.stream(message="hi", session_id=reply.session_id) as events:
            stream: Stream[ChatStreamEvent] = events
            for event in stream:
                if isinstance(event, ChatTextDeltaEvent):
                    delta: str = event.delta
                # `type` (not `type_`): the wire name, a Literal that discriminates the union.
                event_type: Literal["text_delta", "action_suggestion", "done", "error"] = event.type
                if event.type == "text_delta":
                    narrowed: str = event.delta
                elif event.type == "error":
                    error_message: str = event.message
                elif event.type == "done":
                    session_id: str = event.session_id

        connections: SyncPage[Connection] = client.connections.list()
        auth: ConnectionAuthorization = client.connections.authorize(provider="google")
        connection: Connection = client.connections.complete(code="c", state="s")
        gone: Connection = client.connections.revoke(connection.id)

        endpoints: SyncPage[WebhookEndpoint] = client.webhook_endpoints.list()
        endpoint: WebhookEndpointCreated = client.webhook_endpoints.create(
            url="https://example.com/hook", events=["execution.succeeded"]
        )
        fetched: WebhookEndpoint = client.webhook_endpoints.retrieve(endpoint.id)
        delivery: WebhookDelivery = client.webhook_endpoints.test(endpoint.id)
        deliveries: SyncPage[WebhookDelivery] = client.webhook_endpoints.list_deliveries(
            endpoint.id
        )
        deleted: DeletedObject = client.webhook_endpoints.delete(endpoint.id)

        audit: SyncPage[AuditEvent] = client.audit_events.list(actor="key_x")
        exported: bytes = client.audit_events.export(format="ndjson")
        usage: Usage = client.usage.retrieve(
            start_date="2026-11-01", end_date=datetime.date.today()
        )
        health: Health = client.health.check()
        ready: Readiness = client.health.ready()
        metrics: bytes = client.health.metrics()

        raw: APIResponse[SyncPage[Action]] = client.with_raw_response.actions.list()
        status: int = raw.status_code
        request_id: Optional[str] = raw.request_id
        parsed: SyncPage[Action] = raw.parse()
        raw_ws: APIResponse[Workspace] = client.with_raw_response.workspace.retrieve()
        with client.with_raw_response.chat.stream(message="hi") as raw_stream:
            raw_stream_rid: Optional[str] = raw_stream.request_id
            raw_events: Stream[ChatStreamEvent] = raw_stream.parse()

        page = client.actions.list(limit=1)
        if page.has_next_page():
            nxt: SyncPage[Action] = page.get_next_page()
        cursor: Optional[str] = page.next_cursor
        more: bool = page.has_more

        fast: Relay = client.with_options(max_retries=0, timeout=1.0)
        client.actions.retrieve("email.send", extra_headers={"X-Trace": "1"}, extra_query={"a": 1})
        client.actions.preview("email.send", params={}, extra_body={"x": 1}, timeout=NOT_GIVEN)

        try:
            client.actions.retrieve("nope.nope")
        except NotFoundError as err:
            code: Optional[str] = err.code
            field_errors: List[FieldError] = err.errors
            rid: Optional[str] = err.request_id
            response: httpx.Response = err.response
        except APIStatusError as err:
            status_code: int = err.status_code
        except RelayError:
            pass

        try:
            hook: WebhookEvent = client.webhooks.unwrap(payload, headers=headers, secret=secret)
            hook_type: Literal["execution.succeeded", "execution.failed", "ping"] = hook.type
            if hook.type == "ping":
                ping: PingEvent = hook
            client.webhooks.verify(payload, headers=headers, secret=secret)
        except WebhookVerificationError as err:
            kind: str = err.kind


async def async_usage() -> None:
    async with AsyncRelay(api_key="relay_sk_x", http_client=httpx.AsyncClient()) as client:
        workspace: Workspace = await client.workspace.retrieve()
        page: AsyncPage[Action] = await client.actions.list(provider="google")
        async for listed in client.actions.list():
            action_id: str = listed.id
        async for item in page:
            action_id = item.id
        if page.has_next_page():
            nxt: AsyncPage[Action] = await page.get_next_page()
        preview: Preview = await client.actions.preview("email.send", params={})
        execution: Execution = await client.actions.execute(
            "email.send", confirm_token=preview.confirm_token, idempotency_key="k"
        )
        async with client.chat.stream(message="hi") as events:
            stream: AsyncStream[ChatStreamEvent] = events
            async for event in stream:
                if event.type == "text_delta":
                    async_delta: str = event.delta
        awaited: AsyncStream[ChatStreamEvent] = await client.chat.stream(message="hi")
        await awaited.close()
        raw: AsyncAPIResponse[AsyncPage[Action]] = await client.with_raw_response.actions.list()
        parsed: AsyncPage[Action] = await raw.parse()
        async with await client.with_raw_response.chat.stream(message="hi") as araw_stream:
            araw_events: AsyncStream[ChatStreamEvent] = await araw_stream.parse()
        exported: bytes = await client.audit_events.export()
        fast: AsyncRelay = client.with_options(max_retries=0)
        ready: Readiness = await fast.health.ready()
