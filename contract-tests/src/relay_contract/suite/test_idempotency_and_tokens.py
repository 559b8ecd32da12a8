"""Idempotency keys (replay, reuse with another body, in-flight conflict) and confirm tokens
(single use, bound to params / action / workspace, forged, expiry)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from relay_contract.cases import Api, Listener, assert_problem, new_idempotency_key, preview
from relay_contract.refserver import Deployment
from relay_contract.spec import Spec

REPLAYED = "idempotent-replayed"


def _execute(api: Api, action_id: str, body: dict[str, Any], key: str | None = None) -> httpx.Response:
    return api.post(
        f"/v1/actions/{action_id}/execute", json=body, idempotency_key=key or new_idempotency_key()
    )


# -- idempotency ---------------------------------------------------------------------------------------


def test_replay_returns_the_stored_response(admin: Api) -> None:
    key = new_idempotency_key()
    body = {"url": "https://example.com/relay-contract", "description": key, "events": ["execution.failed"]}
    first = admin.post("/v1/webhook-endpoints", json=body, idempotency_key=key)
    assert first.status_code == 201, first.text
    try:
        assert first.headers.get(REPLAYED) is None
        again = admin.post("/v1/webhook-endpoints", json=body, idempotency_key=key)
        assert again.status_code == 201
        assert again.headers.get(REPLAYED) == "true"
        assert again.json() == first.json()
        assert [e["id"] for e in admin.list_all("/v1/webhook-endpoints") if e["description"] == key] == [
            first.json()["id"]
        ], "a replay must not create a second endpoint"
    finally:
        admin.delete(f"/v1/webhook-endpoints/{first.json()['id']}")


def test_execute_replay_never_runs_twice(admin: Api, webhook_action: dict[str, Any]) -> None:
    prev = preview(admin, webhook_action)
    key = new_idempotency_key()
    first = _execute(admin, prev["action_id"], {"confirm_token": prev["confirm_token"]}, key)
    assert first.status_code == 200, first.text
    again = _execute(admin, prev["action_id"], {"confirm_token": prev["confirm_token"]}, key)
    assert again.status_code == 200, again.text
    assert again.headers.get(REPLAYED) == "true"
    assert again.json() == first.json()
    assert first.json()["idempotency_key"] == key
    runs = [
        e
        for e in admin.list_all("/v1/executions", {"action_id": prev["action_id"]})
        if e["idempotency_key"] == key
    ]
    assert len(runs) == 1, runs


def test_same_key_other_body_is_422(admin: Api, spec: Spec) -> None:
    key = new_idempotency_key()
    body = {"url": "https://example.com/relay-contract", "description": key, "events": ["execution.failed"]}
    first = admin.post("/v1/webhook-endpoints", json=body, idempotency_key=key)
    assert first.status_code == 201, first.text
    try:
        other = dict(body, description=key + "-other")
        r = admin.post("/v1/webhook-endpoints", json=other, idempotency_key=key)
        assert_problem(
            spec, r, 422, "idempotency_key_reused", operation=spec.by_id["webhook_endpoints_create"]
        )
    finally:
        admin.delete(f"/v1/webhook-endpoints/{first.json()['id']}")


def test_in_flight_conflict_is_409(
    admin: Api, spec: Spec, listener: Listener, webhook_action: dict[str, Any], deployment: Deployment
) -> None:
    if not webhook_action["local"]:
        pytest.skip("the deployment does not accept a webhook.post target on this machine (--callback-host)")
    listener.reset()
    action = {
        "action_id": "webhook.post",
        "params": {"url": f"{listener.base_url}/slow", "payload": {"n": 1}},
    }
    prev = preview(admin, action)
    key = new_idempotency_key()
    body = {"confirm_token": prev["confirm_token"]}
    first: dict[str, httpx.Response] = {}
    slow_client = Api(deployment.base_url, deployment.api_key, timeout=90)

    def run_first() -> None:
        first["response"] = _execute(slow_client, "webhook.post", body, key)

    worker = threading.Thread(target=run_first)
    worker.start()
    try:
        if not listener.got_slow.wait(timeout=20):
            pytest.skip(
                "the deployment never reached the local listener, so no request could be held in flight"
            )
        second = _execute(admin, "webhook.post", body, key)
        assert_problem(spec, second, 409, "idempotency_in_progress", operation=spec.by_id["actions_execute"])
    finally:
        listener.release()
        worker.join(timeout=90)
        slow_client.close()
    assert first["response"].status_code == 200, first["response"].text
    assert first["response"].json()["status"] == "succeeded"
    replay = _execute(admin, "webhook.post", body, key)
    assert replay.status_code == 200
    assert replay.headers.get(REPLAYED) == "true"
    assert replay.json()["id"] == first["response"].json()["id"]


# -- confirm tokens ------------------------------------------------------------------------------------


def test_preview_token_expires_in_ten_minutes(admin: Api, webhook_action: dict[str, Any]) -> None:
    before = time.time()
    prev = preview(admin, webhook_action)
    expires = datetime.fromisoformat(prev["expires_at"].replace("Z", "+00:00")).astimezone(UTC).timestamp()
    # Generous bounds for clock skew between this machine and the deployment.
    assert before + 540 <= expires <= time.time() + 660, prev["expires_at"]
    assert prev["params"] == webhook_action["params"]


def test_confirm_token_is_single_use(admin: Api, spec: Spec, webhook_action: dict[str, Any]) -> None:
    prev = preview(admin, webhook_action)
    assert _execute(admin, prev["action_id"], {"confirm_token": prev["confirm_token"]}).status_code == 200
    r = _execute(admin, prev["action_id"], {"confirm_token": prev["confirm_token"]})
    assert_problem(spec, r, 409, "confirm_token_used", operation=spec.by_id["actions_execute"])


def test_confirm_token_is_bound_to_params(admin: Api, spec: Spec, webhook_action: dict[str, Any]) -> None:
    prev = preview(admin, webhook_action)
    other = dict(webhook_action["params"], payload={"source": "tampered"})
    r = _execute(admin, prev["action_id"], {"confirm_token": prev["confirm_token"], "params": other})
    assert_problem(spec, r, 422, "confirm_token_invalid", operation=spec.by_id["actions_execute"])
    # The matching params are accepted, and the refused attempt did not burn the token.
    ok = _execute(
        admin, prev["action_id"], {"confirm_token": prev["confirm_token"], "params": prev["params"]}
    )
    assert ok.status_code == 200, ok.text


def test_confirm_token_is_bound_to_the_action(admin: Api, spec: Spec, webhook_action: dict[str, Any]) -> None:
    prev = preview(admin, webhook_action)
    r = _execute(admin, "email.send", {"confirm_token": prev["confirm_token"]})
    assert_problem(spec, r, 422, "confirm_token_invalid", operation=spec.by_id["actions_execute"])


def test_forged_confirm_token_is_invalid(admin: Api, spec: Spec, webhook_action: dict[str, Any]) -> None:
    prev = preview(admin, webhook_action)
    token = prev["confirm_token"]
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    for bad in (forged, "ct_v1.e30.AAAA", "not-a-token"):
        r = _execute(admin, prev["action_id"], {"confirm_token": bad})
        assert_problem(spec, r, 422, "confirm_token_invalid", operation=spec.by_id["actions_execute"])


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def test_expired_confirm_token(
    admin: Api, spec: Spec, webhook_action: dict[str, Any], deployment: Deployment
) -> None:
    """Needs the deployment's signing secret (known for a reference server this suite started):
    an otherwise valid token whose expiry has passed is ``confirm_token_expired``."""
    if not deployment.confirm_secret:
        pytest.skip("expiry needs the token signing secret (RELAY_CONFIRM_TOKEN_SECRET) or a 10-minute wait")
    prev = preview(admin, webhook_action)
    body = prev["confirm_token"].split(".")[1]
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["e"] = int(time.time()) - 60
    new_body = _b64(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode())
    sig = _b64(hmac.new(deployment.confirm_secret.encode(), new_body.encode(), hashlib.sha256).digest())
    r = _execute(admin, prev["action_id"], {"confirm_token": f"ct_v1.{new_body}.{sig}"})
    assert_problem(spec, r, 422, "confirm_token_expired", operation=spec.by_id["actions_execute"])
