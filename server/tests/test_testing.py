"""``relay_server.testing``: the throwaway server the SDK, docs and bench harnesses start."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from relay_server.testing import ServerProcess, running_server


def test_running_server_creates_workspaces_and_cleans_up() -> None:
    with running_server(workspaces=["first", "second"], rate_limit=600, burst=50) as server:
        root = server.db_path.parent
        assert server.base_url.startswith("http://127.0.0.1:")
        assert server.workspaces[0]["api_key"] == server.api_key
        ids = set()
        for workspace in server.workspaces:
            r = httpx.get(
                f"{server.base_url}/v1/workspace", headers={"Authorization": f"Bearer {workspace['api_key']}"}
            )
            assert r.status_code == 200, r.text
            assert r.json()["id"] == workspace["workspace_id"]
            ids.add(r.json()["id"])
            assert ";q=600;" in r.headers["ratelimit-policy"]  # the rate limit asked for
        assert len(ids) == 2
        assert "Relay reference server on" in server.log()
    assert server.process.proc is None  # stopped
    assert not root.exists()  # a temporary directory is removed


def test_running_server_keeps_a_given_directory(tmp_path: Path) -> None:
    with running_server(directory=tmp_path) as server:
        assert httpx.get(server.base_url + "/health").status_code == 200
    assert (tmp_path / "relay-server.log").is_file()
    # the SQLite file stays (on PostgreSQL, RELAY_TEST_POSTGRES_URL: its database is dropped)
    assert (tmp_path / "relay.db").is_file() or server.database.startswith("postgresql://")


def test_a_server_that_cannot_start_reports_its_output(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="exited with status") as failure:
        ServerProcess(tmp_path / "relay.db", ["--rate-limit", "not-a-number"]).start()
    assert "--rate-limit: must be a positive integer, not 'not-a-number'" in str(failure.value)


def test_without_workspaces_the_server_bootstraps_its_own(tmp_path: Path) -> None:
    """What a new user of ``relay-server serve`` gets: a first workspace and admin key, made by the server."""
    with running_server(workspaces=(), directory=tmp_path / ".relay") as server:
        r = httpx.get(
            f"{server.base_url}/v1/workspace", headers={"Authorization": f"Bearer {server.api_key}"}
        )
        assert r.status_code == 200 and r.json()["id"] == server.workspaces[0]["workspace_id"]
        assert "Created workspace" in server.log()


def test_restart_keeps_the_database(tmp_path: Path) -> None:
    with running_server(directory=tmp_path) as server:
        auth = {"Authorization": f"Bearer {server.api_key}"}
        created = httpx.post(
            f"{server.base_url}/v1/api-keys", json={"name": "k", "role": "viewer"}, headers=auth
        )
        assert created.status_code == 201
        server.restart()
        r = httpx.get(f"{server.base_url}/v1/api-keys/{created.json()['id']}", headers=auth)
        assert r.status_code == 200


def test_the_command_line_launcher_for_other_interpreters(tmp_path: Path) -> None:
    """``python -m relay_server.testing`` prints where the server is, then stops it cleanly on SIGTERM."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "relay_server.testing", "--workspace", "cli", "--directory", str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        r = httpx.get(
            f"{info['base_url']}/v1/workspace", headers={"Authorization": f"Bearer {info['api_key']}"}
        )
        assert r.status_code == 200 and r.json()["name"] == "cli"
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    with pytest.raises(httpx.ConnectError):
        httpx.get(info["base_url"] + "/health", timeout=2)
