"""Basic behaviour of the flows built on the core: webhook endpoints and deliveries, chat (JSON and SSE)."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
from conftest import EMAIL_PARAMS, Env, Receiver, preview

from relay_server import signing


def _wait_delivery(c: httpx.Client, endpoint_id: str, event_type: str) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for d in c.get(f"/v1/webhook-endpoints/{endpoint_id}/deliveries").json()["data"]:
            if d["event_type"] == event_type and d["status"] != "pending":
                delivery: dict[str, Any] = d
                return delivery
        time.sleep(0.2)
    raise AssertionError("delivery did not complete")


def test_webhook_endpoint_ping_and_execution_events(env: Env) -> None:
    rx = Receiver(status=200)
    try:
        with env.client() as c:
            ep = c.post(
                "/v1/webhook-endpoints",
                json={"url": rx.url, "events": ["execution.succeeded"], "description": "test"},
            ).json()
            assert ep["secret"].startswith("whsec_") and ep["enabled"] is True
            assert "secret" not in c.get(f"/v1/webhook-endpoints/{ep['id']}").json()
            ping = c.post(f"/v1/webhook-endpoints/{ep['id']}/test")
            assert ping.status_code == 202 and ping.json()["status"] == "pending"
            assert _wait_delivery(c, ep["id"], "ping")["status"] == "succeeded"
            p = preview(c, "email.send", EMAIL_PARAMS)
            exe = c.post("/v1/actions/email.send/execute", json={"confirm_token": p["confirm_token"]}).json()
            done = _wait_delivery(c, ep["id"], "execution.succeeded")
            assert done["status"] == "succeeded" and done["attempts"] == 1
            events = [json.loads(body) for _, body in rx.requests]
            assert any(e["type"] == "execution.succeeded" and e["data"]["id"] == exe["id"] for e in events)
            for headers, body in rx.requests:
                assert signing.verify(ep["secret"], headers, body)
            deleted = c.delete(f"/v1/webhook-endpoints/{ep['id']}")
            assert deleted.json() == {"id": ep["id"], "deleted": True}
            assert c.get(f"/v1/webhook-endpoints/{ep['id']}").status_code == 404
    finally:
        rx.close()


def test_chat_json_and_stream(env: Env) -> None:
    with env.client("developer") as c:
        reply = c.post("/v1/chat", json={"message": "send an email to ada@example.com about lunch"}).json()
        assert reply["suggestion"]["action_id"] == "email.send"
        assert reply["suggestion"]["preview"]["confirm_token"].startswith("ct_v1.")
        session = reply["session_id"]
        other = c.post("/v1/chat", json={"message": "what can you do?", "session_id": session}).json()
        assert other["suggestion"] is None and "email" in other["message"]["content"]
        history = c.get("/v1/chat/messages", params={"session_id": session}).json()["data"]
        assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant"]
        with c.stream(
            "POST",
            "/v1/chat",
            json={"message": "message the team channel the build is green", "stream": True},
        ) as r:
            assert r.headers["content-type"].startswith("text/event-stream")
            raw = r.read().decode()
        events = [block for block in raw.split("\n\n") if block.strip()]
        names = [
            line.split(": ", 1)[1] for b in events for line in b.splitlines() if line.startswith("event: ")
        ]
        assert names[-1] == "done" and "action_suggestion" in names and names[0] == "text_delta"
        for block in events:
            fields = dict(line.split(": ", 1) for line in block.splitlines())
            assert fields["id"].isdigit() and json.loads(fields["data"])["type"] == fields["event"]


def test_free_text_with_nul_round_trips(env: Env) -> None:
    """U+0000 is valid in a JSON string: a chat message and an endpoint description keep it on either
    engine (PostgreSQL's TEXT cannot hold it: those columns are BYTEA there)."""
    with env.client() as c:
        sent = c.post("/v1/chat", json={"message": "a\u0000b \u2028 é"})
        assert sent.status_code == 200, sent.text
        session = sent.json()["session_id"]
        messages = c.get("/v1/chat/messages", params={"session_id": session}).json()["data"]
        assert messages[0]["content"] == "a\u0000b \u2028 é"
        ep = c.post(
            "/v1/webhook-endpoints",
            json={
                "url": "https://hooks.example.com/x",
                "events": ["execution.failed"],
                "description": "x\u0000y",
            },
        )
        assert ep.status_code == 201, ep.text
        assert c.get(f"/v1/webhook-endpoints/{ep.json()['id']}").json()["description"] == "x\u0000y"
