"""Where the suite runs: a :class:`Deployment`, and the reference server for a local contract run.

The suite stays a black-box client: against ``--base-url`` nothing of the server is needed. Only when it
starts the reference server itself does it use the server's public launcher,
``relay_server.testing.running_server`` (the real ``relay-server serve`` and ``workspaces create`` on
a free 127.0.0.1 port with a fresh database, stopped and removed on exit) — imported then, so the
server package is needed then only.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path


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
    #: a deployment with dev mode off, as in production (possibly the same one): the SSRF cases
    production_base_url: str | None = None
    production_api_key: str | None = None
    #: the main server's database (a SQLite file, or a PostgreSQL URL when the launcher ran it there),
    #: known only for a server we started: the secrets-at-rest scan
    database_path: Path | str | None = None
    notes: list[str] = field(default_factory=list)


@contextlib.contextmanager
def reference_server(
    *,
    workspaces: list[str],
    rate_limit: int,
    burst: int,
    secret: str | None = None,
    args: Sequence[str] = (),
) -> Iterator[tuple[str, list[dict[str, str]], Path | str]]:
    """One reference server: its base URL, its workspaces (``workspace_id``, ``api_key``: admin) and its
    database (a SQLite file; a PostgreSQL URL when ``RELAY_TEST_POSTGRES_URL`` puts the launcher's
    servers on PostgreSQL)."""
    # imported here: the suite needs the server package only when it starts the server itself
    from relay_server.testing import running_server  # noqa: PLC0415

    env = {"RELAY_SECRET": secret} if secret else None
    with running_server(
        workspaces=workspaces, rate_limit=rate_limit, burst=burst, env=env, args=args
    ) as server:
        yield server.base_url, server.workspaces, server.database or server.db_path


@contextlib.contextmanager
def reference_deployment() -> Iterator[Deployment]:
    """Three servers: the main one with a large rate limit (two workspaces, dev mode as a developer runs
    it), a small-limit one for 429, and one with dev mode off (``--no-dev-mode``) for the SSRF cases."""
    secret = secrets.token_hex(32)
    main = reference_server(
        workspaces=["Contract A", "Contract B"], rate_limit=1_000_000, burst=100_000, secret=secret
    )
    limited = reference_server(workspaces=["Contract rate-limited"], rate_limit=60, burst=5)
    production = reference_server(
        workspaces=["Contract production"], rate_limit=1_000_000, burst=100_000, args=["--no-dev-mode"]
    )
    with (
        main as (main_url, (first, second), database),
        limited as (limited_url, (third,), _),
        production as (production_url, (fourth,), _),
    ):
        yield Deployment(
            base_url=main_url,
            api_key=first["api_key"],
            second_api_key=second["api_key"],
            limited_base_url=limited_url,
            limited_api_key=third["api_key"],
            confirm_secret=secret,
            production_base_url=production_url,
            production_api_key=fourth["api_key"],
            database_path=database,
            notes=[
                f"reference server {main_url}",
                f"rate-limited {limited_url}",
                f"dev mode off {production_url}",
            ],
        )
