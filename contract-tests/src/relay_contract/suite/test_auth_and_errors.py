"""Broken authentication (OWASP API2) and problem+json on every error path."""

from __future__ import annotations

import datetime as dt

import pytest

from relay_contract.cases import Api, assert_problem, example_request, new_idempotency_key
from relay_contract.refserver import Deployment
from relay_contract.spec import Operation, Spec, load_spec

SPEC = load_spec()
AUTHENTICATED = [op for op in SPEC.operations if op.authenticated]
PUBLIC = [op for op in SPEC.operations if not op.authenticated]

MALFORMED_AUTH = {
    "scheme without credentials": "Bearer",
    "wrong scheme": "Basic cmVsYXk6c2VjcmV0",
    "not a relay key": "Bearer not-a-relay-key",
    "unknown relay key": "Bearer relay_sk_" + "a" * 40,
    "bare key without scheme": "relay_sk_" + "b" * 40,
}


@pytest.mark.parametrize("op", AUTHENTICATED, ids=lambda op: op.operation_id)
def test_missing_key_is_401_problem(anon: Api, spec: Spec, op: Operation) -> None:
    r = anon.http.request(**example_request(op))
    assert_problem(spec, r, 401, "unauthenticated", operation=op)


@pytest.mark.parametrize("header", MALFORMED_AUTH.values(), ids=list(MALFORMED_AUTH))
def test_malformed_key_is_401_problem(anon: Api, spec: Spec, header: str) -> None:
    for op in (SPEC.by_id["workspace_retrieve"], SPEC.by_id["api_keys_create"]):
        kwargs = example_request(op)
        kwargs["headers"] = {**kwargs.get("headers", {}), "Authorization": header}
        r = anon.http.request(**kwargs)
        assert_problem(spec, r, 401, "unauthenticated", operation=op)


def test_revoked_key_is_rejected_at_once(admin: Api, spec: Spec, deployment: Deployment) -> None:
    created = admin.ok("POST", "/v1/api-keys", 201, json={"name": "contract revoke-me", "role": "viewer"})
    victim = Api(deployment.base_url, created["secret"])
    try:
        assert victim.get("/v1/workspace").status_code == 200
        revoked = admin.ok("DELETE", f"/v1/api-keys/{created['id']}")
        assert revoked["id"] == created["id"]
        assert revoked.get("revoked_at"), "the revoke response carries revoked_at"
        assert_problem(spec, victim.get("/v1/workspace"), 401, "unauthenticated")
        assert_problem(spec, admin.get(f"/v1/api-keys/{created['id']}"), 404, "not_found")
        assert created["id"] not in {k["id"] for k in admin.list_all("/v1/api-keys")}
    finally:
        victim.close()


def test_a_replay_never_hands_out_a_revoked_key(admin: Api, spec: Spec, deployment: Deployment) -> None:
    """The response of a create is kept for Idempotency-Key replays; once the key it created is revoked,
    a replay is 409 ``conflict`` and shows neither the secret nor a working credential (OWASP API2)."""
    key = new_idempotency_key()
    body = {"name": "contract replay-revoked", "role": "viewer"}
    created = admin.ok("POST", "/v1/api-keys", 201, json=body, idempotency_key=key)
    replay = admin.post("/v1/api-keys", json=body, idempotency_key=key)
    assert replay.status_code == 201 and replay.headers.get("idempotent-replayed") == "true"
    assert replay.json()["secret"] == created["secret"]
    admin.ok("DELETE", f"/v1/api-keys/{created['id']}")
    again = admin.post("/v1/api-keys", json=body, idempotency_key=key)
    assert_problem(spec, again, 409, "conflict", operation=spec.by_id["api_keys_create"])
    assert created["secret"] not in again.text and created["secret"][9:] not in again.text
    victim = Api(deployment.base_url, created["secret"])
    try:
        assert_problem(spec, victim.get("/v1/workspace"), 401, "unauthenticated")
    finally:
        victim.close()


def test_a_replay_never_hands_out_a_deleted_endpoints_secret(admin: Api, spec: Spec) -> None:
    key = new_idempotency_key()
    body = {"url": "https://example.com/relay-contract", "events": ["execution.failed"]}
    created = admin.ok("POST", "/v1/webhook-endpoints", 201, json=body, idempotency_key=key)
    admin.ok("DELETE", f"/v1/webhook-endpoints/{created['id']}")
    again = admin.post("/v1/webhook-endpoints", json=body, idempotency_key=key)
    assert_problem(spec, again, 409, "conflict", operation=spec.by_id["webhook_endpoints_create"])
    assert created["secret"] not in again.text


def test_expiry_in_the_past_is_refused(admin: Api, spec: Spec) -> None:
    past = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    r = admin.post(
        "/v1/api-keys",
        json={"name": "contract expired", "role": "viewer", "expires_at": past},
        idempotency_key=new_idempotency_key(),
    )
    body = assert_problem(spec, r, 422, "validation_failed")
    assert any(e["pointer"] == "/expires_at" for e in body.get("errors", [])), body


