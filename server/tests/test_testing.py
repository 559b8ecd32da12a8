"""``relay_server.testing``: the throwaway server the SDK, docs and bench harnesses start."""

from __future__ import annotations

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
    assert (tmp_path / "relay.db").is_file() and (tmp_path / "relay-server.log").is_file()


def test_a_server_that_cannot_start_reports_its_output(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="exited with status") as failure:
        ServerProcess(tmp_path / "relay.db", ["--rate-limit", "not-a-number"]).start()
    assert "--rate-limit: must be a positive integer, not 'not-a-number'" in str(failure.value)
