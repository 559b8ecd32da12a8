"""A throwaway PostgreSQL cluster for tests and benchmarks (public, like ``relay_server.testing``).

``throwaway_postgres()`` runs ``initdb`` in a temporary directory, starts ``postgres`` on a free
127.0.0.1 port (trust authentication, listening on that address only) and yields the server's URL
(``postgresql://postgres@127.0.0.1:PORT/postgres``); on exit it stops the cluster (``pg_ctl stop -m
immediate``) and deletes the directory. ``initdb`` and ``pg_ctl`` refuse to run as root: as root they run
as the ``postgres`` user (``runuser``), which Debian's ``postgresql`` package creates. The binaries are
found on ``PATH`` or under ``/usr/lib/postgresql/<version>/bin`` (Debian); ``RELAY_PG_BIN`` names their
directory otherwise. Install them with ``apt-get install postgresql`` (the nox sessions that need them do).

``python -m relay_server.throwaway_postgres`` starts one for another process: it prints the URL as one
line once the cluster accepts connections and stops it on SIGTERM or SIGINT.

``fresh_database(server_url)`` creates an empty database on a running server and returns its URL
(``drop_database`` removes it): what ``relay_server.testing`` does for each reference server it starts
when ``RELAY_TEST_POSTGRES_URL`` names a server.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

__all__ = ["drop_database", "find_pg_bin", "fresh_database", "main", "throwaway_postgres"]

#: settings of a throwaway cluster: durability off (a test's data dies with it), room for several servers
TEST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    "shared_buffers": "128MB",
}


def find_pg_bin() -> Path:
    """The directory of ``initdb`` and ``pg_ctl``; ``FileNotFoundError`` saying how to install them."""
    configured = os.environ.get("RELAY_PG_BIN")
    candidates = [Path(configured)] if configured else []
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "pg_ctl").is_file():
            return directory
    raise FileNotFoundError(
        "PostgreSQL's initdb and pg_ctl were not found (PATH, /usr/lib/postgresql/*/bin, RELAY_PG_BIN): "
        "install them with `apt-get install postgresql`"
    )


def _as_postgres(command: Sequence[str]) -> list[str]:
    """``command`` as the ``postgres`` user when this is root (initdb and pg_ctl refuse root)."""
    if os.geteuid() != 0:
        return list(command)
    return ["runuser", "-u", "postgres", "--", *command]


def _free_port() -> int:
    from relay_server.testing import free_port

    return free_port()


@contextlib.contextmanager
def throwaway_postgres(settings: dict[str, str] | None = None, trusted: Sequence[str] = ()) -> Iterator[str]:
    """A new PostgreSQL cluster on a free 127.0.0.1 port for the ``with`` block: yields its URL.
    ``settings``: more (or other) server settings, e.g. ``listen_addresses``; ``trusted``: networks
    (CIDR) whose clients may connect too (as on loopback: trust authentication)."""
    bindir = find_pg_bin()
    root = Path(tempfile.mkdtemp(prefix="relay-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = _free_port()
    options = {**TEST_SETTINGS, "listen_addresses": "127.0.0.1", **(settings or {})}
    flags = " ".join(f"-c {k}={v}" for k, v in options.items())
    flags += f" -p {port} -k {root}"
    log = root / "postgres.log"
    try:
        subprocess.run(  # noqa: S603 (the cluster's own binaries, fixed arguments)
            _as_postgres(
                [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8"]
            ),
            check=True,
            capture_output=True,
            timeout=120,
        )
        with (data / "pg_hba.conf").open("a") as hba:
            hba.writelines(f"host all all {network} trust\n" for network in trusted)
        subprocess.run(  # noqa: S603
            _as_postgres(
                [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", flags, "-w", "start"]
            ),
            check=True,
            capture_output=True,
            timeout=120,
        )
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(  # noqa: S603
                _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                capture_output=True,
                timeout=60,
                check=False,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def fresh_database(server_url: str, prefix: str = "relay") -> str:
    """A new, empty database on the server of ``server_url`` (a URL of any of its databases): its URL."""
    import psycopg

    name = f"{prefix}_{secrets.token_hex(6)}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return _with_database(server_url, name)


def drop_database(database_url: str) -> None:
    """Drops the database of ``database_url`` (its connections are ended first)."""
    import psycopg

    name = urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(_with_database(database_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m relay_server.throwaway_postgres``: a cluster for another process (see the module doc)."""
    del argv
    from relay_server.testing import serve_until_stopped

    return serve_until_stopped(throwaway_postgres(), str)


if __name__ == "__main__":
    raise SystemExit(main())
