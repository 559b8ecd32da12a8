"""Every operation of the spec through relay-sdk against the live reference server, sync and async."""

from __future__ import annotations

import http.server
import json
import re
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set, Tuple

import httpx
import pytest
import yaml

from relay_sdk import (
    AsyncRelay,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    Relay,
    UnprocessableEntityError,
)
from relay_sdk.types import (
    Action,
    ChatActionSuggestionEvent,
    ChatDoneEvent,
    ChatTextDeltaEvent,
    Execution,
    PingEvent,
)

EMAIL = {"to": ["ada@example.com"], "subject": "Lunch", "body": "Shall we meet at noon?"}
CALLED: Set[str] = set()  # operations exercised, checked by test_every_operation_was_called


def _mark(*ops: str) -> None:
    CALLED.update(ops)


@pytest.fixture
def client(live_server: Dict[str, str]) -> Iterator[Relay]:
    with Relay(api_key=live_server["api_key"], base_url=live_server["base_url"]) as c:
        yield c


@pytest.fixture
async def aclient(live_server: Dict[str, str]) -> Any:
    async with AsyncRelay(api_key=live_server["api_key"], base_url=live_server["base_url"]) as c:
        yield c


class _Receiver(http.server.BaseHTTPRequestHandler):
    received: List[Tuple[Dict[str, str], bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        type(self).received.append((dict(self.headers.items()), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[Tuple[str, List[Tuple[Dict[str, str], bytes]]]]:
    received: List[Tuple[Dict[str, str], bytes]] = []
    handler = type("Receiver", (_Receiver,), {"received": received})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


def _oauth_code(authorization_url: str) -> Tuple[str, str]:
    """Follow the reference server's simulated provider to the redirect carrying code and state."""
    response = httpx.get(authorization_url, follow_redirects=False, timeout=10)
    assert response.status_code in (302, 303), response.text
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(response.headers["location"]).query))
    return query["code"], query["state"]


def _assert_every_operation_called(live_server: Dict[str, str]) -> None:
    """Every operation of the spec was exercised, except those the server answers 501
    ``not_implemented`` (an operation just added to the spec, no handler yet: the server's own suite
    demands the handler, not this one)."""
    spec_path = Path(__file__).resolve().parents[3] / "spec" / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    missing = {
        (op["operationId"], method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete") and op["operationId"] not in CALLED
    }
    auth = {"Authorization": f"Bearer {live_server['api_key']}"}
    for op_id, method, path in sorted(missing):
        url = live_server["base_url"] + re.sub(r"\{[^}]+\}", "x", path)
        probe = httpx.request(method, url, headers=auth)
        if probe.status_code == 501 and probe.json().get("code") == "not_implemented":
            missing.discard((op_id, method, path))
    assert not missing, f"operations not exercised by the live walkthrough: {sorted(missing)}"


def test_sync_every_operation(
    client: Relay, live_server: Dict[str, str], receiver: Tuple[str, List[Any]]
) -> None:
    # workspace, health
    workspace = client.workspace.retrieve()
    assert workspace.id == live_server["workspace_id"]
    assert client.health.check().status == "ok"
    assert client.health.ready().status == "ready"
    assert b"# TYPE" in client.health.metrics()
    _mark("workspace_retrieve", "health_check", "health_ready", "health_metrics")

    # actions: list (auto-paging with a small page), retrieve, preview, execute
    ids = [a.id for a in client.actions.list(limit=2)]
    assert "email.send" in ids and len(ids) == len(set(ids))
    first_page = client.actions.list(limit=2)
    assert len(first_page.data) == 2 and first_page.has_more and first_page.next_cursor
    action = client.actions.retrieve("email.send")
    assert isinstance(action, Action) and action.id == "email.send"
    preview = client.actions.preview("email.send", params=EMAIL)
    assert preview.confirm_token and preview.action_id == "email.send"
    execution = client.actions.execute(
        "email.send", confirm_token=preview.confirm_token, params=EMAIL
    )
    assert isinstance(execution, Execution) and execution.status == "succeeded"
    assert execution.idempotency_key and execution.idempotency_key.startswith("relay-py-")
    _mark("actions_list", "actions_retrieve", "actions_preview", "actions_execute")

    # idempotent replay with the same key returns the same execution
    preview2 = client.actions.preview("email.send", params=EMAIL)
    raw = client.with_raw_response.actions.execute(
        "email.send", confirm_token=preview2.confirm_token, params=EMAIL, idempotency_key="same-key"
    )
    replay = client.with_raw_response.actions.execute(
        "email.send", confirm_token=preview2.confirm_token, params=EMAIL, idempotency_key="same-key"
    )
    assert raw.status_code == 200 and raw.request_id
    assert replay.parse().id == raw.parse().id
    assert replay.headers.get("idempotent-replayed") == "true"

    # executions
    assert client.executions.retrieve(execution.id).id == execution.id
    listed = [e.id for e in client.executions.list(action_id="email.send", limit=1)]
    assert execution.id in listed
    _mark("executions_list", "executions_retrieve")

    # chat: send, stream (typed events), list_messages
    reply = client.chat.send(message="send an email to ada@example.com about lunch")
    assert reply.session_id.startswith("chs_")
    with client.chat.stream(
        message="send an email to ada@example.com about lunch", session_id=reply.session_id
    ) as events:
        kinds = [type(e) for e in events]
    assert events.response.is_closed
    assert ChatTextDeltaEvent in kinds and kinds[-1] is ChatDoneEvent
    assert ChatActionSuggestionEvent in kinds
    # `type` (the wire name) is the attribute, equal to the SSE event name; also via raw access
    with client.with_raw_response.chat.stream(message="hello", session_id=reply.session_id) as raw:
        assert raw.status_code == 200 and raw.request_id
        names = [e.type for e in raw.parse()]
    assert raw.http_response.is_closed
    assert names and names[-1] == "done" and "text_delta" in names
    messages = list(client.chat.list_messages(session_id=reply.session_id, limit=1))
    assert len(messages) >= 4
    _mark("chat_send", "chat_list_messages")

    # api keys: create, retrieve, list, revoke; the new key authenticates, then stops working
    created = client.api_keys.create(name="sdk-live", role="viewer")
    assert created.secret.startswith("relay_sk_")
    assert client.api_keys.retrieve(created.id).name == "sdk-live"
    assert created.id in [k.id for k in client.api_keys.list()]
    viewer = client.with_options(api_key=created.secret)
    assert viewer.workspace.retrieve().id == workspace.id
    with pytest.raises(PermissionDeniedError) as denied:
        viewer.api_keys.create(name="nope", role="admin")
    assert denied.value.code and denied.value.request_id
    revoked = client.api_keys.revoke(created.id)
    assert revoked.revoked_at is not None
    with pytest.raises(AuthenticationError):
        viewer.workspace.retrieve()
    _mark("api_keys_create", "api_keys_retrieve", "api_keys_list", "api_keys_revoke")

    # connections: authorize → simulated provider → complete, list, revoke
    auth = client.connections.authorize(provider="google", redirect_uri="http://127.0.0.1/cb")
    code, state = _oauth_code(auth.authorization_url)
    assert state == auth.state
    connection = client.connections.complete(code=code, state=state)
    assert connection.status == "active"
    assert connection.id in [c.id for c in client.connections.list()]
    assert client.connections.revoke(connection.id).status == "revoked"
    _mark("connections_authorize", "connections_complete", "connections_list", "connections_revoke")

    # webhook endpoints: create (to a local receiver), test → signed ping verified by the SDK
    url, received = receiver
    endpoint = client.webhook_endpoints.create(url=url, events=["execution.succeeded"])
    assert endpoint.secret.startswith("whsec_")
    assert client.webhook_endpoints.retrieve(endpoint.id).url == url
    assert endpoint.id in [e.id for e in client.webhook_endpoints.list()]
    delivery = client.webhook_endpoints.test(endpoint.id)
    assert delivery.event_type == "ping"
    deadline = time.monotonic() + 30
    while not received and time.monotonic() < deadline:
        time.sleep(0.05)
    assert received, "the reference server never delivered the ping"
    headers, body = received[0]
    event = client.webhooks.unwrap(body, headers=headers, secret=endpoint.secret)
    assert isinstance(event, PingEvent)
    deliveries = list(client.webhook_endpoints.list_deliveries(endpoint.id))
    assert delivery.id in [d.id for d in deliveries]
    assert client.webhook_endpoints.delete(endpoint.id).deleted is True
    with pytest.raises(NotFoundError) as missing:
        client.webhook_endpoints.retrieve(endpoint.id)
    assert missing.value.status_code == 404
    _mark(
        "webhook_endpoints_create",
        "webhook_endpoints_retrieve",
        "webhook_endpoints_list",
        "webhook_endpoints_test",
        "webhook_endpoints_list_deliveries",
        "webhook_endpoints_delete",
    )

    # audit, usage
    audit = list(client.audit_events.list(limit=5))
    assert audit and all(a.id.startswith("aud_") for a in audit)
    lines = client.audit_events.export(format="ndjson").splitlines()
    assert lines and all(json.loads(line)["id"].startswith("aud_") for line in lines)
    assert client.audit_events.export(format="csv").startswith(b"id,")
    usage = client.usage.retrieve()
    assert any(row.action_id == "email.send" and row.executions >= 1 for row in usage.data)
    _mark("audit_events_list", "audit_events_export", "usage_retrieve")
    _assert_every_operation_called(live_server)


def test_sync_errors(client: Relay, live_server: Dict[str, str]) -> None:
    with pytest.raises(UnprocessableEntityError) as invalid:
        client.actions.preview("email.send", params={"to": "not-a-list"})
    assert invalid.value.code == "validation_failed"
    assert invalid.value.errors and invalid.value.errors[0].pointer.startswith("/params")
    preview = client.actions.preview("email.send", params=EMAIL)
    client.actions.execute("email.send", confirm_token=preview.confirm_token, params=EMAIL)
    with pytest.raises(ConflictError) as used:
        client.actions.execute("email.send", confirm_token=preview.confirm_token, params=EMAIL)
    assert used.value.code == "confirm_token_used"
    with pytest.raises(AuthenticationError):
        Relay(api_key="relay_sk_wrong", base_url=live_server["base_url"]).workspace.retrieve()
    # another workspace cannot see this one's executions
    other = Relay(api_key=live_server["other_api_key"], base_url=live_server["base_url"])
    mine = next(iter(client.executions.list()))
    with pytest.raises(NotFoundError):
        other.executions.retrieve(mine.id)


async def test_async_every_operation(
    aclient: AsyncRelay, live_server: Dict[str, str], receiver: Tuple[str, List[Any]]
) -> None:
    assert (await aclient.workspace.retrieve()).id == live_server["workspace_id"]
    assert (await aclient.health.check()).status == "ok"
    assert (await aclient.health.ready()).status == "ready"
    assert b"# TYPE" in await aclient.health.metrics()

    ids = [a.id async for a in aclient.actions.list(limit=3)]
    assert "email.send" in ids
    page = await aclient.actions.list(limit=3)
    assert [a.id for a in page.data] == ids[:3]
    assert (await aclient.actions.retrieve("webhook.post")).id == "webhook.post"
    preview = await aclient.actions.preview("email.send", params=EMAIL)
    execution = await aclient.actions.execute(
        "email.send", confirm_token=preview.confirm_token, params=EMAIL
    )
    assert execution.status == "succeeded"
    assert (await aclient.executions.retrieve(execution.id)).id == execution.id
    assert execution.id in [e.id async for e in aclient.executions.list()]

    reply = await aclient.chat.send(message="send an email to ada@example.com about lunch")
    async with aclient.chat.stream(message="post hello to the team channel") as events:
        kinds = [type(e) async for e in events]
    assert kinds and kinds[-1] is ChatDoneEvent
    assert len([m async for m in aclient.chat.list_messages(session_id=reply.session_id)]) >= 2

    created = await aclient.api_keys.create(name="async-live", role="developer")
    assert (await aclient.api_keys.retrieve(created.id)).role == "developer"
    assert created.id in [k.id async for k in aclient.api_keys.list()]
    assert (await aclient.api_keys.revoke(created.id)).revoked_at is not None

    auth = await aclient.connections.authorize(
        provider="microsoft", redirect_uri="http://127.0.0.1/cb"
    )
    code, state = _oauth_code(auth.authorization_url)
    connection = await aclient.connections.complete(code=code, state=state)
    assert connection.id in [c.id async for c in aclient.connections.list()]
    assert (await aclient.connections.revoke(connection.id)).status == "revoked"

    url, _received = receiver
    endpoint = await aclient.webhook_endpoints.create(url=url, events=["execution.failed"])
    assert (await aclient.webhook_endpoints.retrieve(endpoint.id)).id == endpoint.id
    assert endpoint.id in [e.id async for e in aclient.webhook_endpoints.list()]
    delivery = await aclient.webhook_endpoints.test(endpoint.id)
    assert delivery.id in [
        d.id async for d in aclient.webhook_endpoints.list_deliveries(endpoint.id)
    ]
    assert (await aclient.webhook_endpoints.delete(endpoint.id)).deleted is True

    assert [a.id async for a in aclient.audit_events.list(limit=2)]
    assert (await aclient.audit_events.export(format="csv")).startswith(b"id,")
    assert (await aclient.usage.retrieve()).data

    raw = await aclient.with_raw_response.workspace.retrieve()
    assert raw.status_code == 200 and raw.request_id
    assert (await raw.parse()).id == live_server["workspace_id"]
