"""Versioned schema migrations, one list for both engines.

Each migration has a version, a name and its SQL for SQLite and for PostgreSQL: the same text when the
two agree (``sql=``), each engine's own where they differ (``sqlite=``, ``postgresql=``: column types —
PostgreSQL's ``INTEGER`` is 32-bit, so its millisecond timestamps are ``BIGINT`` —, dates, ``WITHOUT
ROWID``; free text a user sends — a chat message, an endpoint's description — is ``BYTEA`` there, UTF-8,
since its ``TEXT`` cannot hold U+0000, which JSON strings may: see ``Database.text_in``). Versions are strictly increasing and a migration, once released, never changes: to evolve the
schema, append one. SQLite records the version in ``PRAGMA user_version``, PostgreSQL in
``relay_schema_version``; each engine applies every migration newer than its version in a transaction
of its own, concurrent starts waiting for each other (see ``db.sqlite`` and ``db.postgres``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sqlite: str
    postgresql: str


MIGRATIONS: list[Migration] = []


def migration(
    version: int,
    name: str,
    sql: str | None = None,
    *,
    sqlite: str | None = None,
    postgresql: str | None = None,
) -> None:
    """Appends a migration: ``sql`` for both engines, or ``sqlite`` and ``postgresql`` each."""
    if MIGRATIONS and version <= MIGRATIONS[-1].version:
        raise ValueError(f"migration {version} is not newer than {MIGRATIONS[-1].version}")
    if (sql is None) == (sqlite is None or postgresql is None):
        raise ValueError(f"migration {version}: give sql=, or both sqlite= and postgresql=")
    MIGRATIONS.append(Migration(version, name, sqlite or sql or "", postgresql or sql or ""))


def statements(script: str) -> list[str]:
    """A migration's statements (no migration has a ``;`` inside a statement)."""
    return [s.strip() for s in script.split(";") if s.strip()]


migration(
    1,
    "core",
    sqlite="""
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE workspaces (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE api_keys (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    name         TEXT,
    role         TEXT NOT NULL,
    prefix       TEXT NOT NULL UNIQUE,
    hash         TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER,
    revoked_at   INTEGER,
    last_used_at INTEGER
);
CREATE INDEX api_keys_workspace ON api_keys(workspace_id);
CREATE TABLE executions (
    id              TEXT PRIMARY KEY,
    workspace_id    TEXT NOT NULL,
    action_id       TEXT NOT NULL,
    status          TEXT NOT NULL,
    params          TEXT NOT NULL,
    result          TEXT,
    error           TEXT,
    idempotency_key TEXT,
    api_key_id      TEXT,
    created_at      INTEGER NOT NULL,
    completed_at    INTEGER,
    duration_ms     INTEGER
);
CREATE INDEX executions_workspace ON executions(workspace_id, id);
CREATE TABLE idempotency_keys (
    workspace_id  TEXT NOT NULL,
    key           TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    state         TEXT NOT NULL,
    status_code   INTEGER,
    response_body BLOB,
    response_headers TEXT,
    created_at    INTEGER NOT NULL,
    locked_at     INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, key)
);
CREATE INDEX idempotency_expiry ON idempotency_keys(expires_at);
CREATE TABLE previews (
    nonce        TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    action_id    TEXT NOT NULL,
    params       TEXT NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX previews_expiry ON previews(expires_at);
CREATE TABLE confirm_tokens_used (
    digest       TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    used_at      INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE TABLE audit_events (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    actor_key_id TEXT,
    actor_role   TEXT,
    action       TEXT NOT NULL,
    target_type  TEXT,
    target_id    TEXT,
    outcome      TEXT NOT NULL,
    status_code  INTEGER NOT NULL,
    request_id   TEXT,
    metadata     TEXT NOT NULL
);
CREATE INDEX audit_workspace ON audit_events(workspace_id, id);
CREATE TABLE sandbox_outbox (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    execution_id TEXT,
    channel      TEXT NOT NULL,
    payload      TEXT NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE TABLE connections (
    id            TEXT PRIMARY KEY,
    workspace_id  TEXT NOT NULL,
    provider      TEXT NOT NULL,
    status        TEXT NOT NULL,
    scopes        TEXT NOT NULL DEFAULT '[]',
    account       TEXT,
    token_blob    BLOB,
    state         TEXT UNIQUE,
    code_verifier TEXT,
    redirect_uri  TEXT,
    state_expires_at INTEGER,
    access_expires_at INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX connections_workspace ON connections(workspace_id, provider);
""",
    postgresql="""
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE workspaces (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE api_keys (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id),
    name         TEXT,
    role         TEXT NOT NULL,
    prefix       TEXT NOT NULL UNIQUE,
    hash         TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT,
    revoked_at   BIGINT,
    last_used_at BIGINT
);
CREATE INDEX api_keys_workspace ON api_keys(workspace_id);
CREATE TABLE executions (
    id              TEXT PRIMARY KEY,
    workspace_id    TEXT NOT NULL,
    action_id       TEXT NOT NULL,
    status          TEXT NOT NULL,
    params          TEXT NOT NULL,
    result          TEXT,
    error           TEXT,
    idempotency_key TEXT,
    api_key_id      TEXT,
    created_at      BIGINT NOT NULL,
    completed_at    BIGINT,
    duration_ms     BIGINT
);
CREATE INDEX executions_workspace ON executions(workspace_id, id);
CREATE TABLE idempotency_keys (
    workspace_id  TEXT NOT NULL,
    key           TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    state         TEXT NOT NULL,
    status_code   BIGINT,
    response_body BYTEA,
    response_headers TEXT,
    created_at    BIGINT NOT NULL,
    locked_at     BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    PRIMARY KEY (workspace_id, key)
);
CREATE INDEX idempotency_expiry ON idempotency_keys(expires_at);
CREATE TABLE previews (
    nonce        TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    action_id    TEXT NOT NULL,
    params       TEXT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX previews_expiry ON previews(expires_at);
CREATE TABLE confirm_tokens_used (
    digest       TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    used_at      BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE TABLE audit_events (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    actor_key_id TEXT,
    actor_role   TEXT,
    action       TEXT NOT NULL,
    target_type  TEXT,
    target_id    TEXT,
    outcome      TEXT NOT NULL,
    status_code  BIGINT NOT NULL,
    request_id   TEXT,
    metadata     TEXT NOT NULL
);
CREATE INDEX audit_workspace ON audit_events(workspace_id, id);
CREATE TABLE sandbox_outbox (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    execution_id TEXT,
    channel      TEXT NOT NULL,
    payload      TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE TABLE connections (
    id            TEXT PRIMARY KEY,
    workspace_id  TEXT NOT NULL,
    provider      TEXT NOT NULL,
    status        TEXT NOT NULL,
    scopes        TEXT NOT NULL DEFAULT '[]',
    account       TEXT,
    token_blob    BYTEA,
    state         TEXT UNIQUE,
    code_verifier TEXT,
    redirect_uri  TEXT,
    state_expires_at BIGINT,
    access_expires_at BIGINT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX connections_workspace ON connections(workspace_id, provider);
""",
)

