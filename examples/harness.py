"""Start and drive the examples against a reference server — shared by ``demo.py`` and ``tests/``.

Standard library, plus the suite's one reference-server launcher (``relay_server.testing``, public, in
the relay-server package the examples run against). Every process binds 127.0.0.1 on a free port and is
stopped by its owner.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from relay_server.testing import free_port, running_server

EXAMPLES = Path(__file__).resolve().parent
ROOT = EXAMPLES.parent
BACKEND = EXAMPLES / "fastapi-backend"
FRONTEND = EXAMPLES / "react-frontend"
QUICKSTART = EXAMPLES / "node-quickstart"
CHAT_CLI = EXAMPLES / "chat-cli" / "relay_chat.py"
MCP_AGENT = EXAMPLES / "mcp-agent" / "relay_agent.py"
SCREENSHOT = ROOT / "build" / "screenshots" / "react-frontend.png"
NEWMAN = ROOT / "postman" / "node_modules" / ".bin" / "newman"
START_TIMEOUT = 60.0  # seconds a service may take to answer its health check


def get_json(url: str, timeout: float = 5.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (http://127.0.0.1)
        return json.loads(response.read())


@dataclass
class Service:
    name: str
    url: str
    proc: subprocess.Popen[bytes]
    log_path: Path
    info: dict[str, Any] = field(default_factory=dict)
    _log: IO[bytes] | None = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.is_file() else ""

    def wait_ready(self, health_path: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.proc.returncode}):\n{self.log()}")
            try:
                get_json(self.url + health_path, timeout=1)
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(
            f"{self.name} did not answer on {self.url} within {START_TIMEOUT:.0f} s:\n{self.log()}"
        )

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self._log is not None:
            self._log.close()


def _spawn(
    name: str, cmd: list[str], cwd: Path, log_dir: Path, env: Mapping[str, str] | None = None
) -> Service:
    log_path = log_dir / f"{name}.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
    )
    return Service(name=name, url="", proc=proc, log_path=log_path, _log=log)


@contextlib.contextmanager
def relay_server(workdir: Path) -> Iterator[Service]:
    """``relay-server serve`` on its embedded default: SQLite in ``<workdir>/.relay/relay.db``. Its first
    start creates a workspace and an admin key, written to ``.relay/relay-dev-credentials.json``."""
    # A generous rate limit: the demo and the tests share one workspace and run several clients at once.
    with running_server(workspaces=(), rate_limit=6000, burst=1000, directory=workdir / ".relay") as server:
        proc = server.process.proc
        if proc is None:
            raise RuntimeError(f"relay-server is not running:\n{server.log()}")
        info: dict[str, Any] = {k: server.workspaces[0][k] for k in ("api_key", "workspace_id")}
        info["credentials_file"] = str(server.db_path.parent / "relay-dev-credentials.json")
        log_path = workdir / ".relay" / "relay-server.log"
        yield Service(name="relay-server", url=server.base_url, proc=proc, log_path=log_path, info=info)


@contextlib.contextmanager
def fastapi_backend(relay_url: str, api_key: str, log_dir: Path) -> Iterator[Service]:
    """The example backend, serving the built frontend (react-frontend/dist) and the proxy."""
    port = free_port()
    cmd = [sys.executable, str(BACKEND / "relay_backend.py"), "--port", str(port)]
    if (FRONTEND / "dist" / "index.html").is_file():
        cmd += ["--static", str(FRONTEND / "dist")]
    env = {"RELAY_BASE_URL": relay_url, "RELAY_API_KEY": api_key}
    service = _spawn("fastapi-backend", cmd, BACKEND, log_dir, env)
    service.url = f"http://127.0.0.1:{port}"
    try:
        service.wait_ready("/api/health")
        service.info = get_json(service.url + "/api/health")
        yield service
    finally:
        service.stop()


def relay_env(server: Service) -> dict[str, str]:
    return {**os.environ, "RELAY_BASE_URL": server.url, "RELAY_API_KEY": str(server.info["api_key"])}


def run(
    cmd: list[str], *, cwd: Path, env: Mapping[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, cwd=cwd, env=dict(env), input=stdin if stdin is not None else "", capture_output=True, text=True,
        timeout=180, check=False,
    )  # fmt: skip


def chat_cli(
    server: Service, message: str, *, yes: bool, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(CHAT_CLI), message, *(["--yes"] if yes else [])]
    return run(cmd, cwd=CHAT_CLI.parent, env=relay_env(server), stdin=stdin)


def mcp_agent(server: Service, *, yes: bool, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The terminal MCP host driving relay-mcp (installed from its wheel) over stdio."""
    cmd = [sys.executable, str(MCP_AGENT), *(["--yes"] if yes else [])]
    return run(cmd, cwd=MCP_AGENT.parent, env=relay_env(server), stdin=stdin)


def node_quickstart(server: Service) -> subprocess.CompletedProcess[str]:
    built = run(["npx", "--no-install", "tsc", "-p", "tsconfig.json"], cwd=QUICKSTART, env=os.environ)
    if built.returncode != 0:
        return built
    return run(["node", "dist/quickstart.js"], cwd=QUICKSTART, env=relay_env(server))


def frontend_e2e(
    backend: Service, screenshot: Path = SCREENSHOT
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """Drive the built frontend in headless Chromium; returns the process and its JSON findings."""
    done = run(["node", "tests/e2e.mjs", backend.url, str(screenshot)], cwd=FRONTEND, env=os.environ)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    return done, (json.loads(lines[-1]) if lines else {})


def newman(server: Service, report: Path) -> subprocess.CompletedProcess[str]:
    postman = ROOT / "postman"
    cmd = [
        str(NEWMAN), "run", str(postman / "relay.postman_collection.json"),
        "--environment", str(postman / "relay.postman_environment.json"),
        "--env-var", f"baseUrl={server.url}", "--env-var", f"apiKey={server.info['api_key']}",
        "--reporters", "cli,junit", "--reporter-junit-export", str(report), "--color", "off",
    ]  # fmt: skip
    return run(cmd, cwd=postman, env=os.environ)
