"""A throwaway reference server for tests, docs samples and benchmarks (public and stable).

``running_server()`` runs the real command, ``python -m relay_server serve``, in its own process on a
free 127.0.0.1 port with a fresh SQLite database, creates the workspaces asked for (an admin key each,
through ``workspaces create --json``), waits until ``/ready`` answers 200 and stops the process on exit::

    from relay_server.testing import running_server

    with running_server(workspaces=["main", "other"]) as server:
        client = Relay(api_key=server.api_key, base_url=server.base_url)

``ServerProcess`` is the restartable piece underneath, for tests that stop and start a server on the same
database. Only the command line is used, so what is tested is what ``relay-server`` users run.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Self

__all__ = ["RunningServer", "ServerProcess", "create_workspace", "free_port", "running_server"]

START_TIMEOUT = 90.0  # seconds; a loaded CI machine can be slow to import and migrate


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cli(*args: str, env: Mapping[str, str] | None = None) -> dict[str, str]:
    out = subprocess.run(  # noqa: S603 (this interpreter running relay_server, fixed arguments)
        [sys.executable, "-m", "relay_server", *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
        env=None if env is None else {**os.environ, **env},
    )
    data: dict[str, str] = json.loads(out.stdout)
    return data


def create_workspace(db: Path, name: str, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """``relay-server workspaces create --json``: ``workspace_id``, ``key_id`` and ``api_key`` (admin)."""
    return _cli("workspaces", "create", "--name", name, "--db", str(db), "--json", env=env)


@dataclass
class ServerProcess:
    """``relay-server serve`` on ``db``, restartable (each start takes a new free port)."""

    db: Path
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    log_path: Path | None = None
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        path = self._log_file()
        return path.read_text(errors="replace") if path.is_file() else ""

    def _log_file(self) -> Path:
        return self.log_path or self.db.parent / "relay-server.log"

    def start(self) -> Self:
        self.port = free_port()
        self._log = self._log_file().open("ab")
        command = [sys.executable, "-m", "relay_server", "serve", "--host", "127.0.0.1"]
        command += ["--port", str(self.port), "--db", str(self.db), *self.args]
        self.proc = subprocess.Popen(  # noqa: S603 (this interpreter running relay_server)
            command,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **self.env},
        )
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.stop()
                raise RuntimeError(f"relay-server exited with status {code}:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.base_url + "/ready", timeout=1) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except OSError:  # refused while starting (HTTPError is an OSError too)
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"relay-server did not answer on {self.base_url}:\n{self.log()}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None


@dataclass(frozen=True)
class RunningServer:
    base_url: str
    #: per workspace created, in order: ``workspace_id``, ``key_id``, ``api_key`` (an admin key)
    workspaces: list[dict[str, str]]
    db_path: Path
    process: ServerProcess

    @property
    def api_key(self) -> str:
        """The admin key of the first workspace."""
        return self.workspaces[0]["api_key"]

    def log(self) -> str:
        return self.process.log()


@contextlib.contextmanager
def running_server(
    *,
    workspaces: Sequence[str] = ("default",),
    rate_limit: int | None = None,
    burst: int | None = None,
    args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    directory: Path | None = None,
) -> Iterator[RunningServer]:
    """Start a reference server with a fresh database; stop it (and remove a temporary directory) on exit.

    ``rate_limit`` (requests per minute) and ``burst`` default to the server's own defaults. Files go to
    ``directory`` when given (kept afterwards, e.g. pytest's ``tmp_path``), else to a temporary one.
    """
    own_dir = directory is None
    root = Path(tempfile.mkdtemp(prefix="relay-server-")) if directory is None else directory
    try:
        db = root / "relay.db"
        environment = dict(env or {})
        created = [create_workspace(db, name, environment) for name in workspaces]
        flags = list(args)
        if rate_limit is not None:
            flags += ["--rate-limit", str(rate_limit)]
        if burst is not None:
            flags += ["--burst", str(burst)]
        process = ServerProcess(db, flags, environment, root / "relay-server.log").start()
        try:
            yield RunningServer(process.base_url, created, db, process)
        finally:
            process.stop()
    finally:
        if own_dir:
            shutil.rmtree(root, ignore_errors=True)
