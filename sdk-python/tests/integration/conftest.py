"""Start the reference server (relay_server) on a free 127.0.0.1 port with a temporary database.

The live tests skip, with a reason, only when the ``relay_server`` package is not importable.
"""

from __future__ import annotations

import importlib.util
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, Iterator

import httpx
import pytest

if importlib.util.find_spec("relay_server") is None:
    pytest.skip(
        "live tests need the reference server: pip install -e server (relay_server not importable)",
        allow_module_level=True,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cli(*args: str) -> Dict[str, str]:
    out = subprocess.run(
        [sys.executable, "-m", "relay_server", *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    data: Dict[str, str] = json.loads(out.stdout)
    return data


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, str]]:
    tmp = tmp_path_factory.mktemp("relay-live")
    db = str(tmp / "relay.db")
    first = _cli("workspaces", "create", "--name", "sdk-python-live", "--db", db, "--json")
    second = _cli("workspaces", "create", "--name", "sdk-python-other", "--db", db, "--json")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = Path(tmp / "server.log")
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "relay_server",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--db",
                db,
                "--rate-limit",
                "6000",
                "--burst",
                "1000",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"relay-server exited early:\n{log_path.read_text()}")
                try:
                    if httpx.get(url + "/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"relay-server did not answer on {url}:\n{log_path.read_text()}")
                time.sleep(0.1)
            yield {
                "base_url": url,
                "api_key": first["api_key"],
                "workspace_id": first["workspace_id"],
                "other_api_key": second["api_key"],
            }
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
