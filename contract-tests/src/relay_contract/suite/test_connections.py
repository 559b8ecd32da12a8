"""The OAuth connection flow's contract: single-use state, revocation. Needs a provider that consents
without a login page (the reference server's development provider); skipped otherwise."""

from __future__ import annotations

import pytest

from relay_contract.cases import Api, assert_problem, connect_via_consenting_provider, new_idempotency_key
from relay_contract.spec import Spec


def test_connection_lifecycle(admin: Api, spec: Spec) -> None:
    connection = connect_via_consenting_provider(admin, "github")
    if connection is None:
        pytest.skip("the provider needs a human to consent; the flow cannot run unattended")
    assert connection["status"] == "active"
    assert "token" not in str(sorted(connection)).replace("token_expires_at", "")
    assert connection["id"] in {c["id"] for c in admin.list_all("/v1/connections")}
    revoked = admin.ok("DELETE", f"/v1/connections/{connection['id']}")
    assert revoked["id"] == connection["id"]
    assert revoked["status"] == "revoked"
    assert connection["id"] not in {c["id"] for c in admin.list_all("/v1/connections")}
    again = admin.delete(f"/v1/connections/{connection['id']}")
    assert_problem(spec, again, 404, "not_found", operation=spec.by_id["connections_revoke"])


def test_state_is_single_use_and_unforgeable(admin: Api, spec: Spec) -> None:
    op = spec.by_id["connections_complete"]
    forged = admin.post(
        "/v1/connections/complete",
        json={"code": "forged-code", "state": "st_" + "a" * 24},
        idempotency_key=new_idempotency_key(),
    )
    assert_problem(spec, forged, 422, "validation_failed", operation=op)
    auth = admin.ok("POST", "/v1/connections/authorize", json={"provider": "github"})
    wrong_code = admin.post(
        "/v1/connections/complete",
        json={"code": "not-the-code", "state": auth["state"]},
        idempotency_key=new_idempotency_key(),
    )
    assert_problem(spec, wrong_code, 422, "validation_failed", operation=op)
