"""Client behaviour through the generated resources (respx plays the API)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Dict, List

import httpx
import pytest
import respx
import yaml

import relay_sdk
from relay_sdk import (
    DEFAULT_TIMEOUT,
    APIStatusError,
    APITimeoutError,
    AsyncRelay,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Relay,
    RelayError,
    UnprocessableEntityError,
)
from relay_sdk.types import Action, ChatDoneEvent, ChatTextDeltaEvent, Execution

from .conftest import API_KEY, BASE_URL, AsyncSleeps, Sleeps

ACTION: Dict[str, Any] = {
    "id": "email.send",
    "name": "Send an email",
    "description": "Sends a plain-text email.",
    "provider": "independent",
    "requires_connection": False,
    "input_schema": {"type": "object"},
}
EXECUTION: Dict[str, Any] = {
    "id": "exe_r6edt4sywb5wkh7dnsipzz7f",
    "action_id": "email.send",
    "status": "succeeded",
    "params": {"to": "a@example.com"},
    "result": {"delivery": "sandbox_outbox"},
    "error": None,
    "idempotency_key": "k",
    "created_at": "2026-11-22T10:00:05Z",
    "completed_at": "2026-11-22T10:00:05Z",
    "duration_ms": 12,
}
PREVIEW: Dict[str, Any] = {
    "action_id": "email.send",
    "summary": "Send an email to a@example.com",
    "effects": ["An email is sent"],
    "warnings": [],
    "params": {"to": "a@example.com"},
    "confirm_token": "ct_123",
    "expires_at": "2026-11-22T10:05:00Z",
}


def problem(status: int, code: str, **extra: Any) -> httpx.Response:
    body = {
        "type": f"https://relay.dev/problems/{code}",
        "title": code.replace("_", " "),
        "status": status,
        "code": code,
        "request_id": "req_body",
        **extra,
    }
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


# -- configuration ---------------------------------------------------------------------------------


def test_missing_api_key_names_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RELAY_API_KEY", raising=False)
    with pytest.raises(RelayError, match="RELAY_API_KEY"):
        Relay()
    with pytest.raises(RelayError, match="RELAY_API_KEY"):
        AsyncRelay()


def test_environment_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAY_API_KEY", "relay_sk_env")
    monkeypatch.setenv("RELAY_BASE_URL", "http://env.test/")
    c = Relay()
    assert c.api_key == "relay_sk_env"
    assert c.base_url == "http://env.test"
    with respx.mock(base_url="http://env.test") as mock:
        route = mock.get("/v1/actions/email.send").mock(
            return_value=httpx.Response(200, json=ACTION)
        )
        c.actions.retrieve("email.send")
    assert route.calls[0].request.headers["authorization"] == "Bearer relay_sk_env"


def test_defaults_and_user_agent(client: Relay) -> None:
    assert client.max_retries == 2
    assert DEFAULT_TIMEOUT.read == 60 and DEFAULT_TIMEOUT.connect == 5
    assert client.timeout == DEFAULT_TIMEOUT
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/actions/email.send").mock(
            return_value=httpx.Response(200, json=ACTION)
        )
        client.actions.retrieve("email.send")
    ua = route.calls[0].request.headers["user-agent"]
    assert ua.startswith(f"relay-sdk-python/{relay_sdk.__version__} Python/")
    assert ua.endswith(f" relay-api/{relay_sdk.__api_version__}")
    assert route.calls[0].request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }


def test_per_call_timeout_and_headers(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/actions/email.send").mock(
            return_value=httpx.Response(200, json=ACTION)
        )
        client.actions.retrieve(
            "email.send",
            timeout=3.0,
            extra_headers={"X-Trace": "t1"},
            extra_query={"expand": "x"},
        )
    request = route.calls[0].request
    assert request.extensions["timeout"]["read"] == 3.0
    assert request.headers["x-trace"] == "t1"
    assert request.url.params["expand"] == "x"


def test_key_never_in_repr_logs_or_errors(client: Relay, caplog: pytest.LogCaptureFixture) -> None:
    assert API_KEY not in repr(client)
    caplog.set_level(logging.DEBUG, logger="relay_sdk")
    with respx.mock(base_url=BASE_URL) as mock:
        mock.get("/v1/actions/email.send").mock(
            side_effect=[httpx.Response(503), problem(401, "unauthenticated")]
        )
        with pytest.raises(AuthenticationError) as info:
            client.actions.retrieve("email.send")
    err = info.value
    assert API_KEY not in str(err) and API_KEY not in repr(err)
    assert API_KEY not in repr(err.response.request.headers)
    assert caplog.records, "the retry is logged"
    assert all(API_KEY not in r.getMessage() for r in caplog.records)


def test_with_options_shares_pool(client: Relay, sleeps: Sleeps) -> None:
    actions = client.actions
    fast = client.with_options(max_retries=0, timeout=1.5)
    assert fast._client is client._client
    assert fast.max_retries == 0 and client.max_retries == 2
    assert fast.actions is not actions and fast.actions._client is fast
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/actions/email.send").mock(return_value=httpx.Response(503))
        with pytest.raises(InternalServerError):
            fast.actions.retrieve("email.send")
    assert route.call_count == 1
    assert route.calls[0].request.extensions["timeout"]["read"] == 1.5


def test_context_manager_closes_owned_client_only(shared_http: httpx.Client) -> None:
    with Relay(api_key="k", base_url=BASE_URL) as owned:
        pass
    assert owned._client.is_closed
    with Relay(api_key="k", base_url=BASE_URL, http_client=shared_http):
        pass
    assert not shared_http.is_closed


async def test_async_context_manager() -> None:
    async with AsyncRelay(api_key="k", base_url=BASE_URL) as c:
        pass
    assert c._client.is_closed


def test_injected_http_client_is_used() -> None:
    seen: List[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=ACTION)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = Relay(api_key="k", base_url=BASE_URL, http_client=http)
    action = client.actions.retrieve("email.send")
    assert isinstance(action, Action) and action.id == "email.send"
    assert seen == [f"{BASE_URL}/v1/actions/email.send"]


# -- idempotency --------------------------------------------------------------------------------


def test_idempotency_key_generated_and_kept_across_retries(client: Relay, sleeps: Sleeps) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/v1/actions/email.send/execute").mock(
            side_effect=[
                httpx.Response(502),
                problem(409, "idempotency_in_progress"),
                httpx.Response(200, json=EXECUTION),
            ]
        )
        execution = client.actions.execute("email.send", confirm_token="ct_123")
    assert isinstance(execution, Execution) and execution.status == "succeeded"
    keys = [c.request.headers["idempotency-key"] for c in route.calls]
    assert len(keys) == 3 and len(set(keys)) == 1 and keys[0]
    assert [c.request.headers["x-relay-retry-count"] for c in route.calls] == ["0", "1", "2"]
    assert json.loads(route.calls[0].request.content) == {"confirm_token": "ct_123"}
    assert len(sleeps) == 2


def test_idempotency_key_from_caller_and_fresh_per_call(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/v1/actions/email.send/execute").mock(
            return_value=httpx.Response(200, json=EXECUTION)
        )
        client.actions.execute("email.send", confirm_token="a", idempotency_key="mine")
        client.actions.execute("email.send", confirm_token="a")
        client.actions.execute("email.send", confirm_token="a")
    keys = [c.request.headers["idempotency-key"] for c in route.calls]
    assert keys[0] == "mine" and keys[1] != keys[2]


def test_no_idempotency_key_on_get(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/actions/email.send").mock(
            return_value=httpx.Response(200, json=ACTION)
        )
        client.actions.retrieve("email.send")
    assert "idempotency-key" not in route.calls[0].request.headers


def test_post_without_key_not_retried(client: Relay) -> None:
    """extra_headers={'Idempotency-Key': None} removes the key: a POST without one is not retried."""
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/v1/actions/email.send/execute").mock(return_value=httpx.Response(503))
        with pytest.raises(InternalServerError):
            client.actions.execute(
                "email.send", confirm_token="a", extra_headers={"Idempotency-Key": None}
            )
    assert route.call_count == 1


# -- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_error_mapping(client: Relay, status: int, cls: type, sleeps: Sleeps) -> None:
    errors = [{"pointer": "/params/to", "message": "must be an email"}]
    with respx.mock(base_url=BASE_URL) as mock:
        mock.get("/v1/actions/email.send").mock(
            return_value=problem(status, "some_code", detail="It failed.", errors=errors)
        )
        with pytest.raises(cls) as info:
            client.actions.retrieve("email.send", max_retries=0)
    err = info.value
    assert type(err) is cls
    assert isinstance(err, APIStatusError)
    assert err.status_code == status
    assert err.code == "some_code"
    assert err.detail == "It failed."
    assert err.request_id == "req_body"
    assert err.errors == [FieldError("/params/to", "must be an email")]
    assert err.problem is not None and err.problem["status"] == status
    assert err.response.status_code == status
    assert "some_code" in str(err) and "req_body" in str(err)


def test_error_without_body_uses_request_id_header(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        mock.get("/v1/actions/nope.nope").mock(
            return_value=httpx.Response(404, headers={"x-request-id": "req_hdr"})
        )
        with pytest.raises(NotFoundError) as info:
            client.actions.retrieve("nope.nope")
    assert info.value.request_id == "req_hdr"
    assert info.value.code is None and info.value.errors == []


def test_timeouts_retried_then_raised(client: Relay, sleeps: Sleeps) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/actions/email.send").mock(side_effect=httpx.ReadTimeout("slow"))
        with pytest.raises(APITimeoutError):
            client.actions.retrieve("email.send")
    assert route.call_count == 3 and len(sleeps) == 2


def test_per_call_max_retries(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/actions/email.send").mock(return_value=httpx.Response(500))
        with pytest.raises(InternalServerError):
            client.actions.retrieve("email.send", max_retries=4)
    assert route.call_count == 5


# -- requests and responses ---------------------------------------------------------------------------


def test_path_params_are_encoded(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get(url__regex=r".*").mock(return_value=httpx.Response(200, json=ACTION))
        client.actions.retrieve("a/b c")
    assert route.calls[0].request.url.raw_path == b"/v1/actions/a%2Fb%20c"


def test_preview_body_and_extra_body(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/v1/actions/email.send/preview").mock(
            return_value=httpx.Response(200, json=PREVIEW)
        )
        preview = client.actions.preview(
            "email.send", params={"to": "a@example.com"}, extra_body={"debug": True}
        )
    assert preview.confirm_token == "ct_123"
    assert preview.expires_at.tzinfo is not None
    body = json.loads(route.calls[0].request.content)
    assert body == {"params": {"to": "a@example.com"}, "debug": True}
    assert route.calls[0].request.headers["content-type"] == "application/json"


def test_list_auto_pages_typed_models(client: Relay) -> None:
    second = {**ACTION, "id": "webhook.post"}
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/actions").mock(
            side_effect=[
                httpx.Response(200, json={"data": [ACTION], "has_more": True, "next_cursor": "c1"}),
                httpx.Response(
                    200, json={"data": [second], "has_more": False, "next_cursor": None}
                ),
            ]
        )
        ids = [a.id for a in client.actions.list(provider="independent", limit=1)]
    assert ids == ["email.send", "webhook.post"]
    assert route.calls[1].request.url.params["after"] == "c1"
    assert route.calls[1].request.url.params["provider"] == "independent"


def test_raw_response(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        mock.get("/v1/actions").mock(
            return_value=httpx.Response(
                200,
                json={"data": [ACTION], "has_more": False, "next_cursor": None},
                headers={"x-request-id": "req_raw", "ratelimit": "limit=10"},
            )
        )
        raw = client.with_raw_response.actions.list()
    assert raw.status_code == 200
    assert raw.request_id == "req_raw"
    assert raw.headers["ratelimit"] == "limit=10"
    page = raw.parse()
    assert page is raw.parse()
    assert [a.id for a in page.data] == ["email.send"] and not page.has_more


def test_raw_bytes_operation(client: Relay) -> None:
    csv = b"id,action\naud_1,email.send\n"
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/audit-events/export").mock(
            return_value=httpx.Response(200, content=csv, headers={"content-type": "text/csv"})
        )
        assert client.audit_events.export(format="csv") == csv
    assert route.calls[0].request.url.params["format"] == "csv"


# -- streaming --------------------------------------------------------------------------------------

SSE = (
    b": heartbeat\n\n"
    b'event: text_delta\nid: 1\ndata: {"type":"text_delta","delta":"Hel"}\n\n'
    b'event: text_delta\nid: 2\ndata: {"type":"text_delta","delta":"lo"}\n\n'
    b'event: future_event\nid: 3\ndata: {"type":"future_event"}\n\n'
    b'event: done\nid: 4\ndata: {"type":"done","session_id":"chs_i3mnbqnspuq2idw52ijb4laj",'
    b'"message_id":"msg_1","text":"Hello"}\n\n'
)


def test_chat_stream_typed_events(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/v1/chat").mock(
            return_value=httpx.Response(
                200, content=SSE, headers={"content-type": "text/event-stream"}
            )
        )
        with client.chat.stream(message="hi") as events:
            collected = list(events)
    assert [type(e) for e in collected] == [ChatTextDeltaEvent, ChatTextDeltaEvent, ChatDoneEvent]
    assert isinstance(collected[-1], ChatDoneEvent) and collected[-1].text == "Hello"
    assert [e.type for e in collected] == ["text_delta", "text_delta", "done"]
    assert events.response.is_closed
    request = route.calls[0].request
    assert json.loads(request.content) == {"message": "hi", "stream": True}
    assert request.headers["accept"] == "text/event-stream"


def test_raw_chat_stream(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/v1/chat").mock(
            return_value=httpx.Response(
                200,
                content=SSE,
                headers={"content-type": "text/event-stream", "x-request-id": "req_stream"},
            )
        )
        with client.with_raw_response.chat.stream(message="hi") as raw:
            assert raw.status_code == 200
            assert raw.request_id == "req_stream"
            assert not raw.http_response.is_closed  # nothing read before parse()
            events = raw.parse()
            assert raw.parse() is events
            first = next(iter(events))
        assert raw.http_response.is_closed  # leaving the block closes it, also mid-stream
    assert isinstance(first, ChatTextDeltaEvent) and first.type == "text_delta"
    request = route.calls[0].request
    assert json.loads(request.content) == {"message": "hi", "stream": True}
    assert request.headers["accept"] == "text/event-stream"


async def test_async_raw_chat_stream(async_client: AsyncRelay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/v1/chat").mock(return_value=httpx.Response(200, content=SSE))
        async with await async_client.with_raw_response.chat.stream(message="hi") as raw:
            assert raw.status_code == 200
            stream = await raw.parse()
            collected = [e.type async for e in stream]
        assert raw.http_response.is_closed
    assert collected == ["text_delta", "text_delta", "done"]
    assert json.loads(route.calls[0].request.content) == {"message": "hi", "stream": True}


def test_chat_send_does_not_stream(client: Relay) -> None:
    reply = {
        "session_id": "chs_i3mnbqnspuq2idw52ijb4laj",
        "message": {
            "id": "msg_br6qmw4wxfogo6mvn6a6wfhy",
            "session_id": "chs_i3mnbqnspuq2idw52ijb4laj",
            "role": "assistant",
            "content": "Hi",
            "created_at": "2026-11-22T10:00:01Z",
        },
        "suggestion": None,
    }
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post("/v1/chat").mock(return_value=httpx.Response(200, json=reply))
        out = client.chat.send(message="hi")
    assert out.session_id == "chs_i3mnbqnspuq2idw52ijb4laj"
    assert json.loads(route.calls[0].request.content) == {"message": "hi"}


def test_stream_early_exit_closes_connection(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post("/v1/chat").mock(return_value=httpx.Response(200, content=SSE))
        with client.chat.stream(message="hi") as events:
            first = next(iter(events))
            assert isinstance(first, ChatTextDeltaEvent)
            assert not events.response.is_closed
        assert events.response.is_closed


def test_stream_error_status_raises_before_streaming(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post("/v1/chat").mock(return_value=problem(403, "forbidden"))
        with pytest.raises(PermissionDeniedError):
            client.chat.stream(message="hi")


async def test_async_stream(async_client: AsyncRelay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post("/v1/chat").mock(return_value=httpx.Response(200, content=SSE))
        async with async_client.chat.stream(message="hi") as events:
            collected = [e async for e in events]
        assert events.response.is_closed
        assert [type(e).__name__ for e in collected] == [
            "ChatTextDeltaEvent",
            "ChatTextDeltaEvent",
            "ChatDoneEvent",
        ]
        assert [e.type for e in collected] == ["text_delta", "text_delta", "done"]
        stream = await async_client.chat.stream(message="hi")
        async for event in stream:
            assert isinstance(event, ChatTextDeltaEvent)
            break
        await stream.close()
        assert stream.response.is_closed


async def test_async_resources(async_client: AsyncRelay, async_sleeps: AsyncSleeps) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        exec_route = mock.post("/v1/actions/email.send/execute").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=EXECUTION)]
        )
        mock.get("/v1/actions").mock(
            return_value=httpx.Response(
                200, json={"data": [ACTION], "has_more": False, "next_cursor": None}
            )
        )
        execution = await async_client.actions.execute("email.send", confirm_token="ct")
        page = await async_client.actions.list()
        items = [a.id async for a in async_client.actions.list()]
        raw = await async_client.with_raw_response.actions.list()
        parsed = await raw.parse()
    assert execution.id == EXECUTION["id"]
    assert len({c.request.headers["idempotency-key"] for c in exec_route.calls}) == 1
    assert len(async_sleeps) == 1
    assert [a.id for a in page.data] == ["email.send"] == items
    assert [a.id for a in parsed.data] == ["email.send"]


def test_api_version_is_the_spec_version_it_was_generated_from() -> None:
    spec = yaml.safe_load((Path(__file__).parents[2] / "spec" / "openapi.yaml").read_text("utf-8"))
    assert relay_sdk.__api_version__ == spec["info"]["version"]
    assert Relay.api_version == AsyncRelay.api_version == relay_sdk.__api_version__