migration(
    2,
    "flows",
    sqlite="""
CREATE TABLE webhook_endpoints (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    url          TEXT NOT NULL,
    description  TEXT,
    events       TEXT NOT NULL,
    secret       TEXT NOT NULL,
    enabled      INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    deleted_at   INTEGER
);
CREATE INDEX webhook_endpoints_workspace ON webhook_endpoints(workspace_id);
CREATE TABLE webhook_deliveries (
    id              TEXT PRIMARY KEY,
    workspace_id    TEXT NOT NULL,
    endpoint_id     TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    event_type      TEXT NOT NULL,
    payload         TEXT NOT NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_status_code INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    completed_at    INTEGER,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries(endpoint_id, id);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);
CREATE TABLE chat_messages (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    session_id   TEXT NOT NULL,
    role         TEXT NOT NULL,
    content      TEXT NOT NULL,
    suggestion   TEXT,
    created_at   INTEGER NOT NULL
);
CREATE TABLE oauth_sim_codes (
    code           TEXT PRIMARY KEY,
    provider       TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    redirect_uri   TEXT,
    scopes         TEXT NOT NULL,
    expires_at     INTEGER NOT NULL,
    used_at        INTEGER
);
CREATE INDEX chat_messages_session ON chat_messages(workspace_id, session_id, id);
""",
    postgresql="""
CREATE TABLE webhook_endpoints (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    url          TEXT NOT NULL,
    description  BYTEA,
    events       TEXT NOT NULL,
    secret       TEXT NOT NULL,
    enabled      BIGINT NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    consecutive_failures BIGINT NOT NULL DEFAULT 0,
    created_at   BIGINT NOT NULL,
    deleted_at   BIGINT
);
CREATE INDEX webhook_endpoints_workspace ON webhook_endpoints(workspace_id);
CREATE TABLE webhook_deliveries (
    id              TEXT PRIMARY KEY,
    workspace_id    TEXT NOT NULL,
    endpoint_id     TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    event_type      TEXT NOT NULL,
    payload         TEXT NOT NULL,
    status          TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT,
    last_status_code BIGINT,
    last_error      TEXT,
    created_at      BIGINT NOT NULL,
    completed_at    BIGINT,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries(endpoint_id, id);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);
CREATE TABLE chat_messages (
    id           TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    session_id   TEXT NOT NULL,
    role         TEXT NOT NULL,
    content      BYTEA NOT NULL,
    suggestion   TEXT,
    created_at   BIGINT NOT NULL
);
CREATE TABLE oauth_sim_codes (
    code           TEXT PRIMARY KEY,
    provider       TEXT NOT NULL,
    code_challenge TEXT NOT NULL,
    redirect_uri   TEXT,
    scopes         TEXT NOT NULL,
    expires_at     BIGINT NOT NULL,
    used_at        BIGINT
);
CREATE INDEX chat_messages_session ON chat_messages(workspace_id, session_id, id);
""",
)

