"""Unrestricted resource consumption (OWASP API4): page-size bounds, 1 MiB bodies, 429, failed logins that
are not free (also OWASP API2, broken authentication), a hanging webhook receiver that delays no one else
— and the SSE framing of ``chat_send`` with ``stream: true``."""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from relay_contract.cases import (
    Api,
    Listener,
    assert_problem,
    example_path,
    example_request,
    media_type,
    new_idempotency_key,
    parse_sse,
)
from relay_contract.refserver import Deployment
from relay_contract.spec import Operation, Spec, load_spec

SPEC = load_spec()
PAGINATED = [op for op in SPEC.operations if op.paginated]
WITH_BODY = [op for op in SPEC.operations if op.body_schema is not None]
ONE_MIB = 1024 * 1024


@pytest.mark.parametrize("op", PAGINATED, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("limit", ["0", "101", "-1", "abc"])
def test_page_size_bounds(admin: Api, spec: Spec, op: Operation, limit: str) -> None:
    kwargs = example_request(op)
    kwargs["params"] = {**kwargs.get("params", {}), "limit": limit}
    body = assert_problem(spec, admin.http.request(**kwargs), 422, "validation_failed", operation=op)
    assert any(e["pointer"] == "/query/limit" for e in body.get("errors", [])), body


@pytest.mark.parametrize("op", PAGINATED, ids=lambda op: op.operation_id)
def test_max_page_size_is_accepted(admin: Api, op: Operation) -> None:
    kwargs = example_request(op)
    kwargs["params"] = {**kwargs.get("params", {}), "limit": "100"}
    r = admin.http.request(**kwargs)
    assert r.status_code in (200, 404), r.text  # 404: the example session of chat_list_messages
    if r.status_code == 200:
        assert len(r.json()["data"]) <= 100


@pytest.mark.parametrize("op", WITH_BODY, ids=lambda op: op.operation_id)
def test_body_over_one_mib_is_413(admin: Api, spec: Spec, op: Operation) -> None:
    # A syntactically valid JSON document of 1 MiB + 1 byte.
    filler = ONE_MIB + 1 - len(b'{"pad":""}')
    content = b'{"pad":"' + b"x" * filler + b'"}'
    assert len(content) == ONE_MIB + 1
    kwargs = example_request(op)
    kwargs.pop("json", None)
    kwargs["content"] = content
    kwargs["headers"] = {**kwargs.get("headers", {}), "content-type": "application/json"}
    assert_problem(spec, admin.http.request(**kwargs), 413, "payload_too_large", operation=op)


@pytest.fixture
def limited(deployment: Deployment) -> Iterator[Api]:
    if not (deployment.limited_api_key and deployment.limited_base_url):
        pytest.skip("opt-in: pass --rate-limited-api-key (a workspace whose rate limit may be exhausted)")
    api = Api(deployment.limited_base_url, deployment.limited_api_key, wait_out_rate_limits=False)
    yield api
    api.close()


def test_burst_is_rate_limited_with_retry_after(limited: Api, spec: Spec) -> None:
    policy = limited.ok("GET", "/v1/workspace")["rate_limit"]
    attempts = policy["burst"] * 4 + 20
    for _ in range(attempts):
        r = limited.get("/v1/workspace")
        if r.status_code == 429:
            break
        assert r.status_code == 200, r.text
        assert r.headers.get("ratelimit-policy") and r.headers.get("ratelimit")
    else:
        pytest.fail(f"no 429 after {attempts} requests against a burst of {policy['burst']}")
    assert_problem(spec, r, 429, "rate_limited", operation=spec.by_id["workspace_retrieve"])
    retry_after = r.headers.get("retry-after", "")
    assert retry_after.isdigit() and int(retry_after) >= 1, retry_after
    assert r.headers.get("ratelimit-policy") and r.headers.get("ratelimit")


# Runs after the burst case above (pytest keeps the file's order): it leaves the limited deployment
# throttling this client's failed authentications for a while, which the burst case must not meet.
def test_failed_authentication_flood_is_throttled(limited: Api, spec: Spec) -> None:
    """Well-formed keys that no one has, as fast as one client sends them: refused 401 at first, then
    429 with Retry-After — guessing keys costs the guesser, and the server's verification work stops."""
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    op = spec.by_id["workspace_retrieve"]
    base_url = str(limited.http.base_url)
    statuses: list[int] = []
    with httpx.Client(base_url=base_url, timeout=30) as http:
        for _ in range(300):
            key = "relay_sk_" + "".join(secrets.choice(alphabet) for _ in range(44))
            r = http.get("/v1/workspace", headers={"Authorization": f"Bearer {key}"})
            statuses.append(r.status_code)
            if r.status_code != 401:
                break
    assert statuses[-1] == 429, f"no 429 after {len(statuses)} failed authentications: {statuses[-5:]}"
    assert set(statuses[:-1]) <= {401}, statuses
    assert_problem(spec, r, 429, "rate_limited", operation=op)
    retry_after = r.headers.get("retry-after", "")
    assert retry_after.isdigit() and int(retry_after) >= 1, retry_after
    assert r.headers.get("ratelimit-policy") and r.headers.get("ratelimit"), dict(r.headers)


@pytest.fixture
def receivers(admin: Api, listener: Listener) -> Iterator[dict[str, Any]]:
    """Two webhook endpoints on the local listener: ``slow`` (held until released) and ``fast``."""
    created: list[str] = []
    for path in ("/slow-hook", "/fast-hook"):
        r = admin.post(
            "/v1/webhook-endpoints",
            json={"url": listener.base_url + path, "events": ["execution.failed"]},
            idempotency_key=new_idempotency_key(),
        )
        if r.status_code != 201:
            pytest.skip(f"the deployment does not deliver webhooks to this machine ({r.status_code})")
        created.append(r.json()["id"])
    listener.reset()
    try:
        yield {"slow": created[0], "fast": created[1]}
    finally:
        for endpoint_id in created:
            admin.delete(f"/v1/webhook-endpoints/{endpoint_id}")
        listener.release()
        time.sleep(0.5)  # the held attempts are answered before the next case resets the listener
        listener.reset()


def test_hanging_webhook_receiver_delays_no_other_endpoint(
    admin: Api, listener: Listener, receivers: dict[str, Any]
) -> None:
    """A receiver that never answers must not hold up deliveries to other endpoints: the other endpoint's
    test event arrives while every attempt at the hanging one is still waiting for its answer."""
    slow, fast = receivers["slow"], receivers["fast"]
    for _ in range(8):
        admin.ok("POST", f"/v1/webhook-endpoints/{slow}/test", 202)
    assert listener.got_slow.wait(timeout=30), "no delivery reached the hanging receiver"
    admin.ok("POST", f"/v1/webhook-endpoints/{fast}/test", 202)
    deadline = time.monotonic() + 60
    while not any(path == "/fast-hook" for path, _ in listener.received):
        assert time.monotonic() < deadline, "the other endpoint's delivery never arrived"
        time.sleep(0.05)
    slow_deliveries = admin.list_all(f"/v1/webhook-endpoints/{slow}/deliveries")
    ended = [d for d in slow_deliveries if d["last_error"] is not None or d["last_status_code"] is not None]
    assert not ended, f"the other endpoint's delivery waited for attempts at the hanging one to end: {ended}"


# -- SSE -----------------------------------------------------------------------------------------------


def test_chat_stream_framing(admin: Api, spec: Spec) -> None:
    stream = spec.stream
    op = spec.by_id[stream["operation_id"]]
    events_schema = {name: spec.resolve(ref) for name, ref in stream["events"].items()}
    body = {"message": "send an email to ada@example.com about lunch", stream["flag"]: True}
    with admin.http.stream(op.method, example_path(op), json=body) as r:
        assert r.status_code == 200
        assert media_type(r) == stream["content_type"]
        assert r.headers.get("x-request-id")
        text = r.read().decode("utf-8")
    events, _comments = parse_sse(text)
    assert events, text
    ids = []
    frame_validator = spec.validator(spec.stream_item_schema)
    for ev in events:
        assert ev.id, f"event without id: {ev}"
        ids.append(ev.id)
        frame = {"id": ev.id, "event": ev.event, "data": ev.data}
        errors = [e.message for e in frame_validator.iter_errors(frame)]
        assert not errors, f"event {ev.id} is not an x-relay-item-schema: {errors}"
        assert ev.event in events_schema, f"unknown event name {ev.event!r}"
        data = json.loads(ev.data)
        assert data["type"] == ev.event
        errors = [e.message for e in spec.validator(events_schema[ev.event]).iter_errors(data)]
        assert not errors, f"{ev.event}: {errors}"
        errors = [e.message for e in spec.validator(stream["union"]).iter_errors(data)]
        assert not errors, f"{ev.event} is not a {stream['union']}: {errors}"
    assert len(set(ids)) == len(ids), f"event ids repeat: {ids}"
    assert events[-1].event in ("done", "error"), "a stream ends with done or error"
    assert all(ev.event not in ("done", "error") for ev in events[:-1])
    if events[-1].event == "done":
        done = json.loads(events[-1].data)
        deltas = "".join(json.loads(ev.data)["delta"] for ev in events if ev.event == "text_delta")
        assert done["text"] == deltas
        history = admin.ok("GET", "/v1/chat/messages", params={"session_id": done["session_id"]})["data"]
        assert history[-1]["id"] == done["message_id"]
        assert history[-1]["content"] == done["text"]


def test_chat_without_stream_is_json(admin: Api, spec: Spec) -> None:
    r = admin.post("/v1/chat", json={"message": "send an email to ada@example.com about lunch"})
    assert r.status_code == 200
    assert media_type(r) == "application/json"
    errors = [e.message for e in spec.component_validator("ChatReply").iter_errors(r.json())]
    assert not errors, errors


def test_chat_stream_errors_before_streaming_are_problems(admin: Api, spec: Spec) -> None:
    r = admin.post("/v1/chat", json={"message": "", "stream": True})
    assert_problem(spec, r, 422, "validation_failed", operation=spec.by_id["chat_send"])
