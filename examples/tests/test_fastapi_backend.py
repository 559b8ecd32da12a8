from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.request
from typing import Any

from relay_sdk import Relay
from relay_sdk._webhooks import sign

import harness


def call(
    method: str, url: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], Any]:
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(  # noqa: S310 (http://127.0.0.1)
        url, data=data, method=method, headers={"content-type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (http://127.0.0.1)
            raw = response.read()
            return response.status, dict(response.headers), json.loads(raw) if raw else None
    except urllib.error.HTTPError as err:
        raw = err.read()
        return err.code, dict(err.headers), json.loads(raw) if raw else None


def wait_for_event(backend: harness.Service, execution_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 20  # the delivery worker polls every 0.5 s; this only bounds the wait
    while time.monotonic() < deadline:
        for event in harness.get_json(backend.url + "/api/events")["data"]:
            if event["data"].get("id") == execution_id:
                return dict(event)
        time.sleep(0.2)
    raise AssertionError(f"no webhook for {execution_id} reached the backend")


def test_registers_its_receiver_as_a_webhook_endpoint(backend: harness.Service, relay: Relay) -> None:
    endpoint = relay.webhook_endpoints.retrieve(str(backend.info["webhook_endpoint_id"]))
    assert endpoint.url == backend.url + "/webhooks/relay"
    assert endpoint.enabled


def test_proxy_forwards_the_allowed_flow_without_a_key_from_the_client(backend: harness.Service) -> None:
    status, headers, page = call("GET", backend.url + "/api/relay/v1/actions?limit=100")
    assert status == 200
    assert {a["id"] for a in page["data"]} >= {"email.send", "webhook.post"}
    assert "x-request-id" in {k.lower() for k in headers}
    status, _, action = call("GET", backend.url + "/api/relay/v1/actions/email.send")
    assert status == 200 and action["input_schema"]["required"] == ["to", "subject", "body"]

    params = {"to": "ada@example.com", "subject": "Proxy", "body": "via the backend"}
    status, _, preview = call(
        "POST", backend.url + "/api/relay/v1/actions/email.send/preview", {"params": params}
    )
    assert status == 200 and preview["confirm_token"]
    key = {"Idempotency-Key": "examples-test-proxy-1"}
    body = {"confirm_token": preview["confirm_token"]}
    status, _, execution = call("POST", backend.url + "/api/relay/v1/actions/email.send/execute", body, key)
    assert status == 200 and execution["status"] == "succeeded"
    assert execution["idempotency_key"] == "examples-test-proxy-1"  # the browser's key survives the hop
    status, headers, replay = call(
        "POST", backend.url + "/api/relay/v1/actions/email.send/execute", body, key
    )
    assert status == 200 and replay["id"] == execution["id"]
    assert {k.lower(): v for k, v in headers.items()}.get("idempotent-replayed") == "true"
    status, _, fetched = call("GET", backend.url + f"/api/relay/v1/executions/{execution['id']}")
    assert status == 200 and fetched["id"] == execution["id"]

    event = wait_for_event(backend, execution["id"])
    assert event["type"] == "execution.succeeded"
    assert event["data"]["status"] == "succeeded"


def test_proxy_passes_relay_problems_through(backend: harness.Service) -> None:
    status, _, problem = call("GET", backend.url + "/api/relay/v1/actions/no.such_action")
    assert status == 404 and problem["code"] == "not_found" and problem["request_id"]
    status, _, problem = call(
        "POST",
        backend.url + "/api/relay/v1/actions/email.send/preview",
        {"params": {"to": "ada@example.com"}},
    )
    assert status == 422 and problem["code"] == "validation_failed"
    assert {e["pointer"] for e in problem["errors"]} >= {"/params/subject", "/params/body"}


def test_proxy_refuses_operations_outside_its_allow_list(backend: harness.Service, relay: Relay) -> None:
    for method, path in [
        ("GET", "/api/relay/v1/api-keys"),
        ("POST", "/api/relay/v1/api-keys"),
        ("GET", "/api/relay/v1/audit-events"),
        ("GET", "/api/relay/v1/webhook-endpoints"),
        ("DELETE", f"/api/relay/v1/webhook-endpoints/{backend.info['webhook_endpoint_id']}"),
    ]:
        status, _, problem = call(method, backend.url + path, {} if method == "POST" else None)
        assert status == 404, (method, path, status)
        assert "does not forward" in problem["detail"]
    assert relay.webhook_endpoints.retrieve(str(backend.info["webhook_endpoint_id"])).enabled


def test_receiver_rejects_forged_and_stale_webhooks(backend: harness.Service) -> None:
    before = len(harness.get_json(backend.url + "/api/events")["data"])
    payload = json.dumps(
        {"type": "execution.succeeded", "timestamp": "2030-01-01T00:00:00Z", "data": {}}
    ).encode()
    wrong_secret = "whsec_" + base64.b64encode(b"not the endpoint's secret, 32 b").decode()
    now = str(int(time.time()))
    forged = {
        "webhook-id": "msg_forged",
        "webhook-timestamp": now,
        "webhook-signature": sign(wrong_secret, "msg_forged", now, payload),
    }
    status, _, body = call("POST", backend.url + "/webhooks/relay", payload, forged)
    assert status == 400 and "signature" in body["detail"]
    stale = {**forged, "webhook-timestamp": str(int(time.time()) - 3600)}
    status, _, body = call("POST", backend.url + "/webhooks/relay", payload, stale)
    assert status == 400 and "too old" in body["detail"]
    status, _, body = call("POST", backend.url + "/webhooks/relay", payload, {})
    assert status == 400
    assert len(harness.get_json(backend.url + "/api/events")["data"]) == before


def test_receiver_accepts_relays_test_ping(backend: harness.Service, relay: Relay) -> None:
    delivery = relay.webhook_endpoints.test(str(backend.info["webhook_endpoint_id"]))
    assert str(delivery.status) in {"succeeded", "pending"}, delivery
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if any(e["type"] == "ping" for e in harness.get_json(backend.url + "/api/events")["data"]):
            return
        time.sleep(0.2)
    raise AssertionError("the ping was not verified and recorded")
