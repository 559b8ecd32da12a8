"""Execute with Idempotency-Key: Stripe semantics, durable, safe across concurrent requests and processes."""

from __future__ import annotations

import asyncio
import http.client
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from conftest import EMAIL_PARAMS, HIGH_LIMIT, Env, Server, preview


async def _fire(urls: list[str], key: str, api_key: str, body: dict[str, Any]) -> list[httpx.Response]:
    headers = {"Authorization": f"Bearer {api_key}", "Idempotency-Key": key}
    limits = httpx.Limits(max_connections=60)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        return list(await asyncio.gather(*(client.post(u, json=body, headers=headers) for u in urls)))


def _executions(c: httpx.Client, key: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    after = None
    while True:
        params: dict[str, Any] = {"limit": 100}
        if after:
            params["after"] = after
        page = c.get("/v1/executions", params=params).json()
        out.extend(e for e in page["data"] if e["idempotency_key"] == key)
        if not page["has_more"]:
            return out
        after = page["next_cursor"]


def _check_fifty(responses: list[httpx.Response]) -> None:
    ok = [r for r in responses if r.status_code == 200]
    busy = [r for r in responses if r.status_code == 409]
    assert len(ok) + len(busy) == 50, [r.status_code for r in responses]
    originals = [r for r in ok if r.headers.get("idempotent-replayed") != "true"]
    assert len(originals) == 1
    first = originals[0].json()
    for r in ok:
        assert r.json() == first
    for r in busy:
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["code"] == "idempotency_in_progress"


def test_fifty_parallel_executes_run_once(env: Env) -> None:
    with env.client("developer") as c:
        p = preview(c, "email.send", EMAIL_PARAMS)
        url = f"{env.server.url}/v1/actions/email.send/execute"
        responses = asyncio.run(
            _fire([url] * 50, "parallel-50", env.keys["developer"], {"confirm_token": p["confirm_token"]})
        )
        _check_fifty(responses)
        assert len(_executions(c, "parallel-50")) == 1
        # after the dust settles every retry is a replay of the one execution
        again = c.post(
            "/v1/actions/email.send/execute",
            json={"confirm_token": p["confirm_token"]},
            headers={"Idempotency-Key": "parallel-50"},
        )
        assert again.status_code == 200 and again.headers["idempotent-replayed"] == "true"


def test_fifty_parallel_executes_across_two_processes(env: Env, tmp_path: Path) -> None:
    """A second server process on the same database: the database, not a lock, decides."""
    second = Server(env.server.db, HIGH_LIMIT, cwd=env.server.cwd).start()
    try:
        with env.client("developer") as c:
            p = preview(c, "email.send", EMAIL_PARAMS)
            urls = [
                f"{(env.server if i % 2 else second).url}/v1/actions/email.send/execute" for i in range(50)
            ]
            responses = asyncio.run(
                _fire(urls, "two-procs", env.keys["developer"], {"confirm_token": p["confirm_token"]})
            )
            _check_fifty(responses)
            assert len(_executions(c, "two-procs")) == 1
    finally:
        second.stop()


def test_replay_same_body_and_reuse_with_other_body(env: Env) -> None:
    with env.client() as c:
        p = preview(c, "email.send", EMAIL_PARAMS)
        body = {"confirm_token": p["confirm_token"]}
        first = c.post("/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": "k-replay"})
        assert first.status_code == 200 and "idempotent-replayed" not in first.headers
        # a quoted structured-field string names the same key
        second = c.post(
            "/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": '"k-replay"'}
        )
        assert second.status_code == 200
        assert second.headers["idempotent-replayed"] == "true"
        assert second.content == first.content
        other = c.post(
            "/v1/actions/email.send/execute",
            json={**body, "params": EMAIL_PARAMS},
            headers={"Idempotency-Key": "k-replay"},
        )
        assert other.status_code == 422
        assert other.json()["code"] == "idempotency_key_reused"


def test_failures_before_execution_are_not_stored(env: Env) -> None:
    with env.client() as c:
        # a validation failure with a key, then the corrected request with the same key proceeds
        bad = c.post(
            "/v1/actions/email.send/execute",
            json={"confirm_token": 5},
            headers={"Idempotency-Key": "k-retry"},
        )
        assert bad.status_code == 422
        p = preview(c, "email.send", EMAIL_PARAMS)
        good = c.post(
            "/v1/actions/email.send/execute",
            json={"confirm_token": p["confirm_token"]},
            headers={"Idempotency-Key": "k-retry"},
        )
        assert good.status_code == 200 and "idempotent-replayed" not in good.headers
        # a used confirm token is 409 confirm_token_used and is not stored under the new key
        used = c.post(
            "/v1/actions/email.send/execute",
            json={"confirm_token": p["confirm_token"]},
            headers={"Idempotency-Key": "k-used"},
        )
        assert used.status_code == 409 and used.json()["code"] == "confirm_token_used"


