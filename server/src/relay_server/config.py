"""Server settings, resolved from the command line and the environment.

The one place the server reads environment variables: everything else gets a :class:`Settings`.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

DEFAULT_DB_PATH = Path(".relay") / "relay.db"
MAX_BODY_BYTES = 1024 * 1024
#: a request line and header fields over this many bytes are 431 (documented in the spec)
MAX_HEADER_BYTES = 16 * 1024

#: an idempotent execute is replayed from its execution for 24 hours: executions are kept at least this
MIN_EXECUTION_RETENTION_DAYS = 2
_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


@dataclass(frozen=True)
class DatabaseUrl:
    """Where the data lives: a SQLite file (``path``) or a PostgreSQL database (``dsn``, a libpq URL)."""

    engine: Literal["sqlite", "postgresql"]
    path: Path | None = None
    dsn: str | None = None

    @classmethod
    def sqlite(cls, path: Path | str) -> DatabaseUrl:
        return cls("sqlite", path=Path(path))

    @classmethod
    def parse(cls, value: str | Path) -> DatabaseUrl:
        """``postgresql://…`` (or ``postgres://…``) is PostgreSQL; ``sqlite:///PATH``, ``file:PATH`` or a plain
        path is SQLite; any other URL scheme is a ``ValueError`` saying what is supported."""
        if isinstance(value, Path):
            return cls.sqlite(value)
        text = value.strip()
        if not text:
            raise ValueError("the database URL is empty")
        scheme = _URL_SCHEME.match(text)
        if scheme is None or (len(scheme.group(1)) == 1 and text[2:3] in ("\\", "/")):  # C:\… is a path
            return cls.sqlite(text)
        name = scheme.group(1).lower()
        if name in ("postgresql", "postgres"):
            if not text[len(name) + 1 :].startswith("//"):
                raise ValueError(
                    f"{_redacted(text)!r}: a PostgreSQL URL is postgresql://USER@HOST:PORT/DATABASE"
                )
            return cls("postgresql", dsn=text)
        if name == "sqlite":
            rest = text[len("sqlite:") :]
            path = rest[3:] if rest.startswith("///") else rest[2:] if rest.startswith("//") else rest
            if not path:
                raise ValueError(
                    "sqlite: URLs name a file: sqlite:///relative/path.db or sqlite:////absolute.db"
                )
            return cls.sqlite(path)
        if name == "file":
            return cls.sqlite(text[len("file:") :])
        raise ValueError(
            f"unsupported database URL scheme {name + ':'!r} in {_redacted(text)!r}: use postgresql://… for "
            "PostgreSQL, or sqlite:///PATH (or a plain file path) for SQLite"
        )

    def __str__(self) -> str:
        """For messages: the path, or the URL without its password."""
        return str(self.path) if self.engine == "sqlite" else _redacted(self.dsn or "")


def _redacted(url: str) -> str:
    """``url`` with the password of its user-info, if any, replaced by ``***``."""
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@", r"\1:***@", url)


def resolve_database(cli_value: str | None) -> DatabaseUrl:
    """``--db`` wins, then ``RELAY_DATABASE_URL``, then the default SQLite file; ``ValueError`` for a URL
    of an unsupported scheme."""
    if cli_value:
        return DatabaseUrl.parse(cli_value)
    env = os.environ.get("RELAY_DATABASE_URL", "").strip()
    if env:
        return DatabaseUrl.parse(env)
    return DatabaseUrl.sqlite(DEFAULT_DB_PATH)


#: where ``relay-server serve`` saves the admin key it creates on an empty database: beside a SQLite
#: database, in ``./.relay/`` for PostgreSQL
CREDENTIALS_FILE = "relay-dev-credentials.json"


def credentials_path(database: DatabaseUrl) -> Path:
    if database.engine == "sqlite" and database.path is not None:
        return database.path.resolve().parent / CREDENTIALS_FILE
    return (DEFAULT_DB_PATH.parent / CREDENTIALS_FILE).resolve()


#: ``RELAY_OAUTH_<PROVIDER>_<FIELD>``: a real OAuth provider instead of the simulated one
OAUTH_ENV_FIELDS = ("AUTHORIZE_URL", "TOKEN_URL", "REVOKE_URL", "CLIENT_ID", "CLIENT_SECRET")


@dataclass(frozen=True)
class OAuthProviderSettings:
    """What ``RELAY_OAUTH_<PROVIDER>_*`` set for one provider (unset fields: ``None``)."""

    authorize_url: str | None = None
    token_url: str | None = None
    revoke_url: str | None = None
    client_id: str | None = None
    client_secret: str | None = None


@dataclass
class Settings:
    database: DatabaseUrl = field(default_factory=lambda: DatabaseUrl.sqlite(DEFAULT_DB_PATH))
    rate_limit_per_minute: int = 600
    burst: int = 100
    dev_mode: bool = True
    #: hosts ``webhook.post`` may reach even outside dev mode (exact host names)
    webhook_allow_hosts: frozenset[str] = frozenset()
    webhook_timeout_seconds: float = 10.0
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "relay@localhost"
    #: the verified-key cache keeps a key this many seconds after its last use
    key_cache_ttl: float = 30.0
    #: threads verifying API keys (Argon2, ~50 ms of CPU each), off the event loop
    key_verify_threads: int = 1
    #: failed authentications (well-formed keys failing verification) allowed per minute, per client
    #: address and per key prefix; each is also its burst. Past either: 429 with Retry-After.
    auth_failures_per_address: int = 20
    auth_failures_per_key: int = 10
    #: proxies whose ``X-Forwarded-For`` / ``X-Forwarded-Proto`` are trusted for the client's address
    #: (comma-separated addresses or networks, ``*`` for any): behind a load balancer, list it, or every
    #: client counts as the balancer's address in the failed-authentication throttle
    forwarded_allow_ips: str = "127.0.0.1"
    #: server secret for confirm tokens; loaded from the database when empty
    secret: bytes = b""
    #: the server's public base URL (OAuth redirect URIs); empty: the request's own base URL
    public_base_url: str = ""
    #: the key (Fernet's format) of every secret kept at rest (``relay_server.cipher``); None: a key
    #: generated once into ``<database>.key`` beside the database
    encryption_key: str | None = None
    #: real OAuth providers by name (``google``, ``microsoft``, ``github``); others use the simulator
    oauth_providers: dict[str, OAuthProviderSettings] = field(default_factory=dict)
    #: webhook deliveries: attempts in flight at once in this process (the delivery worker pool)
    webhook_workers: int = 32
    #: webhook deliveries: attempts in flight at once to one endpoint, over every process on the database
    webhook_endpoint_concurrency: int = 2
    #: webhook deliveries: first retry after about this many seconds, doubling each attempt (with jitter)
    webhook_backoff_base_seconds: float = 2.0
    #: webhook deliveries: attempts per delivery before it is marked failed
    webhook_max_attempts: int = 8
    #: an endpoint is disabled after this many consecutive failed delivery attempts
    webhook_disable_after: int = 20
    #: chat SSE: a comment line is sent whenever this many seconds pass without an event
    chat_heartbeat_seconds: float = 15.0
    #: chat SSE: pause between streamed text chunks (paces the stream like a model would)
    chat_stream_delay_seconds: float = 0.0
    #: an execution still ``running`` this long after it began belongs to a server process that stopped
    #: mid-execution: it is marked failed (``interrupted``) and its Idempotency-Key answers 409 ``conflict``.
    #: Must exceed the longest an execution can take (the webhook timeout + 5 s).
    interrupted_after_seconds: float = 300.0
    #: OAuth: access tokens are refreshed when used within this many seconds of their expiry
    oauth_refresh_margin_seconds: float = 300.0
    #: OAuth: lifetime of the access tokens the simulated provider issues (dev mode)
    oauth_sim_token_ttl_seconds: int = 3600
    #: PostgreSQL: connections this process keeps open at most (its pool; requests wait for a free one)
    database_pool_size: int = 10
    #: days kept of audit events, of executions and of finished webhook deliveries; 0: kept forever.
    #: Deleted in small batches by a sweep, once per cluster. Executions are kept at least
    #: ``MIN_EXECUTION_RETENTION_DAYS`` (an idempotent execute is replayed from its execution).
    audit_retention_days: int = 0
    execution_retention_days: int = 0
    delivery_retention_days: int = 0
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def webhook_lease_seconds(self) -> float:
        """How long a process's claim on a delivery lasts: its attempt is cut off at
        ``webhook_timeout_seconds``, and the margin covers recording the outcome, so a live process never
        loses a claim it is using, and a crashed one's claims are taken over once this has passed."""
        return self.webhook_timeout_seconds + 10.0

    @property
    def db_path(self) -> Path:
        """The SQLite file (``ValueError`` on PostgreSQL)."""
        if self.database.path is None:
            raise ValueError("the database is not a SQLite file")
        return self.database.path

    def check(self) -> None:
        """``ValueError`` naming the setting when one is out of range."""
        for name in ("audit_retention_days", "execution_retention_days", "delivery_retention_days"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name}: must be 0 (keep forever) or a number of days")
        if 0 < self.execution_retention_days < MIN_EXECUTION_RETENTION_DAYS:
            raise ValueError(
                f"RELAY_EXECUTION_RETENTION_DAYS: at least {MIN_EXECUTION_RETENTION_DAYS} (an Idempotency-Key "
                "replays its execute response from the execution for 24 hours), or 0 to keep them forever"
            )
        if self.database.engine == "postgresql" and not self.encryption_key:
            raise ValueError(
                "RELAY_ENCRYPTION_KEY must be set on PostgreSQL: every process of the database, on any host, "
                "encrypts and decrypts secrets at rest with it. Generate one with python -c 'from "
                "cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
            )
        if self.database_pool_size < 2:
            # a sweep holds one connection for its cluster lock while its statements use another
            raise ValueError("RELAY_DATABASE_POOL_SIZE: must be at least 2")

    @classmethod
    def from_env(cls, database: DatabaseUrl | Path | str | None = None, **overrides: object) -> Settings:
        """Settings from the environment; ``database`` (a URL, a path) instead of ``RELAY_DATABASE_URL``."""
        s = cls()
        if database is None:
            s.database = resolve_database(None)
        elif isinstance(database, DatabaseUrl):
            s.database = database
        else:
            s.database = DatabaseUrl.parse(database)
        if os.environ.get("RELAY_SMTP_HOST"):
            s.smtp_host = os.environ["RELAY_SMTP_HOST"]
            s.smtp_port = int(os.environ.get("RELAY_SMTP_PORT", "25"))
        if os.environ.get("RELAY_SMTP_FROM"):
            s.smtp_from = os.environ["RELAY_SMTP_FROM"]
        if os.environ.get("RELAY_WEBHOOK_ALLOW_HOSTS"):
            s.webhook_allow_hosts = frozenset(
                h.strip().lower() for h in os.environ["RELAY_WEBHOOK_ALLOW_HOSTS"].split(",") if h.strip()
            )
        if os.environ.get("RELAY_DEV_MODE") in {"0", "false", "no"}:
            s.dev_mode = False
        if os.environ.get("RELAY_SECRET"):
            s.secret = os.environ["RELAY_SECRET"].encode()
        s.public_base_url = os.environ.get("RELAY_PUBLIC_BASE_URL", "")
        s.encryption_key = os.environ.get("RELAY_ENCRYPTION_KEY") or None
        s.forwarded_allow_ips = os.environ.get("RELAY_FORWARDED_ALLOW_IPS") or s.forwarded_allow_ips
        s.oauth_providers = _oauth_providers(os.environ)
        for attr, var, conv in _ENV_NUMBERS:
            if os.environ.get(var):
                setattr(s, attr, conv(os.environ[var]))
        for key, value in overrides.items():
            setattr(s, key, value)
        return s