migration(
    3,
    "oauth refresh and simulated provider tokens",
    sqlite="""
ALTER TABLE connections ADD COLUMN token_url TEXT;
CREATE TABLE oauth_sim_tokens (
    token_sha256 TEXT PRIMARY KEY,
    provider     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    grant_type   TEXT NOT NULL,
    family       TEXT NOT NULL,
    expires_at   INTEGER,
    revoked_at   INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX oauth_sim_tokens_family ON oauth_sim_tokens(family);
""",
    postgresql="""
ALTER TABLE connections ADD COLUMN token_url TEXT;
CREATE TABLE oauth_sim_tokens (
    token_sha256 TEXT PRIMARY KEY,
    provider     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    grant_type   TEXT NOT NULL,
    family       TEXT NOT NULL,
    expires_at   BIGINT,
    revoked_at   BIGINT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX oauth_sim_tokens_family ON oauth_sim_tokens(family);
""",
)

migration(
    4,
    "find interrupted executions without a scan",
    """
CREATE INDEX executions_running ON executions(created_at) WHERE status = 'running';
""",
)

migration(
    5,
    "limits shared by every process, delivery leases",
    sqlite="""
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    tat    REAL NOT NULL
) WITHOUT ROWID;
ALTER TABLE webhook_deliveries ADD COLUMN lease_token TEXT;
ALTER TABLE webhook_deliveries ADD COLUMN lease_expires_at INTEGER;
CREATE INDEX webhook_deliveries_leased ON webhook_deliveries(endpoint_id, lease_expires_at)
    WHERE lease_token IS NOT NULL;
""",
    postgresql="""
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    tat    DOUBLE PRECISION NOT NULL
);
ALTER TABLE webhook_deliveries ADD COLUMN lease_token TEXT;
ALTER TABLE webhook_deliveries ADD COLUMN lease_expires_at BIGINT;
CREATE INDEX webhook_deliveries_leased ON webhook_deliveries(endpoint_id, lease_expires_at)
    WHERE lease_token IS NOT NULL;
""",
)

_USAGE_DAILY = """
CREATE TABLE usage_daily (
    workspace_id TEXT NOT NULL,
    day          TEXT NOT NULL,
    action_id    TEXT NOT NULL,
    shard        BIGINT NOT NULL DEFAULT 0,
    executions   BIGINT NOT NULL DEFAULT 0,
    succeeded    BIGINT NOT NULL DEFAULT 0,
    failed       BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (workspace_id, day, action_id, shard)
);
INSERT INTO usage_daily(workspace_id, day, action_id, shard, executions, succeeded, failed)
    SELECT workspace_id, {day}, action_id, 0, count(*),
           sum(CASE WHEN status = 'succeeded' THEN 1 ELSE 0 END),
           sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END)
    FROM executions GROUP BY 1, 2, 3;
ALTER TABLE idempotency_keys ADD COLUMN response_ref TEXT;
CREATE INDEX confirm_tokens_used_expiry ON confirm_tokens_used(expires_at);
CREATE TABLE sweeps (
    name        TEXT PRIMARY KEY,
    last_run_at BIGINT NOT NULL
);
"""

migration(
    6,
    "usage counters, idempotent responses by reference, sweeps once per cluster",
    # usage_daily.day: the UTC date an execution began, as the usage endpoint reports it
    sqlite=_USAGE_DAILY.format(day="date(created_at / 1000, 'unixepoch')"),
    postgresql=_USAGE_DAILY.format(
        day="to_char(to_timestamp(created_at / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
    ),
)
