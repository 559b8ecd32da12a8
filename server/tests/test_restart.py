"""Everything survives a restart: keys, executions, idempotent responses, audit."""

from __future__ import annotations

from pathlib import Path

from conftest import EMAIL_PARAMS, HIGH_LIMIT, Server, preview


def test_restart_replays_stored_response(tmp_path: Path) -> None:
    server = Server(tmp_path / "relay.db", HIGH_LIMIT).start()
    try:
        key = server.credentials()["api_key"]
        with server.client(key) as c:
            p = preview(c, "email.send", EMAIL_PARAMS)
            body = {"confirm_token": p["confirm_token"]}
            first = c.post(
                "/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": "restart-1"}
            )
            assert first.status_code == 200
    finally:
        server.stop()
    assert "Created workspace" in server.output
    server.start()
    try:
        # no second bootstrap on a non-empty database
        assert server.credentials()["api_key"] == key
        with server.client(key) as c:
            again = c.post(
                "/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": "restart-1"}
            )
            assert again.status_code == 200
            assert again.headers["idempotent-replayed"] == "true"
            assert again.content == first.content
            exe = c.get(f"/v1/executions/{first.json()['id']}")
            assert exe.status_code == 200 and exe.json()["status"] == "succeeded"
            # the used confirm token stays used
            fresh = c.post(
                "/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": "restart-2"}
            )
            assert fresh.status_code == 409 and fresh.json()["code"] == "confirm_token_used"
            actions = [e["action"] for e in c.get("/v1/audit-events", params={"limit": 100}).json()["data"]]
            assert "actions.execute" in actions
    finally:
        server.stop()
    assert "Created workspace" not in server.output.split("Relay reference server", 1)[-1]
    assert (tmp_path / "relay-dev-credentials.json").stat().st_mode & 0o777 == 0o600
