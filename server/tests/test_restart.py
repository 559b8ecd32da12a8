"""Everything survives a restart: keys, executions, idempotent responses, audit."""

from __future__ import annotations

import contextlib
import re
import threading
import time
from pathlib import Path

import httpx
from conftest import EMAIL_PARAMS, HIGH_LIMIT, Receiver, Server, credentials_dir, new_database, preview


def test_restart_replays_stored_response(tmp_path: Path) -> None:
    server = Server(new_database(tmp_path), HIGH_LIMIT, cwd=tmp_path).start()
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
    assert (
        credentials_dir(server.db, tmp_path) / "relay-dev-credentials.json"
    ).stat().st_mode & 0o777 == 0o600


def test_an_execution_interrupted_by_a_crash_never_runs_again(tmp_path: Path) -> None:
    """SIGKILL mid-execution: after restart the execution is failed (`interrupted`), the key answers 409
    `conflict` naming it (not `idempotency_in_progress` forever), and the action does not run twice."""
    target = Receiver(hold=True)  # the execution stays in flight
    server = Server(
        new_database(tmp_path), HIGH_LIMIT, env={"RELAY_INTERRUPTED_AFTER_SECONDS": "2"}, cwd=tmp_path
    ).start()
    try:
        key = server.credentials()["api_key"]
        with server.client(key) as c:
            p = preview(c, "webhook.post", {"url": target.url, "payload": {"n": 1}})
        body = {"confirm_token": p["confirm_token"]}
        headers = {"Idempotency-Key": "crash-1"}

        def execute() -> None:
            with server.client(key) as c, contextlib.suppress(httpx.HTTPError):
                c.post("/v1/actions/webhook.post/execute", json=body, headers=headers)

        in_flight = threading.Thread(target=execute, daemon=True)
        in_flight.start()
        assert target.arrived.wait(30), "the execution never reached its target"
        assert server.proc is not None
        server.proc.kill()  # a crash: no graceful shutdown, the execution is mid-flight
        server.proc.wait()
        server.stop()
        in_flight.join(30)
        server.start()
        with server.client(key) as c:
            deadline = time.monotonic() + 30
            while True:
                r = c.post("/v1/actions/webhook.post/execute", json=body, headers=headers)
                assert r.status_code == 409, r.text
                if r.json()["code"] == "conflict" or time.monotonic() > deadline:
                    break
                assert r.json()["code"] == "idempotency_in_progress"  # until it is old enough
                time.sleep(0.5)
            problem = r.json()
            assert problem["code"] == "conflict" and "retry-after" not in r.headers
            exe_id = re.search(r"execution (exe_[a-z2-7]{24})", problem["detail"])
            assert exe_id is not None, problem["detail"]
            while True:
                exe = c.get(f"/v1/executions/{exe_id.group(1)}").json()
                if exe["status"] != "running" or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            assert exe["status"] == "failed" and exe["error"]["code"] == "interrupted", exe
            assert exe["idempotency_key"] == "crash-1"
            # the check that marked it failed appended the audit event the killed request never wrote
            events = c.get("/v1/audit-events", params={"action": "actions.execute", "limit": 100}).json()
            about = [e for e in events["data"] if e["target"] == exe_id.group(1)]
            assert len(about) == 1, events
            assert about[0]["outcome"] == "failure" and about[0]["status_code"] == 500
            assert about[0]["actor_key_id"] == server.credentials()["key_id"]
            assert about[0]["actor_role"] == "admin"
            assert about[0]["metadata"]["error_code"] == "interrupted"
            # the token was spent by the interrupted attempt: a new key cannot run the action either
            again = c.post(
                "/v1/actions/webhook.post/execute", json=body, headers={"Idempotency-Key": "crash-2"}
            )
            assert again.status_code == 409 and again.json()["code"] == "confirm_token_used"
    finally:
        server.stop()
        target.close()
