"""Integration-test harness: real ``relay-server serve`` processes on 127.0.0.1, driven with httpx.

The engine: SQLite files by default; with ``RELAY_TEST_POSTGRES_URL`` (a PostgreSQL server, e.g. a
``relay_server.throwaway_postgres`` cluster, as ``nox -s tests-postgres`` starts) every test's database is
a fresh PostgreSQL database on it instead (``new_database``), and ``query`` reads either.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from relay_server.config import DatabaseUrl
from relay_server.db import Database, open_database
from relay_server.db.postgres import pg_sql
from relay_server.operations import served_spec
from relay_server.testing import ServerProcess, is_url, postgres_server_url
from relay_server.throwaway_postgres import drop_database, fresh_database

HIGH_LIMIT = ["--rate-limit", "1000000", "--burst", "1000000"]
#: the engine the servers of this run use
ENGINE = "postgresql" if postgres_server_url() else "sqlite"
_CREATED: list[str] = []


def new_database(directory: Path) -> Path | str:
    """A new database for a server: a SQLite file in ``directory``, or a fresh PostgreSQL database."""
    server = postgres_server_url()
    if server is None:
        return directory / "relay.db"
    url = fresh_database(server, "relay_test")
    _CREATED.append(url)
    return url


def pytest_sessionfinish(session: pytest.Session) -> None:
    for url in _CREATED:
        with contextlib.suppress(Exception):
            drop_database(url)


def query(db: Path | str, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """Rows of ``sql`` (SQLite's ``?`` parameters) read straight from a server's database, either engine."""
    if is_url(db):
        import psycopg
        from psycopg.rows import dict_row

        with psycopg.connect(str(db), autocommit=True, row_factory=dict_row) as conn:
            return list(conn.execute(pg_sql(sql), params).fetchall())
    with sqlite3.connect(db, timeout=30) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def insert_many(db: Path | str, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """Inserts ``rows`` with ``sql`` (SQLite's ``?`` parameters) straight into a server's database."""
    if is_url(db):
        import psycopg

        with psycopg.connect(str(db)) as pg, pg.cursor() as cur:
            cur.executemany(pg_sql(sql), rows)
        return
    with sqlite3.connect(db, timeout=30) as lite:
        lite.executemany(sql, rows)


async def open_test_database(db: Path | str) -> Database:
    """``db`` opened and migrated, in the running event loop (a PostgreSQL pool belongs to its loop)."""
    database = open_database(DatabaseUrl.parse(db))
    await database.open()
    await database.migrate()
    return database


def credentials_dir(db: Path | str, cwd: Path | None) -> Path:
    """Where a server writes the credentials of its bootstrap: beside a SQLite file, else ``.relay/``
    in its working directory."""
    return (cwd or Path.cwd()) / ".relay" if is_url(db) else Path(db).parent


#: the spec file of this checkout (the server itself only has its packaged copy)
SPEC_FILE = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


@functools.cache
def spec_document() -> dict[str, Any]:
    """The spec the server serves (package data), parsed."""
    doc: dict[str, Any] = yaml.safe_load(served_spec())
    return doc


def schema_validator(component: str) -> Draft202012Validator:
    """A validator of ``components/schemas/<component>`` of the served spec, $refs resolved in place."""
    resource = Resource.from_contents(spec_document(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:relay:openapi", resource)
    return Draft202012Validator(
        {"$ref": f"urn:relay:openapi#/components/schemas/{component}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def run_cli(*args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "relay_server", *args], check=True, capture_output=True, text=True, timeout=120
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


class Server(ServerProcess):
    """``relay-server serve`` on ``db`` (see ``relay_server.testing``), with the bootstrap credentials."""

    def __init__(
        self,
        db: Path | str,
        extra_args: list[str] | None = None,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
    ) -> None:
        """``cwd``: required with a PostgreSQL ``db`` (its log and credentials go there)."""
        if cwd is None and not is_url(db):
            cwd = Path(db).parent
        assert cwd is not None, "a server on PostgreSQL needs a working directory"
        super().__init__(db, tuple(extra_args or ()), dict(env or {}), cwd / "relay-server.log", cwd=cwd)

    @property
    def url(self) -> str:
        return self.base_url

    @property
    def output(self) -> str:
        """Everything the server printed, over all its starts."""
        return self.log()

    def credentials(self) -> dict[str, str]:
        creds: dict[str, str] = json.loads(
            (credentials_dir(self.db, self.cwd) / "relay-dev-credentials.json").read_text()
        )
        return creds

    def client(self, key: str | None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)


def wait_for(predicate: Any, what: str, timeout: float = 60) -> Any:
    """Polls ``predicate`` until it returns something truthy, and returns that."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


class Receiver:
    """A local HTTP target for webhook.post and webhook deliveries, recording every POST in ``hits``
    (monotonic time, status answered, lower-cased headers, body).

    It answers 500 to the first ``fail_first`` requests and ``status`` to the others (``failing`` forces 500;
    tests flip it). With ``hold``, every request is held open until :meth:`release` or :meth:`close` (an
    execution in flight, a receiver that hangs); once released, requests are answered at once.
    ``in_flight`` counts the requests being held right now, ``most_in_flight`` the most at once.
    """

    def __init__(
        self,
        status: int = 204,
        fail_first: int = 0,
        failing: bool = False,
        hold: bool = False,
        host: str = "127.0.0.1",
    ) -> None:
        self.status = status
        self.fail_first = fail_first
        self.failing = failing
        self.hits: list[tuple[float, int, dict[str, str], bytes]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.arrived = threading.Event()
        self._release = threading.Event()
        self._hold = hold
        self._lock = threading.Lock()
        outer = self

        class H(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with outer._lock:
                    fail = outer.failing or len(outer.hits) < outer.fail_first
                    status = 500 if fail else outer.status
                    outer.hits.append(
                        (time.monotonic(), status, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                outer.arrived.set()
                if outer._hold:
                    with outer._lock:
                        outer.in_flight += 1
                        outer.most_in_flight = max(outer.most_in_flight, outer.in_flight)
                    outer._release.wait(60)
                    with outer._lock:
                        outer.in_flight -= 1
                with contextlib.suppress(OSError):  # a sender that died meanwhile
                    self.send_response(status)
                    self.send_header("content-length", "0")
                    self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), H)
        self.httpd.daemon_threads = True
        self.url = f"http://{host}:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def requests(self) -> list[tuple[dict[str, str], bytes]]:
        return [(headers, body) for _, _, headers, body in self.hits]

    def release(self) -> None:
        """Answers the held requests, and every later one at once."""
        self._release.set()

    def close(self) -> None:
        self._release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


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
    directory = tmp_path_factory.mktemp("main")
    db = new_database(directory)
    server = Server(db, HIGH_LIMIT, cwd=directory).start()
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


def execute(c: httpx.Client, action_id: str, params: dict[str, Any]) -> dict[str, Any]:
    """Previews ``action_id`` with ``params`` and executes its confirm token: the execution (the execute
    must answer 200, whether the action succeeded or failed)."""
    p = preview(c, action_id, params)
    r = c.post(f"/v1/actions/{action_id}/execute", json={"confirm_token": p["confirm_token"]})
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
    directory = tmp_path_factory.mktemp("flows")
    server = Server(new_database(directory), HIGH_LIMIT, env=FLOWS_ENV, cwd=directory).start()
    try:
        yield server
    finally:
        server.stop()
