"""Fixtures for the docs tests: a live reference server on a temp database, and a webhook sink.

The server is the real ``relay-server`` process (``relay_server.testing.running_server``), on a free
127.0.0.1 port, stopped at the end of the session.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from relay_server.testing import running_server

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"


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
    with running_server(
        workspaces=["Docs samples"], rate_limit=100_000, burst=10_000, directory=tmp
    ) as server:
        workspace = server.workspaces[0]
        yield LiveServer(server.base_url, workspace["api_key"], workspace["key_id"], server.db_path)


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
