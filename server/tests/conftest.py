"""Integration-test harness: real ``relay-server serve`` processes on 127.0.0.1, driven with httpx."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

HIGH_LIMIT = ["--rate-limit", "1000000", "--burst", "1000000"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_cli(*args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "relay_server", *args], check=True, capture_output=True, text=True, timeout=120
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


@dataclass
class Server:
    db: Path
    extra_args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    proc: subprocess.Popen[str] | None = None
    output: str = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        self.port = free_port()
        env = {**os.environ, **self.env}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "relay_server",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--db",
                str(self.db),
                *self.extra_args,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stdout.read() if self.proc.stdout else ''}")
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not become healthy")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc is not None and self.proc.stdout is not None:
            self.output += self.proc.stdout.read()
            self.proc.stdout.close()
        self.proc = None

    def credentials(self) -> dict[str, str]:
        creds: dict[str, str] = json.loads((self.db.parent / "relay-dev-credentials.json").read_text())
        return creds

    def client(self, key: str | None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)


@dataclass
class Env:
    server: Server
    admin_key: str
    workspace_id: str
    keys: dict[str, str]
    other_admin_key: str
    other_workspace_id: str

    def client(self, role: str = "admin") -> httpx.Client:
        return self.server.client(self.keys[role])


@pytest.fixture(scope="session")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    db = tmp_path_factory.mktemp("main") / "relay.db"
    server = Server(db, HIGH_LIMIT).start()
    try:
        creds = server.credentials()
        admin = creds["api_key"]
        ws = creds["workspace_id"]
        keys = {"admin": admin}
        with server.client(admin) as c:
            for role in ("developer", "viewer"):
                r = c.post("/v1/api-keys", json={"name": f"{role} key", "role": role})
                assert r.status_code == 201, r.text
                keys[role] = r.json()["secret"]
        other = run_cli("workspaces", "create", "--name", "Other", "--db", str(db), "--json")
        yield Env(server, admin, ws, keys, other["api_key"], other["workspace_id"])
    finally:
        server.stop()


def preview(c: httpx.Client, action_id: str, params: dict[str, Any]) -> dict[str, Any]:
    r = c.post(f"/v1/actions/{action_id}/preview", json={"params": params})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


EMAIL_PARAMS = {"to": ["ada@example.com"], "subject": "Lunch", "body": "Shall we meet at noon?"}


#: settings of the ``flows`` server: fast heartbeats, a paced chat stream, short-lived OAuth tokens
FLOWS_ENV = {
    "RELAY_CHAT_HEARTBEAT_SECONDS": "0.1",
    "RELAY_CHAT_STREAM_DELAY_SECONDS": "0.3",
    "RELAY_OAUTH_SIM_TOKEN_TTL_SECONDS": "3",
    "RELAY_OAUTH_REFRESH_MARGIN_SECONDS": "2",
    # a fixed key so the tests can decrypt the stored tokens and ask the simulated provider about them
    "RELAY_ENCRYPTION_KEY": "dGVzdC1vbmx5LWZlcm5ldC1rZXktMzItYnl0ZXMhISE=",
}


@pytest.fixture(scope="session")
def flows(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server configured for the chat SSE, OAuth and audit export proofs."""
    server = Server(tmp_path_factory.mktemp("flows") / "relay.db", HIGH_LIMIT, env=FLOWS_ENV).start()
    try:
        yield server
    finally:
        server.stop()
