"""Cross-workspace isolation (OWASP API1, BOLA): workspace B can neither see nor touch A's objects.

Every id-addressed operation is tried with B's admin key on an object of A: the answer is 404
``not_found`` — the same as for an id that exists nowhere — and A's object is unchanged afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from relay_contract.cases import (
    Api,
    assert_problem,
    connect_via_consenting_provider,
    new_idempotency_key,
    preview,
)
from relay_contract.spec import Spec, load_spec

SPEC = load_spec()


@pytest.fixture(scope="module")
def objects_of_a(admin: Api, webhook_action: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One object of every kind in workspace A."""
    key = admin.ok("POST", "/v1/api-keys", 201, json={"name": "contract bola", "role": "viewer"})
    endpoint = admin.ok(
        "POST",
        "/v1/webhook-endpoints",
        201,
        json={
            "url": "https://example.com/relay-contract",
            "description": "bola",
            "events": ["execution.failed"],
        },
    )
    prev = preview(admin, webhook_action)
    execution = admin.ok(
        "POST",
        f"/v1/actions/{webhook_action['action_id']}/execute",
        json={"confirm_token": prev["confirm_token"]},
    )
    chat = admin.ok("POST", "/v1/chat", json={"message": "hello from the contract suite"})
    connection = connect_via_consenting_provider(admin)
    if connection is None:
        existing = admin.ok("GET", "/v1/connections", params={"limit": 1})["data"]
        connection = existing[0] if existing else None
    yield {
        "key_id": key["id"],
        "endpoint_id": endpoint["id"],
        "execution_id": execution["id"],
        "session_id": chat["session_id"],
        "connection_id": connection["id"] if connection else None,
        "fresh_preview": preview(admin, webhook_action),
        "action": webhook_action,
    }
    admin.delete(f"/v1/api-keys/{key['id']}")
    admin.delete(f"/v1/webhook-endpoints/{endpoint['id']}")


# (operation_id, path parameter, object kind in objects_of_a)
ADDRESSED = [
    ("api_keys_retrieve", "key_id", "key_id"),
    ("api_keys_revoke", "key_id", "key_id"),
    ("executions_retrieve", "execution_id", "execution_id"),
    ("webhook_endpoints_retrieve", "endpoint_id", "endpoint_id"),
    ("webhook_endpoints_test", "endpoint_id", "endpoint_id"),
    ("webhook_endpoints_list_deliveries", "endpoint_id", "endpoint_id"),
    ("webhook_endpoints_delete", "endpoint_id", "endpoint_id"),
    ("connections_revoke", "connection_id", "connection_id"),
]


def test_every_id_addressed_operation_is_covered(spec: Spec) -> None:
    """New id-addressed operations must be added to ADDRESSED (derived check, not a copied table)."""
    addressed = {
        op.operation_id
        for op in spec.operations
        if op.authenticated
        and any(p.name.endswith("_id") and p.name != "action_id" for p in op.path_params())
    }
    assert addressed == {op_id for op_id, _, _ in ADDRESSED}


@pytest.mark.parametrize(("operation_id", "param", "kind"), ADDRESSED, ids=[a[0] for a in ADDRESSED])
def test_bola_other_workspace_gets_404(
    admin_b: Api,
    admin: Api,
    spec: Spec,
    objects_of_a: dict[str, Any],
    operation_id: str,
    param: str,
    kind: str,
) -> None:
    object_id = objects_of_a[kind]
    if object_id is None:
        pytest.skip(
            f"workspace A has no {kind.removesuffix('_id')} (the OAuth provider needs a human to consent)"
        )
    op = spec.by_id[operation_id]
    path = op.path.replace("{" + param + "}", object_id)
    headers = {"Idempotency-Key": new_idempotency_key()} if op.takes_idempotency_key else {}
    r = admin_b.request(op.method, path, headers=headers)
    assert_problem(spec, r, 404, "not_found", operation=op)
    # A's object is untouched and still visible to A.
    if kind == "key_id":
        assert admin.get(f"/v1/api-keys/{object_id}").status_code == 200
    if kind == "endpoint_id":
        assert admin.get(f"/v1/webhook-endpoints/{object_id}").status_code == 200
    if kind == "execution_id":
        assert admin.get(f"/v1/executions/{object_id}").status_code == 200
    if kind == "connection_id":
        assert object_id in {c["id"] for c in admin.list_all("/v1/connections")}


def test_bola_chat_session(admin_b: Api, admin: Api, spec: Spec, objects_of_a: dict[str, Any]) -> None:
    session_id = objects_of_a["session_id"]
    r = admin_b.get("/v1/chat/messages", params={"session_id": session_id})
    assert_problem(spec, r, 404, "not_found", operation=spec.by_id["chat_list_messages"])
    r = admin_b.post("/v1/chat", json={"message": "hi", "session_id": session_id})
    assert_problem(spec, r, 404, "not_found", operation=spec.by_id["chat_send"])
    assert admin.ok("GET", "/v1/chat/messages", params={"session_id": session_id})["data"]


def test_bola_confirm_token_is_bound_to_its_workspace(
    admin_b: Api, spec: Spec, objects_of_a: dict[str, Any]
) -> None:
    prev = objects_of_a["fresh_preview"]
    r = admin_b.post(
        f"/v1/actions/{prev['action_id']}/execute",
        json={"confirm_token": prev["confirm_token"]},
        idempotency_key=new_idempotency_key(),
    )
    assert_problem(spec, r, 422, "confirm_token_invalid", operation=spec.by_id["actions_execute"])


def test_lists_never_show_other_workspace_objects(
    admin_b: Api, admin: Api, objects_of_a: dict[str, Any]
) -> None:
    ids_of_a = {v for k, v in objects_of_a.items() if k.endswith("_id") and isinstance(v, str)}
    for path in ("/v1/api-keys", "/v1/webhook-endpoints", "/v1/executions", "/v1/connections"):
        seen = {item["id"] for item in admin_b.list_all(path)}
        assert not (ids_of_a & seen), f"{path} of workspace B shows A's objects {ids_of_a & seen}"
    # B's audit log records B's own (refused) attempts on A's ids as their `target` — that is B's input,
    # not a disclosure; but no event of A (A's actors, A's event ids) may appear in it.
    events_a = {e["id"] for e in admin.list_all("/v1/audit-events")}
    events_b = admin_b.list_all("/v1/audit-events")
    assert not (events_a & {e["id"] for e in events_b})
    assert objects_of_a["key_id"] not in {e["actor_key_id"] for e in events_b}
    export = admin_b.get("/v1/audit-events/export", params={"format": "ndjson"})
    assert export.status_code == 200
    exported = [json.loads(line) for line in export.text.splitlines() if line.strip()]
    assert not (events_a & {e["id"] for e in exported})
    a_ws = admin.ok("GET", "/v1/workspace")["id"]
    assert admin_b.ok("GET", "/v1/workspace")["id"] != a_ws
    usage_b = admin_b.ok("GET", "/v1/usage")
    assert all(isinstance(row["executions"], int) for row in usage_b["data"])
