"""Audit trail with redaction, and the CLI commands users script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import EMAIL_PARAMS, Env, preview, run_cli


def test_mutations_are_audited_with_secrets_redacted(env: Env) -> None:
    with env.client() as c:
        created = c.post("/v1/api-keys", json={"name": "audited", "role": "viewer"}).json()
        p = preview(
            c,
            "webhook.post",
            {
                "url": "http://127.0.0.1:9/x",
                "payload": {"note": created["secret"]},
                "headers": {"Authorization": "Bearer abc.def"},
            },
        )
        c.post(
            "/v1/actions/webhook.post/execute",
            json={"confirm_token": p["confirm_token"]},
            headers={"Idempotency-Key": "audit-1"},
        )
        with env.client("viewer") as v:
            assert v.post("/v1/actions/email.send/preview", json={"params": EMAIL_PARAMS}).status_code == 403
        page = c.get("/v1/audit-events", params={"limit": 100}).json()
        text = json.dumps(page)
        assert created["secret"] not in text and p["confirm_token"] not in text and "abc.def" not in text
        actions: dict[str, dict[str, Any]] = {}
        for e in page["data"]:  # newest first: keep each action's latest event
            actions.setdefault(e["action"], e)
        assert actions["api_keys.create"]["target"] == created["id"]
        assert actions["api_keys.create"]["outcome"] == "success"
        exe = actions["actions.execute"]
        assert exe["target"].startswith("exe_") and exe["actor_role"] == "admin"
        assert exe["request_id"].startswith("req_") and exe["status_code"] == 200
        assert exe["metadata"]["request"]["confirm_token"] == "[REDACTED]"
        denied = [e for e in page["data"] if e["outcome"] == "denied"]
        assert denied and denied[0]["actor_role"] == "viewer" and denied[0]["status_code"] == 403
        # filters
        only = c.get("/v1/audit-events", params={"action": "api_keys.create"}).json()["data"]
        assert only and {e["action"] for e in only} == {"api_keys.create"}
        # export, oldest first, as NDJSON and CSV
        nd = c.get("/v1/audit-events/export").text.strip().splitlines()
        rows = [json.loads(line) for line in nd]
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
        assert created["secret"] not in "\n".join(nd)
        csv_text = c.get("/v1/audit-events/export", params={"format": "csv"}).text
        assert csv_text.splitlines()[0].startswith("id,occurred_at,actor_key_id")
        with env.client("developer") as d:
            assert d.get("/v1/audit-events/export").status_code == 403


def test_cli_creates_workspaces_and_keys(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    ws = run_cli("workspaces", "create", "--name", "Acme", "--db", db, "--json")
    assert ws["workspace_id"].startswith("ws_") and ws["api_key"].startswith("relay_sk_")
    key = run_cli(
        "keys", "create", "--workspace", ws["workspace_id"], "--role", "viewer", "--db", db, "--json"
    )
    assert key["key_id"].startswith("key_") and key["api_key"].startswith("relay_sk_")
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "relay_server",
            "keys",
            "create",
            "--workspace",
            "ws_nope",
            "--role",
            "admin",
            "--db",
            db,
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode != 0
    wrong_role = subprocess.run(
        [
            sys.executable,
            "-m",
            "relay_server",
            "keys",
            "create",
            "--workspace",
            ws["workspace_id"],
            "--role",
            "owner",
            "--db",
            db,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert wrong_role.returncode == 2


def test_database_url_environment(tmp_path: Path) -> None:
    target = tmp_path / "env" / "relay.db"
    out = subprocess.run(
        [sys.executable, "-m", "relay_server", "workspaces", "create", "--name", "Env", "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**__import__("os").environ, "RELAY_DATABASE_URL": f"sqlite:///{target}"},
    )
    assert json.loads(out.stdout)["workspace_id"].startswith("ws_")
    assert target.exists()
