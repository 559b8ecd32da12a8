"""HTTP semantics the spec states (Relay #17): HEAD wherever GET (RFC 9110), opaque signed cursors (a
forged or garbage ``after`` is 422 ``invalid_cursor`` — never a silently empty page), 431 for an oversized
request head (OWASP API4), and no control characters where a string becomes an identifier or a header."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from relay_contract.cases import Api, assert_problem, example_request, new_idempotency_key, preview
from relay_contract.spec import Operation, Spec, load_spec

SPEC = load_spec()
GETS = [op for op in SPEC.operations if op.method == "GET"]
PAGINATED = [op for op in SPEC.operations if op.paginated]


def _client_for(op: Operation, admin: Api, anon: Api) -> Api:
    return admin if op.authenticated else anon


@pytest.mark.parametrize("op", GETS, ids=lambda op: op.operation_id)
def test_head_answers_wherever_get_does(admin: Api, anon: Api, op: Operation) -> None:
    client = _client_for(op, admin, anon)
    get = client.http.request(**example_request(op))
    head = client.http.request(**{**example_request(op), "method": "HEAD"})
    assert head.status_code == get.status_code, f"HEAD {op.path}: {head.status_code}, GET: {get.status_code}"
    assert head.content == b"", "a HEAD response has no body"
    assert head.headers.get("content-type") == get.headers.get("content-type")
    assert head.headers.get("x-request-id")


def test_allow_lists_head_with_get(admin: Api, spec: Spec) -> None:
    r = admin.request("PATCH", "/v1/workspace", json={})
    assert_problem(spec, r, 405, "method_not_allowed")
    allow = {m.strip().upper() for m in r.headers["allow"].split(",")}
    assert {"GET", "HEAD"} <= allow


def _list(admin: Api, op: Operation, **params: Any) -> httpx.Response:
    kwargs = example_request(op)
    kwargs["params"] = {**kwargs.get("params", {}), **params}
    return admin.http.request(**kwargs)


@pytest.fixture(scope="module")
def chat_session(admin: Api) -> str:
    """A chat session with messages (chat_list_messages needs one)."""
    session: str = admin.ok("POST", "/v1/chat", json={"message": "hello"})["session_id"]
    admin.ok("POST", "/v1/chat", json={"message": "hello again", "session_id": session})
    return session


@pytest.mark.parametrize("op", PAGINATED, ids=lambda op: op.operation_id)
def test_a_forged_or_garbage_cursor_is_invalid_cursor(
    admin: Api, spec: Spec, op: Operation, chat_session: str
) -> None:
    extra = {"session_id": chat_session} if op.operation_id == "chat_list_messages" else {}
    for after in ("garbage", "exe_r6edt4sywb5wkh7dnsipzz7f", "key_aaaaaaaaaaaaaaaaaaaaaaaa", "é", "a.b"):
        r = _list(admin, op, after=after, **extra)
        body = assert_problem(spec, r, 422, "invalid_cursor", operation=op)
        assert any(e["pointer"] == "/query/after" for e in body.get("errors", [])), body


@pytest.fixture(scope="module")
def actions_cursor(admin: Api) -> str:
    page = _list(admin, SPEC.by_id["actions_list"], limit=1).json()
    assert page["has_more"], "the catalog has more than one action"
    cursor: str = page["next_cursor"]
    assert cursor not in {a["id"] for a in page["data"]}, "cursors are opaque, not an id"
    return cursor


def test_a_cursor_is_bound_to_its_list(admin: Api, spec: Spec, actions_cursor: str) -> None:
    actions = SPEC.by_id["actions_list"]
    first = _list(admin, actions, limit=1).json()["data"][0]["id"]
    follow = _list(admin, actions, limit=1, after=actions_cursor)
    assert follow.status_code == 200 and follow.json()["data"][0]["id"] > first
    executions = SPEC.by_id["executions_list"]
    assert_problem(spec, _list(admin, executions, after=actions_cursor), 422, "invalid_cursor")
    edited = actions_cursor[:-2] + ("AA" if not actions_cursor.endswith("AA") else "BB")
    assert_problem(spec, _list(admin, actions, after=edited), 422, "invalid_cursor")


def test_a_cursor_is_bound_to_its_workspace(admin_b: Api, spec: Spec, actions_cursor: str) -> None:
    assert_problem(
        spec, _list(admin_b, SPEC.by_id["actions_list"], after=actions_cursor), 422, "invalid_cursor"
    )


def test_an_oversized_request_head_is_431(admin: Api, spec: Spec) -> None:
    """A request line and header fields over 16 KiB are refused with 431 problem+json (RFC 6585)."""
    for size in (20_000, 1_000_000):
        try:
            r = admin.get("/v1/workspace", headers={"X-Relay-Contract-Padding": "x" * size})
        except httpx.RemoteProtocolError as exc:  # the deployment closed before answering at all
            pytest.fail(f"a {size}-byte header got no answer: {exc}")
        assert r.status_code == 431, f"{size} bytes: {r.status_code} {r.text[:200]}"
        assert r.headers.get("content-type", "").startswith("application/problem+json")
        assert r.json()["code"] == "headers_too_large"


@pytest.mark.parametrize("name", ["a\u0000b", "two\nlines", "trailing\n", "bell\u0007", "del\u007f"])
def test_control_characters_are_refused_in_key_names(admin: Api, spec: Spec, name: str) -> None:
    r = admin.post(
        "/v1/api-keys", json={"name": name, "role": "viewer"}, idempotency_key=new_idempotency_key()
    )
    if r.status_code == 201:
        admin.delete(f"/v1/api-keys/{r.json()['id']}")
    body = assert_problem(spec, r, 422, "validation_failed", operation=SPEC.by_id["api_keys_create"])
    assert [e["pointer"] for e in body["errors"]] == ["/name"], body


@pytest.mark.parametrize("subject", ["Lunch\u0000", "Lunch\nBcc: eve@example.com", "Lunch\r", "Lunch\n"])
def test_control_characters_are_refused_in_email_subjects(admin: Api, spec: Spec, subject: str) -> None:
    params = {"to": "contract@example.com", "subject": subject, "body": "hi"}
    r = admin.post(
        "/v1/actions/email.send/preview", json={"params": params}, idempotency_key=new_idempotency_key()
    )
    body = assert_problem(spec, r, 422, "validation_failed", operation=SPEC.by_id["actions_preview"])
    assert [e["pointer"] for e in body["errors"]] == ["/params/subject"], body


def test_webhook_headers_cannot_inject_header_fields(
    admin: Api, spec: Spec, webhook_action: dict[str, Any]
) -> None:
    for headers in ({"X-Ok": "a\r\nInjected: 1"}, {"Bad Name": "v"}, {"X-Nul": "a\u0000b"}):
        params = {**webhook_action["params"], "headers": headers}
        r = admin.post(
            "/v1/actions/webhook.post/preview", json={"params": params}, idempotency_key=new_idempotency_key()
        )
        body = assert_problem(spec, r, 422, "validation_failed", operation=SPEC.by_id["actions_preview"])
        assert all(e["pointer"].startswith("/params/headers") for e in body["errors"]), body
    ok = {**webhook_action["params"], "headers": {"X-Trace": "abc\tdef"}}
    assert preview(admin, {"action_id": "webhook.post", "params": ok})["action_id"] == "webhook.post"