def test_action_failure_is_stored_and_replayed(env: Env) -> None:
    """An action that ran and failed is a stored 200 with status failed; the replay never re-runs it."""
    with env.client() as c:
        p = preview(c, "webhook.post", {"url": "http://127.0.0.1:9/unreachable", "payload": {"a": 1}})
        body = {"confirm_token": p["confirm_token"]}
        first = c.post("/v1/actions/webhook.post/execute", json=body, headers={"Idempotency-Key": "k-fail"})
        assert first.status_code == 200
        assert first.json()["status"] == "failed"
        assert first.json()["error"]["code"] == "upstream_unreachable"
        again = c.post("/v1/actions/webhook.post/execute", json=body, headers={"Idempotency-Key": "k-fail"})
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json() == first.json()


def test_key_syntax(env: Env) -> None:
    with env.client() as c:
        p = preview(c, "email.send", EMAIL_PARAMS)
        body = {"confirm_token": p["confirm_token"]}
        for key in ("x" * 256, '"unterminated', '"bad\\escape"', '""'):
            r = c.post("/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": key})
            assert r.status_code == 422, key
            assert r.json()["errors"][0]["pointer"] == "/headers/idempotency-key"
        ok = c.post("/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": "y" * 255})
        assert ok.status_code == 200


def test_key_characters_follow_the_spec(env: Env) -> None:
    """Only visible ASCII and spaces (the spec's pattern); raw bytes sent with http.client."""
    url = urlsplit(env.server.url)
    body = json.dumps({"url": "https://example.com/x", "events": ["execution.failed"]}).encode()
    for raw, status in ((b"ab\tcd", 422), (b"caf\xe9-1", 422), (b"ab\x7fcd", 422), (b"visible key 1", 201)):
        conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port)
        conn.putrequest("POST", "/v1/webhook-endpoints")
        conn.putheader("Authorization", f"Bearer {env.admin_key}")
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Content-Length", str(len(body)))
        conn.putheader("Idempotency-Key", raw)
        conn.endheaders(body)
        resp = conn.getresponse()
        payload = json.loads(resp.read())
        conn.close()
        assert resp.status == status, (raw, payload)
        if status == 422:
            assert payload["errors"][0]["pointer"] == "/headers/idempotency-key"


def test_idempotent_create_key(env: Env) -> None:
    with env.client() as c:
        body = {"name": "idem", "role": "viewer"}
        a = c.post("/v1/api-keys", json=body, headers={"Idempotency-Key": "create-key-1"})
        b = c.post("/v1/api-keys", json=body, headers={"Idempotency-Key": "create-key-1"})
        assert a.status_code == b.status_code == 201
        assert b.headers["idempotent-replayed"] == "true"
        assert a.json()["id"] == b.json()["id"]


def test_chat_send_with_a_key_replays_its_reply(env: Env) -> None:
    """A retried chat message is not added twice: the first reply comes back, marked replayed."""
    with env.client() as c:
        body = {"message": "send an email to ada@example.com about lunch"}
        first = c.post("/v1/chat", json=body, headers={"Idempotency-Key": "chat-json-1"})
        again = c.post("/v1/chat", json=body, headers={"Idempotency-Key": "chat-json-1"})
        assert first.status_code == again.status_code == 200
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json() == first.json()
        session = first.json()["session_id"]
        history = c.get("/v1/chat/messages", params={"session_id": session}).json()["data"]
        assert [m["role"] for m in history] == ["user", "assistant"]  # once, not twice


def test_chat_stream_with_a_key_replays_the_completed_stream(env: Env) -> None:
    with env.client() as c:
        body = {"message": "send an email to ada@example.com about lunch", "stream": True}
        headers = {"Idempotency-Key": "chat-sse-1"}
        with c.stream("POST", "/v1/chat", json=body, headers=headers) as first:
            assert first.headers["content-type"].startswith("text/event-stream")
            streamed = b"".join(first.iter_bytes())
        again = c.post("/v1/chat", json=body, headers=headers)
        assert again.status_code == 200
        assert again.headers["idempotent-replayed"] == "true"
        assert again.headers["content-type"].startswith("text/event-stream")
        assert again.content == streamed and b"event: done" in streamed