def test_secret_is_shown_once(admin: Api) -> None:
    created = admin.ok("POST", "/v1/api-keys", 201, json={"name": "contract secret-once", "role": "viewer"})
    try:
        assert created["secret"].startswith(created["prefix"])
        fetched = admin.ok("GET", f"/v1/api-keys/{created['id']}")
        assert "secret" not in fetched
        listed = [k for k in admin.list_all("/v1/api-keys") if k["id"] == created["id"]]
        assert listed
        assert "secret" not in listed[0]
    finally:
        admin.delete(f"/v1/api-keys/{created['id']}")


@pytest.mark.parametrize("op", PUBLIC, ids=lambda op: op.operation_id)
def test_public_operations_need_no_key(anon: Api, op: Operation) -> None:
    r = anon.http.request(**example_request(op))
    assert r.status_code == 200, r.text
    assert r.headers.get("x-request-id")


# -- problem+json on the generic error paths -----------------------------------------------------------


def test_unknown_route_is_404_problem(admin: Api, spec: Spec) -> None:
    assert_problem(spec, admin.get("/v1/no-such-resource"), 404, "not_found")


def test_wrong_method_is_405_problem_with_allow(admin: Api, spec: Spec) -> None:
    for path in ("/v1/workspace", "/v1/api-keys", "/v1/actions/{action_id}/preview"):
        concrete = path.replace("{action_id}", "email.send")
        r = admin.request("PATCH", concrete, json={})
        assert_problem(spec, r, 405, "method_not_allowed")
        allow = {m.strip().upper() for m in r.headers.get("allow", "").split(",") if m.strip()}
        assert spec.allowed_methods(path) <= allow, f"Allow {allow} lacks {spec.allowed_methods(path)}"


def test_invalid_json_is_400_problem(admin: Api, spec: Spec) -> None:
    r = admin.post(
        "/v1/webhook-endpoints",
        content=b'{"url": "https://example.com",',
        headers={"content-type": "application/json"},
        idempotency_key=new_idempotency_key(),
    )
    assert_problem(spec, r, 400, "invalid_request", operation=spec.by_id["webhook_endpoints_create"])


def test_non_json_body_is_415_problem(admin: Api, spec: Spec) -> None:
    r = admin.post(
        "/v1/chat",
        content=b"message=hello",
        headers={"content-type": "application/x-www-form-urlencoded"},
        idempotency_key=new_idempotency_key(),
    )
    assert_problem(spec, r, 415, "unsupported_media_type", operation=spec.by_id["chat_send"])


def test_validation_failure_points_at_fields(admin: Api, spec: Spec) -> None:
    r = admin.post(
        "/v1/webhook-endpoints",
        json={"url": "not a url", "events": [], "surprise": True},
        idempotency_key=new_idempotency_key(),
    )
    body = assert_problem(spec, r, 422, "validation_failed", operation=spec.by_id["webhook_endpoints_create"])
    pointers = {e["pointer"] for e in body.get("errors", [])}
    assert pointers, body
    assert all(p.startswith("/") for p in pointers), pointers


def test_malformed_id_is_422_and_unknown_id_is_404(admin: Api, spec: Spec) -> None:
    op = spec.by_id["executions_retrieve"]
    body = assert_problem(
        spec, admin.get("/v1/executions/exe_NOT-VALID"), 422, "validation_failed", operation=op
    )
    assert any(e["pointer"] == "/path/execution_id" for e in body.get("errors", [])), body
    assert_problem(spec, admin.get("/v1/executions/exe_" + "a" * 24), 404, "not_found", operation=op)


def _idempotency_key_schema(spec: Spec) -> dict[str, object]:
    op = spec.by_id["webhook_endpoints_create"]
    return next(p.schema for p in op.params if p.name.lower() == "idempotency-key")


@pytest.mark.parametrize(
    "key",
    [b"k" * 256, b"", b"tab\there", b"del\x7fhere", "caf\u00e9".encode()],
    ids=["too-long", "empty", "tab", "del", "non-ascii"],
)
def test_invalid_idempotency_key_is_422(admin: Api, spec: Spec, key: bytes) -> None:
    """Every key the spec's IdempotencyKey schema rejects is refused before anything is created."""
    text = key.decode("latin-1")
    assert list(spec.validator(_idempotency_key_schema(spec)).iter_errors(text)), "the spec must reject it"
    body_json = {
        "url": "https://example.com/relay-contract",
        "events": ["execution.failed"],
        "description": text,
    }
    r = admin.post("/v1/webhook-endpoints", json=body_json, headers={"Idempotency-Key": key})
    if r.status_code == 201:
        admin.delete(f"/v1/webhook-endpoints/{r.json()['id']}")
    body = assert_problem(spec, r, 422, "validation_failed")
    assert any(e["pointer"] == "/headers/idempotency-key" for e in body.get("errors", [])), body
