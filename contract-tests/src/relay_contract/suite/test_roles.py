"""The role matrix: every authenticated operation × every role, derived from ``x-relay-roles`` (BFLA).

A role listed in ``x-relay-roles`` is never refused for its role (no 401/403) — it gets the operation's
ordinary answer (2xx, or 404/409/422 on the example ids and tokens). A role not listed gets 403
``forbidden`` whatever the request, and nothing happens.
"""

from __future__ import annotations

import pytest

from relay_contract.cases import Api, assert_problem, example_request, new_idempotency_key, undo_create
from relay_contract.spec import Operation, Spec, load_spec

SPEC = load_spec()
MATRIX = [(op, role) for op in SPEC.operations if op.authenticated for role in SPEC.roles]


@pytest.mark.parametrize(("op", "role"), MATRIX, ids=[f"{op.operation_id}-{role}" for op, role in MATRIX])
def test_role_matrix(role_keys: dict[str, Api], admin: Api, spec: Spec, op: Operation, role: str) -> None:
    client = role_keys[role]
    r = client.http.request(**example_request(op))
    if role in op.roles:
        assert r.status_code not in (401, 403), (
            f"{op.operation_id} allows {role} (x-relay-roles {list(op.roles)}) "
            f"but answered {r.status_code}: {r.text}"
        )
        assert r.status_code < 500, r.text
        assert op.documents_status(r.status_code), f"{op.operation_id}: undocumented status {r.status_code}"
        if r.status_code < 300 and r.headers.get("content-type", "").startswith("application/json"):
            undo_create(admin, op, r.json())
    else:
        assert_problem(spec, r, 403, "forbidden", operation=op)


def test_every_restricted_operation_documents_403(spec: Spec) -> None:
    for op in spec.operations:
        if op.authenticated and set(op.roles) != set(spec.roles):
            assert op.documents_status(403), f"{op.operation_id} restricts roles but does not document 403"


@pytest.mark.parametrize("role", ["developer", "viewer"])
def test_forbidden_writes_have_no_effect(
    role_keys: dict[str, Api], admin: Api, spec: Spec, role: str
) -> None:
    """BFLA: a refused create leaves nothing behind."""
    marker = f"contract-bfla-{new_idempotency_key()}"
    client = role_keys[role]
    r = client.post(
        "/v1/api-keys", json={"name": marker, "role": "admin"}, idempotency_key=new_idempotency_key()
    )
    assert_problem(spec, r, 403, "forbidden")
    assert marker not in {k["name"] for k in admin.list_all("/v1/api-keys")}
    r = client.post(
        "/v1/webhook-endpoints",
        json={
            "url": "https://example.com/relay-contract",
            "description": marker,
            "events": ["execution.failed"],
        },
        idempotency_key=new_idempotency_key(),
    )
    assert_problem(spec, r, 403, "forbidden")
    assert marker not in {e["description"] for e in admin.list_all("/v1/webhook-endpoints")}


def test_lower_roles_cannot_mint_keys_or_escalate(role_keys: dict[str, Api], spec: Spec) -> None:
    for role in ("developer", "viewer"):
        r = role_keys[role].post(
            "/v1/api-keys", json={"name": "escalate", "role": "admin"}, idempotency_key=new_idempotency_key()
        )
        assert_problem(spec, r, 403, "forbidden")
