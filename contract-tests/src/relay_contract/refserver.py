"""Start the reference server (``relay-server``) for a local contract run.

Only the server's public command line is used — ``serve``, ``workspaces create --json`` — never its
internals, so the suite stays a black-box client. Each instance binds 127.0.0.1 on a free port with a
fresh database in a temporary directory, and is stopped (and its directory removed) on exit.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx


@dataclass
class Deployment:
    """Where and as whom the suite talks to Relay."""

    base_url: str
    api_key: str
    second_api_key: str | None = None
    #: a deployment (possibly the same one) whose rate limit the 429 test may exhaust
    limited_base_url: str | None = None
    limited_api_key: str | None = None
    #: the confirm-token signing secret, known only for a server we started (enables the expiry case)
    confirm_secret: str | None = None
    notes: list[str] = field(default_factory=list)


def relay_server_command() -> list[str]:
    exe = shutil.which("relay-server")
    if exe:
        return [exe]
    return [sys.executable, "-m", "relay_server"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class ReferenceServer:
    def __init__(self, *, rate_limit: int, burst: int, name: str) -> None:
        self.rate_limit = rate_limit
        self.burst = burst
        self.name = name
        self.secret = secrets.token_hex(32)
        self.dir = Path(tempfile.mkdtemp(prefix=f"relay-contract-{name}-"))
        self.db = self.dir / "relay.db"
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = self.dir / "server.log"

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["RELAY_SECRET"] = self.secret
        env.pop("RELAY_DATABASE_URL", None)
        return env

    def cli(self, *args: str) -> dict[str, str]:
        out = subprocess.run(
            [*relay_server_command(), *args, "--db", str(self.db), "--json"],
            check=True,
            capture_output=True,
            text=True,
            env=self._env(),
            cwd=self.dir,
            timeout=60,
        )
        data: dict[str, str] = json.loads(out.stdout)
        return data

    def create_workspace(self, name: str) -> dict[str, str]:
        return self.cli("workspaces", "create", "--name", name)

    def start(self) -> None:
        cmd = [
            *relay_server_command(),
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--db",
            str(self.db),
            "--rate-limit",
            str(self.rate_limit),
            "--burst",
            str(self.burst),
        ]
        log = self.log.open("wb")
        self.proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, env=self._env(), cwd=self.dir, start_new_session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"relay-server exited early:\n{self.log.read_text(errors='replace')}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.base_url + "/ready", timeout=2).status_code == 200:
                    return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"relay-server did not become ready:\n{self.log.read_text(errors='replace')}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self.proc = None
        shutil.rmtree(self.dir, ignore_errors=True)


@contextlib.contextmanager
def reference_deployment() -> Iterator[Deployment]:
    """Two servers: the main one with a large rate limit (two workspaces), and a small-limit one for 429."""
    main = ReferenceServer(rate_limit=1_000_000, burst=100_000, name="main")
    limited = ReferenceServer(rate_limit=60, burst=5, name="limited")
    try:
        # Workspaces are created through the CLI before serving: the database is then fresh and ours.
        first = main.create_workspace("Contract A")
        second = main.create_workspace("Contract B")
        third = limited.create_workspace("Contract rate-limited")
        main.start()
        limited.start()
        yield Deployment(
            base_url=main.base_url,
            api_key=first["api_key"],
            second_api_key=second["api_key"],
            limited_base_url=limited.base_url,
            limited_api_key=third["api_key"],
            confirm_secret=main.secret,
            notes=[f"reference server {main.base_url} (db {main.db})", f"rate-limited {limited.base_url}"],
        )
    finally:
        main.stop()
        limited.stop()
