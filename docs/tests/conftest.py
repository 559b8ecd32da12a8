"""Fixtures for the docs tests: a live reference server on a temp database, and a webhook sink.

The server is the real ``relay-server`` (from PATH, or next to this Python), started on a free
127.0.0.1 port and stopped at the end of the session.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _relay_server_cmd() -> list[str]:
    found = shutil.which("relay-server") or shutil.which(
        "relay-server", path=str(Path(sys.executable).parent)
    )
    if found is None:
        pytest.fail("relay-server is not installed (pip install ./server): the samples need it")
    return [found]


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    api_key: str
    key_id: str  # the id of api_key (an admin key)
    db: Path

    def client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {self.api_key}"},
            timeout=30.0,
        )


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    tmp = tmp_path_factory.mktemp("relay-server")
    db = tmp / "relay.db"
    cmd = _relay_server_cmd()
    created = subprocess.run(
        [*cmd, "workspaces", "create", "--name", "Docs samples", "--db", str(db), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    workspace = json.loads(created.stdout)
    api_key, key_id = workspace["api_key"], workspace["key_id"]
    port = _free_port()
    log = (tmp / "server.log").open("w")
    proc = subprocess.Popen(
        [
            *cmd,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--db",
            str(db),
            "--rate-limit",
            "100000",
            "--burst",
            "10000",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"relay-server exited early:\n{(tmp / 'server.log').read_text()}")
            try:
                if httpx.get(f"{base_url}/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("relay-server did not become ready within 60 s")
            time.sleep(0.2)
        yield LiveServer(base_url=base_url, api_key=api_key, key_id=key_id, db=db)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


class _Sink(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def webhook_sink() -> Iterator[str]:
    """A local receiver standing in for the spec examples' https://hooks.example.com/relay."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/relay"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def sample_env(live_server: LiveServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELAY_")}
    env["RELAY_API_KEY"] = live_server.api_key
    env["RELAY_BASE_URL"] = live_server.base_url
    return env
