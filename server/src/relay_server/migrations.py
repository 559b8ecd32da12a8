"""Versioned schema migrations.

Each migration is ``(version, name, sql)``; versions are strictly increasing and a migration, once
released, never changes. To evolve the schema, append a new entry. ``Database.migrate`` applies every
migration newer than ``PRAGMA user_version`` inside one transaction per migration.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = []


def migration(version: int, name: str, sql: str) -> None:
    if MIGRATIONS and version <= MIGRATIONS[-1][0]:
        raise ValueError(f"migration {version} is not newer than {MIGRATIONS[-1][0]}")
    MIGRATIONS.append((version, name, sql))


migration(
    1,
    "core",
    """
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
)

migration(
    2,
    "flows",
    """
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
)

migration(
    3,
    "oauth refresh and simulated provider tokens",
    """
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
    """
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY,
    tat    REAL NOT NULL
) WITHOUT ROWID;
ALTER TABLE webhook_deliveries ADD COLUMN lease_token TEXT;
ALTER TABLE webhook_deliveries ADD COLUMN lease_expires_at INTEGER;
CREATE INDEX webhook_deliveries_leased ON webhook_deliveries(endpoint_id, lease_expires_at)
    WHERE lease_token IS NOT NULL;
""",
)
