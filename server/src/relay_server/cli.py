"""``relay-server``: serve the API and manage workspaces and keys."""

from __future__ import annotations

import argparse
import asyncio
import errno
import json
import os
import socket
import sys
from pathlib import Path

from relay_server.config import DatabaseUrl, Settings, credentials_path, resolve_database
from relay_server.db import Database, open_database
from relay_server.keys import ROLES, KeyStore
from relay_server.stores import workspaces


async def _open_db(database: DatabaseUrl) -> Database:
    db = open_database(database)
    await db.open()
    await db.migrate()
    return db


def _database(value: str | None) -> DatabaseUrl:
    """``--db`` / ``RELAY_DATABASE_URL``; an unsupported URL ends the command with a clear message."""
    try:
        return resolve_database(value)
    except ValueError as exc:
        raise SystemExit(f"relay-server: {exc}") from None


def write_credentials(database: DatabaseUrl, payload: dict[str, str]) -> Path:
    target = credentials_path(database)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(payload, fh, indent=2)
        fh.write("\n")
    os.chmod(target, 0o600)
    return target


async def bootstrap(db: Database, base_url: str) -> dict[str, str] | None:
    """On an empty database: a workspace and an admin key, written to the dev-credentials file. Under a
    lock, so that of several processes or hosts starting at once on a new database exactly one does it."""
    async with db.transaction():
        await db.lock_transaction("bootstrap")
        if await workspaces.any_exists(db):
            return None
        ws_id, _ = await workspaces.create(db, "Default workspace")
        keys = KeyStore(db)
        try:
            key_id, secret, _ = await keys.create(ws_id, "admin", name="Bootstrap admin key")
        finally:
            keys.close()
    creds = {"workspace_id": ws_id, "key_id": key_id, "api_key": secret, "base_url": base_url}
    creds["credentials_file"] = str(write_credentials(db.url, creds))
    return creds


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything else happens (uvicorn's own options: SO_REUSEADDR,
    IPv6 for an IPv6 host); OSError when the address is taken or not ours."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from relay_server.app import AsgiFactory
    from relay_server.http11 import ProblemH11Protocol

    # Bind first: a server that cannot listen must not create a workspace or print a key (that key
    # would be useless against whatever already answers on this port).
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            reason = f"port {args.port} on {args.host} is already in use"
        else:
            reason = f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc})"
        print(f"relay-server: {reason}; stop what is using it or choose another with --port", file=sys.stderr)
        return 1
    port = int(sock.getsockname()[1])
    database = _database(args.db)
    settings = Settings.from_env(database, rate_limit_per_minute=args.rate_limit, burst=args.burst)
    try:
        settings.check()
    except ValueError as exc:
        print(f"relay-server: {exc}", file=sys.stderr)
        return 2
    if args.no_dev_mode:
        settings.dev_mode = False
    if args.smtp_host:
        settings.smtp_host = args.smtp_host
    if args.smtp_port is not None:
        settings.smtp_port = args.smtp_port
    base_url = f"http://{args.host}:{port}"
    try:
        creds = asyncio.run(_prepare(database, base_url))
    except ImportError as exc:  # psycopg is an extra
        print(f"relay-server: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    if creds is not None:
        print(f"Created workspace {creds['workspace_id']} with an admin API key (shown once):", file=out)
        print(f"  {creds['api_key']}", file=out)
        print(f"Saved to {creds['credentials_file']} (mode 0600).", file=out)
    if settings.dev_mode:
        print(
            "Dev mode is ON: webhook.post may reach loopback and private addresses, and the simulated OAuth "
            "provider is served under /oauth/sim. Pass --no-dev-mode in production.",
            file=out,
        )
    workers = f", {args.workers} worker processes" if args.workers > 1 else ""
    print(
        f"Relay reference server on {base_url} (database {database}, "
        f"{settings.rate_limit_per_minute} requests/min, burst {settings.burst}{workers})",
        file=out,
        flush=True,
    )
    config = uvicorn.Config(
        AsgiFactory(settings),
        factory=True,
        host=args.host,
        port=port,
        workers=args.workers,
        log_level=args.log_level,
        access_log=False,
        timeout_graceful_shutdown=5,
        forwarded_allow_ips=settings.forwarded_allow_ips,
        # uvicorn's h11 protocol, answering even unparseable requests with problem+json (see http11.py)
        http=ProblemH11Protocol,
    )
    if args.workers == 1:
        server = uvicorn.Server(config)
        server.run(sockets=[sock])
        return 0 if server.started else 1
    # Each worker is a process of its own on the same database, sharing the listening socket. Nothing a
    # guarantee rests on lives in a process's memory (idempotency keys, confirm tokens, revocations, rate
    # limits, delivery claims are all in the database), so N workers behave as one server.
    from uvicorn.supervisors import Multiprocess

    Multiprocess(config, sockets=[sock]).run()
    return 0


async def _prepare(database: DatabaseUrl, base_url: str) -> dict[str, str] | None:
    """Migrates the database and bootstraps it when empty (before the worker processes start)."""
    db = await _open_db(database)
    try:
        return await bootstrap(db, base_url)
    finally:
        await db.close()


async def _create_workspace(database: DatabaseUrl, name: str) -> tuple[str, str, str]:
    db = await _open_db(database)
    keys = KeyStore(db)
    try:
        ws_id, _ = await workspaces.create(db, name)
        key_id, secret, _ = await keys.create(ws_id, "admin", name="Admin key")
    finally:
        keys.close()
        await db.close()
    return ws_id, key_id, secret


def cmd_workspaces_create(args: argparse.Namespace) -> int:
    ws_id, key_id, secret = asyncio.run(_create_workspace(_database(args.db), args.name))
    if args.json:
        print(json.dumps({"workspace_id": ws_id, "key_id": key_id, "api_key": secret}))
    else:
        print(f"workspace {ws_id}\nadmin key {key_id}: {secret}")
    return 0


async def _create_key(database: DatabaseUrl, workspace: str, role: str, name: str) -> tuple[str, str] | None:
    db = await _open_db(database)
    keys = KeyStore(db)
    try:
        if await workspaces.get(db, workspace) is None:
            return None
        key_id, secret, _ = await keys.create(workspace, role, name=name)
    finally:
        keys.close()
        await db.close()
    return key_id, secret


def cmd_keys_create(args: argparse.Namespace) -> int:
    created = asyncio.run(
        _create_key(_database(args.db), args.workspace, args.role, args.name or f"{args.role} key")
    )
    if created is None:
        print(f"error: no workspace {args.workspace}", file=sys.stderr)
        return 2
    key_id, secret = created
    if args.json:
        print(json.dumps({"key_id": key_id, "api_key": secret}))
    else:
        print(f"key {key_id} ({args.role}): {secret}")
    return 0


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a positive integer, not {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError("must be a positive integer")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relay-server", description="Relay reference server")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="serve the Relay API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument(
        "--db",
        metavar="URL",
        help="postgresql://USER@HOST:PORT/DATABASE, or a SQLite file (a path or sqlite:///PATH); "
        "default: RELAY_DATABASE_URL, else ./.relay/relay.db",
    )
    serve.add_argument("--rate-limit", type=_positive, default=600, metavar="PER_MINUTE")
    serve.add_argument("--burst", type=_positive, default=100, metavar="N")
    serve.add_argument("--no-dev-mode", action="store_true", help="refuse loopback/private webhook targets")
    serve.add_argument("--smtp-host", help="SMTP server for email.send (default: RELAY_SMTP_HOST, else none)")
    serve.add_argument("--smtp-port", type=int, help="its port (default: RELAY_SMTP_PORT, else 25)")
    serve.add_argument(
        "--workers",
        type=_positive,
        default=1,
        metavar="N",
        help="serve with N processes on the same database (every guarantee holds across them)",
    )
    serve.add_argument("--log-level", default="warning")
    serve.set_defaults(func=cmd_serve)

    ws = sub.add_parser("workspaces", help="manage workspaces").add_subparsers(dest="sub", required=True)
    wsc = ws.add_parser("create", help="create a workspace and an admin key")
    wsc.add_argument("--name", required=True)
    wsc.add_argument("--db", metavar="URL", help="as for serve")
    wsc.add_argument("--json", action="store_true")
    wsc.set_defaults(func=cmd_workspaces_create)

    keys = sub.add_parser("keys", help="manage API keys").add_subparsers(dest="sub", required=True)
    kc = keys.add_parser("create", help="create an API key")
    kc.add_argument("--workspace", required=True)
    kc.add_argument("--role", required=True, choices=ROLES)
    kc.add_argument("--name")
    kc.add_argument("--db", metavar="URL", help="as for serve")
    kc.add_argument("--json", action="store_true")
    kc.set_defaults(func=cmd_keys_create)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    rc: int = args.func(args)
    return rc
