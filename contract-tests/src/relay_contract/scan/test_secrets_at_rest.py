"""No secret at rest (OWASP API2/API8; Relay issue #17): after the whole contract suite — schemathesis
creating and revoking keys and endpoints, previews and executions of ``webhook.post`` with and without a
``signing_secret``, OAuth connections through the dev provider — the reference server's database files
(the database, its WAL and shared-memory index: every byte SQLite keeps) contain no API key, no webhook
secret and no OAuth token in plaintext: neither one of the secrets the run was shown, nor anything that
looks like one."""

from __future__ import annotations

import re
from pathlib import Path

from relay_contract.secrets_log import recorded

#: what a secret looks like: a full API key (prefix + secret), a Standard Webhooks secret, and the tokens
#: of the reference server's simulated OAuth provider
PATTERNS = {
    "API key": re.compile(rb"relay_sk_[a-z2-7]{44}"),
    "webhook secret": re.compile(rb"whsec_[A-Za-z0-9+/]{20,}={0,2}"),
    "OAuth token": re.compile(rb"sim_(?:at|rt)_[A-Za-z0-9_-]{16,}"),
}


def _files(database: Path | str) -> dict[str, bytes]:
    """What the database keeps: SQLite's files by name; PostgreSQL's tables by name (every value of every
    row: bytes as they are, the rest as text)."""
    if isinstance(database, str):
        return _tables(database)
    names = (database.name, database.name + "-wal", database.name + "-shm")
    return {
        name: (database.parent / name).read_bytes() for name in names if (database.parent / name).exists()
    }


def _tables(url: str) -> dict[str, bytes]:
    import psycopg  # noqa: PLC0415 - installed with the server's postgresql extra, needed for this case only
    import psycopg.sql  # noqa: PLC0415

    out: dict[str, bytes] = {}
    with psycopg.connect(url) as conn:
        names = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        for (table,) in names.fetchall():
            # the names come from the catalog just read, quoted as identifiers
            rows = conn.execute(psycopg.sql.SQL("SELECT * FROM {}").format(psycopg.sql.Identifier(table)))
            out[str(table)] = b"\n".join(
                bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode()
                for row in rows.fetchall()
                for v in row
            )
    return out


def test_the_database_holds_no_secret_in_plaintext(database: Path | str) -> None:
    files = _files(database)
    assert any(files.values()), "the database is empty"
    found = []
    for name, content in files.items():
        for what, pattern in PATTERNS.items():
            found += [f"{what} {m.group(0)[:14].decode()}… in {name}" for m in pattern.finditer(content)]
    assert not found, "\n".join(sorted(set(found)))


def test_no_secret_the_run_was_shown_is_in_the_database(database: Path | str) -> None:
    secrets = recorded()
    assert secrets, "the run noted no secret (RELAY_CONTRACT_SECRETS_LOG unset?)"
    content = b"".join(_files(database).values())
    leaked = [s[:14] + "…" for s in secrets if s.encode() in content]
    assert not leaked, f"{len(leaked)} of {len(secrets)} secrets the run saw are in the database: {leaked}"
