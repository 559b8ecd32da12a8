"""Every role against every operation matches the spec's x-relay-roles matrix."""

from __future__ import annotations

import pytest
from conftest import Env

from relay_server.operations import OPERATIONS

FAKE = {"key_id": "key_", "execution_id": "exe_", "endpoint_id": "whe_", "connection_id": "con_"}


def _url(path: str) -> str:
    url = path.replace("{action_id}", "email.send")
    for name, prefix in FAKE.items():
        url = url.replace("{" + name + "}", prefix + "b" * 24)
    return url


@pytest.mark.parametrize("role", ["admin", "developer", "viewer"])
def test_role_matrix(env: Env, role: str) -> None:
    ops = [op for op in OPERATIONS if op.roles]
    assert len(ops) >= 20
    with env.client(role) as c:
        for op in ops:
            body: dict[str, object] | None = {} if op.request_content_type else None
            params = {"session_id": "chs_" + "c" * 24} if op.operation_id == "chat_list_messages" else {}
            r = c.request(op.http_method, _url(op.path), params=params, json=body)
            if role in op.roles:
                assert r.status_code not in (401, 403), (role, op.operation_id, r.status_code, r.text)
            else:
                assert r.status_code == 403, (role, op.operation_id, r.status_code)
                assert r.json()["code"] == "forbidden"
            assert r.status_code in (op.success_status, *op.error_statuses), (op.operation_id, r.status_code)


def test_viewer_reads_but_cannot_mutate(env: Env) -> None:
    with env.client("viewer") as c:
        assert c.get("/v1/actions").status_code == 200
        assert c.get("/v1/executions").status_code == 200
        r = c.post("/v1/actions/email.send/preview", json={"params": {}})
        assert r.status_code == 403
        assert r.headers["content-type"] == "application/problem+json"