_ENV_NUMBERS: list[tuple[str, str, type[float] | type[int]]] = [
    ("webhook_timeout_seconds", "RELAY_WEBHOOK_TIMEOUT_SECONDS", float),
    ("webhook_workers", "RELAY_WEBHOOK_WORKERS", int),
    ("webhook_endpoint_concurrency", "RELAY_WEBHOOK_ENDPOINT_CONCURRENCY", int),
    ("webhook_backoff_base_seconds", "RELAY_WEBHOOK_BACKOFF_BASE_SECONDS", float),
    ("webhook_max_attempts", "RELAY_WEBHOOK_MAX_ATTEMPTS", int),
    ("webhook_disable_after", "RELAY_WEBHOOK_DISABLE_AFTER", int),
    ("chat_heartbeat_seconds", "RELAY_CHAT_HEARTBEAT_SECONDS", float),
    ("chat_stream_delay_seconds", "RELAY_CHAT_STREAM_DELAY_SECONDS", float),
    ("oauth_refresh_margin_seconds", "RELAY_OAUTH_REFRESH_MARGIN_SECONDS", float),
    ("interrupted_after_seconds", "RELAY_INTERRUPTED_AFTER_SECONDS", float),
    ("oauth_sim_token_ttl_seconds", "RELAY_OAUTH_SIM_TOKEN_TTL_SECONDS", int),
    ("key_verify_threads", "RELAY_KEY_VERIFY_THREADS", int),
    ("auth_failures_per_address", "RELAY_AUTH_FAILURES_PER_ADDRESS", int),
    ("auth_failures_per_key", "RELAY_AUTH_FAILURES_PER_KEY", int),
    ("database_pool_size", "RELAY_DATABASE_POOL_SIZE", int),
    ("audit_retention_days", "RELAY_AUDIT_RETENTION_DAYS", int),
    ("execution_retention_days", "RELAY_EXECUTION_RETENTION_DAYS", int),
    ("delivery_retention_days", "RELAY_DELIVERY_RETENTION_DAYS", int),
]


def _oauth_providers(env: Mapping[str, str]) -> dict[str, OAuthProviderSettings]:
    found: dict[str, dict[str, str]] = {}
    for name, value in env.items():
        if not name.startswith("RELAY_OAUTH_") or not value:
            continue
        rest = name[len("RELAY_OAUTH_") :]
        for env_field in OAUTH_ENV_FIELDS:
            if rest.endswith("_" + env_field) and len(rest) > len(env_field) + 1:
                provider = rest[: -len(env_field) - 1].lower()
                found.setdefault(provider, {})[env_field.lower()] = value
    return {provider: OAuthProviderSettings(**fields) for provider, fields in sorted(found.items())}


def new_secret() -> bytes:
    return secrets.token_bytes(32)
