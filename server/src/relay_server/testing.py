"""The suite's one reference-server launcher, for tests, docs samples, examples and benchmarks (public).

``running_server()`` runs the real command, ``python -m relay_server serve``, in its own process on a
free 127.0.0.1 port with a fresh SQLite database, creates the workspaces asked for (an admin key each,
through ``workspaces create --json``), waits until ``/ready`` answers 200 and stops the process on exit::

    from relay_server.testing import running_server

    with running_server(workspaces=["main", "other"]) as server:
        client = Relay(api_key=server.api_key, base_url=server.base_url)

With ``workspaces=()`` the server starts on an empty database and creates its own first workspace and
admin key, as ``relay-server serve`` does for a new user. ``ServerProcess`` is the restartable piece
underneath (``RunningServer.restart()``), for tests that stop and start a server on the same database.
Only the command line is used, so what is tested is what ``relay-server`` users run.

On PostgreSQL: with ``RELAY_TEST_POSTGRES_URL`` naming a PostgreSQL server (e.g. a
``relay_server.throwaway_postgres`` cluster), each ``running_server()`` gets a fresh database of its own on
it (dropped on exit) instead of a SQLite file; ``database=`` chooses one explicitly. The server then runs
in ``directory`` (its ``.relay/`` holds the credentials file of a bootstrap).

From another interpreter (a nox session's venv), ``python -m relay_server.testing --workspace NAME …``
starts one, prints ``{"base_url", "api_key", "workspaces", "db_path"}`` as one JSON line once it
answers, and stops it on SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Self, TypeVar

__all__ = ["RunningServer", "ServerProcess", "create_workspace", "free_port", "main", "running_server"]

from relay_server.config import CREDENTIALS_FILE  # what `serve` writes beside a database it bootstraps

T = TypeVar("T")

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


def create_workspace(db: Path | str, name: str, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """``relay-server workspaces create --json``: ``workspace_id``, ``key_id`` and ``api_key`` (admin)."""
    return _cli("workspaces", "create", "--name", name, "--db", str(db), "--json", env=env)


def postgres_server_url() -> str | None:
    """``RELAY_TEST_POSTGRES_URL``: the PostgreSQL server the launcher puts its databases on, if any."""
    return os.environ.get("RELAY_TEST_POSTGRES_URL") or None


def is_url(db: Path | str) -> bool:
    return isinstance(db, str) and "://" in db


def encryption_key_for_tests(database_url: str) -> str:
    """A Fernet key derived from a database's URL: every test server on one PostgreSQL database shares it
    (PostgreSQL needs ``RELAY_ENCRYPTION_KEY``). For throwaway test databases only."""
    return base64.urlsafe_b64encode(
        hashlib.sha256(b"relay test key\n" + database_url.encode()).digest()
    ).decode()


@dataclass
class ServerProcess:
    """``relay-server serve`` on ``db`` (a SQLite path or a database URL), restartable (each start takes a
    new free port). ``host``: the address it listens on; ``prefix``: a command it runs under (``ip netns
    exec NAME``: another network namespace, as another host); ``cwd``: its working directory."""

    db: Path | str
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    log_path: Path | None = None
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    host: str = "127.0.0.1"
    prefix: Sequence[str] = ()
    cwd: Path | None = None
    _log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def log(self) -> str:
        path = self._log_file()
        return path.read_text(errors="replace") if path.is_file() else ""

    def _log_file(self) -> Path:
        if self.log_path is not None:
            return self.log_path
        if is_url(self.db):
            return (self.cwd or Path.cwd()) / "relay-server.log"
        return Path(self.db).parent / "relay-server.log"

    def start(self) -> Self:
        self.port = free_port()
        self._log = self._log_file().open("ab")
        command = [*self.prefix, sys.executable, "-m", "relay_server", "serve", "--host", self.host]
        command += ["--port", str(self.port), "--db", str(self.db), *self.args]
        environment = {**os.environ, **self.env}
        if is_url(self.db) and not environment.get("RELAY_ENCRYPTION_KEY"):
            environment["RELAY_ENCRYPTION_KEY"] = encryption_key_for_tests(str(self.db))
        self.proc = subprocess.Popen(  # noqa: S603 (this interpreter running relay_server)
            command,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=environment,
            cwd=self.cwd,
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
    #: per workspace, in order: ``workspace_id``, ``key_id``, ``api_key`` (an admin key)
    workspaces: list[dict[str, str]]
    #: the SQLite file (on PostgreSQL: where it would be, beside the server's files)
    db_path: Path
    process: ServerProcess
    #: what ``--db`` says: the SQLite path, or the PostgreSQL database's URL
    database: str = ""

    @property
    def base_url(self) -> str:
        return self.process.base_url

    @property
    def api_key(self) -> str:
        """The admin key of the first workspace."""
        return self.workspaces[0]["api_key"]

    def log(self) -> str:
        return self.process.log()

    def restart(self) -> None:
        """Stops the server and starts it again on the same database (on a new port: see ``base_url``)."""
        self.process.stop()
        self.process.start()


@contextlib.contextmanager
def running_server(
    *,
    workspaces: Sequence[str] = ("default",),
    rate_limit: int | None = None,
    burst: int | None = None,
    args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    directory: Path | None = None,
    database: str | None = None,
) -> Iterator[RunningServer]:
    """Start a reference server with a fresh database; stop it (and remove a temporary directory) on exit.

    ``workspaces``: their names (an admin key each); empty: the server bootstraps its own (read from the
    credentials file it writes). ``rate_limit`` (requests per minute) and ``burst`` default to the server's
    own defaults; ``args`` are more ``serve`` options and ``env`` more environment variables. Files go to
    ``directory`` when given (kept afterwards, e.g. pytest's ``tmp_path``), else to a temporary one.
    ``database``: a database URL to serve instead of a fresh one (a fresh SQLite file, or a fresh
    PostgreSQL database when ``RELAY_TEST_POSTGRES_URL`` is set).
    """
    own_dir = directory is None
    root = Path(tempfile.mkdtemp(prefix="relay-server-")) if directory is None else directory
    own_db: str | None = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        root = root.resolve()  # the server runs in it: paths handed to it must not be relative
        sqlite_file = root / "relay.db"
        if database is None and postgres_server_url() is not None:
            from relay_server.throwaway_postgres import fresh_database

            database = own_db = fresh_database(postgres_server_url() or "")
        db: Path | str = database or sqlite_file
        environment = dict(env or {})
        created = [create_workspace(db, name, environment) for name in workspaces]
        flags = list(args)
        if rate_limit is not None:
            flags += ["--rate-limit", str(rate_limit)]
        if burst is not None:
            flags += ["--burst", str(burst)]
        process = ServerProcess(db, flags, environment, root / "relay-server.log", cwd=root).start()
        try:
            if not created:
                creds_dir = root / ".relay" if is_url(db) else root
                creds = json.loads((creds_dir / CREDENTIALS_FILE).read_text())
                created = [{k: creds[k] for k in ("workspace_id", "key_id", "api_key")}]
            yield RunningServer(created, sqlite_file, process, str(db))
        finally:
            process.stop()
    finally:
        if own_db is not None:
            from relay_server.throwaway_postgres import drop_database

            with contextlib.suppress(Exception):
                drop_database(own_db)
        if own_dir:
            shutil.rmtree(root, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m relay_server.testing``: a running server for another interpreter (see the module doc)."""
    parser = argparse.ArgumentParser(prog="python -m relay_server.testing", description=main.__doc__)
    parser.add_argument("--workspace", action="append", default=[], help="a workspace to create (repeatable)")
    parser.add_argument("--rate-limit", type=int)
    parser.add_argument("--burst", type=int)
    parser.add_argument("--directory", type=Path, help="keep the database and log here")
    parser.add_argument("serve_args", nargs="*", help="more `relay-server serve` options (after --)")
    args = parser.parse_args(argv)
    server = running_server(
        workspaces=args.workspace,
        rate_limit=args.rate_limit,
        burst=args.burst,
        args=args.serve_args,
        directory=args.directory,
    )
    return serve_until_stopped(
        server,
        lambda s: json.dumps(
            {
                "base_url": s.base_url,
                "api_key": s.api_key,
                "workspaces": s.workspaces,
                "db_path": str(s.db_path),
                "database": s.database,
            }
        ),
    )


def serve_until_stopped(context: contextlib.AbstractContextManager[T], describe: Callable[[T], str]) -> int:
    """Enters ``context``, prints ``describe(value)`` as one line and waits for SIGTERM or SIGINT, which
    unwind the context (a clean stop): the ``python -m`` entry points of this module and
    ``throwaway_postgres``."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        with context as value:
            print(describe(value), flush=True)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
