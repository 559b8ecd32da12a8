"""Webhook deliveries over real HTTP: a local receiver verifies Standard Webhooks signatures itself,
fails on purpose, and sees the retries with backoff, the endpoint disabled after the configured number of
consecutive failures, and a pending delivery resumed after a server restart."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import HIGH_LIMIT, Receiver, Server, new_database, query, run_cli, wait_for

BASE = 0.2  # RELAY_WEBHOOK_BACKOFF_BASE_SECONDS of the test server
DISABLE_AFTER = 3


def verify_standard_webhook(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """Standard Webhooks verification, written from the specification (not the server's signer)."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    candidates = [s.split(",", 1) for s in headers["webhook-signature"].split(" ")]
    return any(v == "v1" and hmac.compare_digest(sig, expected) for v, sig in candidates)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    env = {"RELAY_WEBHOOK_BACKOFF_BASE_SECONDS": str(BASE), "RELAY_WEBHOOK_DISABLE_AFTER": str(DISABLE_AFTER)}
    directory = tmp_path_factory.mktemp("hooks")
    srv = Server(new_database(directory), HIGH_LIMIT, env=env, cwd=directory).start()
    yield srv
    srv.stop()


def _deliveries(c: httpx.Client, endpoint_id: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = c.get(f"/v1/webhook-endpoints/{endpoint_id}/deliveries").json()["data"]
    return data


def test_retried_with_backoff_then_delivered(server: Server) -> None:
    rx = Receiver(fail_first=2)
    try:
        with server.client(server.credentials()["api_key"]) as c:
            ep = c.post(
                "/v1/webhook-endpoints", json={"url": rx.url, "events": ["execution.succeeded"]}
            ).json()
            assert c.post(f"/v1/webhook-endpoints/{ep['id']}/test").status_code == 202
            done = wait_for(
                lambda: [d for d in _deliveries(c, ep["id"]) if d["status"] != "pending"], "the delivery"
            )[0]
            assert done["status"] == "succeeded" and done["attempts"] == 3 and done["next_attempt_at"] is None
            assert done["last_status_code"] == 204 and done["completed_at"] is not None
            endpoint = c.get(f"/v1/webhook-endpoints/{ep['id']}").json()
            assert endpoint["enabled"] is True and endpoint["consecutive_failures"] == 0
    finally:
        rx.close()
    assert [status for _, status, _, _ in rx.hits] == [500, 500, 204]
    # every attempt is signed; the message id stays the same across retries, the timestamp is fresh
    assert all(verify_standard_webhook(ep["secret"], h, body) for _, _, h, body in rx.hits)
    assert len({h["webhook-id"] for _, _, h, _ in rx.hits}) == 1
    assert not verify_standard_webhook(ep["secret"], rx.hits[0][2], rx.hits[0][3] + b" ")
    assert json.loads(rx.hits[0][3])["type"] == "ping"
    # exponential backoff: the n-th retry waits at least 0.8 * base * 2**(n-1) (jitter is +-20 %)
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(rx.hits)]
    assert gaps[0] >= 0.8 * BASE and gaps[1] >= 0.8 * BASE * 2


def test_endpoint_disabled_after_consecutive_failures(server: Server) -> None:
    rx = Receiver(failing=True)
    try:
        with server.client(server.credentials()["api_key"]) as c:
            ep = c.post("/v1/webhook-endpoints", json={"url": rx.url, "events": ["execution.failed"]}).json()
            c.post(f"/v1/webhook-endpoints/{ep['id']}/test")
            endpoint = wait_for(
                lambda: (e := c.get(f"/v1/webhook-endpoints/{ep['id']}").json())["enabled"] is False and e,
                "the endpoint to be disabled",
            )
            assert endpoint["consecutive_failures"] == DISABLE_AFTER
            assert f"{DISABLE_AFTER} consecutive" in endpoint["disabled_reason"]
            delivery = wait_for(
                lambda: [d for d in _deliveries(c, ep["id"]) if d["status"] != "pending"],
                "the delivery to fail",
            )[0]
            assert delivery["status"] == "failed" and delivery["attempts"] == DISABLE_AFTER
            assert delivery["last_status_code"] == 500
            # a disabled endpoint gets nothing more
            c.post(f"/v1/webhook-endpoints/{ep['id']}/test")
            wait_for(
                lambda: all(d["status"] == "failed" for d in _deliveries(c, ep["id"])), "the second ping"
            )
    finally:
        rx.close()
    assert len(rx.hits) == DISABLE_AFTER


def test_pending_delivery_resumes_after_restart(tmp_path: Path) -> None:
    rx = Receiver(failing=True)
    db = new_database(tmp_path)
    server = Server(db, HIGH_LIMIT, env={"RELAY_WEBHOOK_BACKOFF_BASE_SECONDS": "1"}, cwd=tmp_path).start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            ep = c.post(
                "/v1/webhook-endpoints", json={"url": rx.url, "events": ["execution.succeeded"]}
            ).json()
            c.post(f"/v1/webhook-endpoints/{ep['id']}/test")
            pending = wait_for(
                lambda: [d for d in _deliveries(c, ep["id"]) if d["last_status_code"] is not None],
                "a failed first attempt",
            )[0]
            assert pending["status"] == "pending" and pending["last_status_code"] == 500
            assert pending["next_attempt_at"] > pending["created_at"]
    finally:
        server.stop()
    (row,) = query(
        db, "SELECT status, attempts, next_attempt_at FROM webhook_deliveries WHERE id = ?", (pending["id"],)
    )
    status, attempts, next_at = row["status"], row["attempts"], row["next_attempt_at"]
    assert status == "pending" and attempts >= 1 and next_at is not None
    assert all(s == 500 for _, s, _, _ in rx.hits)
    rx.failing = False
    server.start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            done = wait_for(
                lambda: [d for d in _deliveries(c, ep["id"]) if d["status"] == "succeeded"],
                "the resumed delivery",
            )[0]
            assert done["id"] == pending["id"] and done["attempts"] == attempts + 1
    finally:
        server.stop()
        rx.close()
    assert rx.hits[-1][1] == 204 and verify_standard_webhook(ep["secret"], rx.hits[-1][2], rx.hits[-1][3])


def test_a_hanging_receiver_delays_no_other_endpoint(server: Server) -> None:
    """A receiver that holds every request open gets a bounded number of attempts at once (2, the
    default per-endpoint concurrency), and another workspace's delivery goes out meanwhile."""
    hanging, healthy = Receiver(hold=True), Receiver()
    other = run_cli("workspaces", "create", "--name", "Healthy", "--db", str(server.db), "--json")
    try:
        with server.client(server.credentials()["api_key"]) as c, server.client(other["api_key"]) as c2:
            stuck = c.post(
                "/v1/webhook-endpoints", json={"url": hanging.url, "events": ["execution.failed"]}
            ).json()
            for _ in range(10):
                assert c.post(f"/v1/webhook-endpoints/{stuck['id']}/test").status_code == 202
            wait_for(lambda: hanging.in_flight >= 2, "the hanging receiver to hold attempts")
            ok = c2.post(
                "/v1/webhook-endpoints", json={"url": healthy.url, "events": ["execution.failed"]}
            ).json()
            assert c2.post(f"/v1/webhook-endpoints/{ok['id']}/test").status_code == 202
            wait_for(lambda: healthy.hits, "the healthy endpoint's delivery")
            # it did not wait for any of the hanging endpoint's attempts to end (they time out after 10 s)
            assert all(d["last_error"] is None for d in _deliveries(c, stuck["id"]))
            assert hanging.in_flight == hanging.most_in_flight == 2
            assert c.delete(f"/v1/webhook-endpoints/{stuck['id']}").status_code == 200
    finally:
        hanging.close()
        healthy.close()
