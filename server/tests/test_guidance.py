"""Errors that say what to do (issue #19): a port in use, a rejected key in dev mode, an over-long key."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

from conftest import Env, Server, credentials_dir, new_database

from relay_server.config import CREDENTIALS_FILE


def test_serve_on_a_port_in_use_binds_first_and_says_so_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        db = tmp_path / "relay.db"
        done = subprocess.run(
            [sys.executable, "-m", "relay_server", "serve", "--port", str(port), "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 1
    assert done.stdout == ""  # no banner, no key
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"port {port}" in lines[0] and "--port" in lines[0]
    # nothing was created: no database, no workspace, no credentials file
    assert not db.exists()
    assert not (tmp_path / CREDENTIALS_FILE).exists()


def test_a_401_in_dev_mode_says_where_keys_come_from(env: Env) -> None:
    with env.server.client("relay_sk_not_a_real_key") as c:
        problem = c.get("/v1/workspace").json()
    assert problem["code"] == "unauthenticated"
    assert problem["detail"].startswith("The API key is invalid, revoked or expired.")
    credentials = credentials_dir(env.server.db, env.server.cwd).resolve() / CREDENTIALS_FILE
    assert str(credentials) in problem["detail"]
    assert "relay-server keys create" in problem["detail"]
    assert env.admin_key not in problem["detail"]
    with env.server.client(None) as c:  # no key at all: the same hint
        assert CREDENTIALS_FILE in c.get("/v1/workspace").json()["detail"]


def test_a_401_outside_dev_mode_says_nothing_about_the_sandbox(tmp_path: Path) -> None:
    server = Server(new_database(tmp_path), ["--no-dev-mode"], cwd=tmp_path).start()
    try:
        with server.client("relay_sk_not_a_real_key") as c:
            problem = c.get("/v1/workspace").json()
    finally:
        server.stop()
    assert problem["detail"] == "The API key is invalid, revoked or expired."


def test_an_over_long_idempotency_key_is_refused_with_the_limit_first(env: Env) -> None:
    with env.client() as c:
        r = c.post(
            "/v1/webhook-endpoints",
            json={"url": "https://example.com/x", "events": ["execution.failed"]},
            headers={"Idempotency-Key": "k" * 300},
        )
    assert r.status_code == 422
    (error,) = r.json()["errors"]
    assert error["pointer"] == "/headers/idempotency-key"
    assert error["message"] == "must be at most 255 characters long (this one has 300)"


def test_an_unsupported_database_url_is_a_clear_error(tmp_path: Path) -> None:
    """``--db mysql://…`` used to create a SQLite file under a directory named ``mysql:``."""
    out = subprocess.run(
        [sys.executable, "-m", "relay_server", "serve", "--port", "0", "--db", "mysql://db.example/relay"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )
    assert out.returncode != 0
    assert "unsupported database URL scheme 'mysql:'" in out.stderr and "postgresql://" in out.stderr
    assert list(tmp_path.iterdir()) == []
