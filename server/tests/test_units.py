"""Unit tests of the building blocks (ids, redaction, idempotency keys, signing vectors, migrations)."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest
from conftest import new_database

from relay_server import signing
from relay_server.config import DatabaseUrl
from relay_server.db import open_database
from relay_server.db.sqlite import SqliteDatabase
from relay_server.errors import ApiError
from relay_server.idempotency import parse_key
from relay_server.ids import new_id
from relay_server.migrations import MIGRATIONS
from relay_server.redaction import REDACTED, redact

VECTORS = Path(__file__).resolve().parents[2] / "contract-tests" / "vectors"


def test_ids_are_well_formed_and_time_ordered() -> None:
    ids = [new_id("exe") for _ in range(2000)]
    assert all(re.fullmatch(r"exe_[a-z2-7]{24}", i) for i in ids)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_redaction_by_name_and_value() -> None:
    out = redact(
        {
            "password": "hunter2",
            "api_key": "x",
            "Authorization": "Bearer abc",
            "nested": {"client_secret": "s"},
            "note": "key relay_sk_abcdefghijklmnopqrstuvwxyz and whsec_QUJDREVGR0g= here",
            "confirm_token": "ct_v1.a.b",
            "idempotency_key": "keep-me",
            "list": ["Bearer xyz.abc"],
        }
    )
    assert out["password"] == out["api_key"] == out["Authorization"] == out["confirm_token"] == REDACTED
    assert out["nested"]["client_secret"] == REDACTED
    assert "relay_sk_" not in out["note"] and "whsec_" not in out["note"] and out["note"].count(REDACTED) == 2
    assert out["idempotency_key"] == "keep-me"
    assert out["list"] == [REDACTED]


@pytest.mark.parametrize(("raw", "key"), [("abc", "abc"), ('"abc"', "abc"), ('"a\\"b"', 'a"b'), (" k ", "k")])
def test_idempotency_key_forms(raw: str, key: str) -> None:
    assert parse_key(raw) == key


@pytest.mark.parametrize("raw", ["", '"', '"a', '"a\\x"', "x" * 256, '"\u00e9"'])
def test_idempotency_key_rejects(raw: str) -> None:
    with pytest.raises(ApiError):
        parse_key(raw)


def test_signing_round_trip() -> None:
    secret = signing.new_webhook_secret()
    headers = signing.signature_headers(secret, "msg_1", b"{}", timestamp=1_700_000_000)
    assert signing.verify(secret, headers, b"{}", now=1_700_000_100)
    assert not signing.verify(secret, headers, b"{}", now=1_700_001_000)  # outside tolerance
    assert not signing.verify(secret, headers, b"{ }", now=1_700_000_100)


@pytest.mark.skipif(not (VECTORS / "webhook_signatures.json").exists(), reason="no shared vectors")
def test_webhook_signature_vectors() -> None:
    data = json.loads((VECTORS / "webhook_signatures.json").read_text())
    assert data["cases"]
    for case in data["cases"]:
        ok = signing.verify(
            case["secret"],
            case["headers"],
            case["payload"].encode("utf-8"),
            tolerance=data["tolerance_seconds"],
            now=case["now"],
        )
        assert ok is case["expected"]["valid"], case["name"]


def test_migrations_are_ordered_and_idempotent(tmp_path: Path) -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == sorted(set(versions))
    db = SqliteDatabase(tmp_path / "m.db")
    assert asyncio.run(db.migrate()) == versions[-1]
    assert asyncio.run(db.migrate()) == versions[-1]
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close_sync()


def test_concurrent_starts_migrate_once(tmp_path: Path) -> None:
    """Several processes starting at once on a new database: each migration applies once (PostgreSQL: an
    advisory lock; SQLite: a write transaction per migration)."""
    database = new_database(tmp_path)

    async def scenario() -> list[int]:
        dbs = [open_database(DatabaseUrl.parse(database)) for _ in range(4)]
        try:
            for db in dbs:
                await db.open()
            return list(await asyncio.gather(*(db.migrate() for db in dbs)))
        finally:
            for db in dbs:
                await db.close()

    assert asyncio.run(scenario()) == [MIGRATIONS[-1].version] * 4


def test_database_urls() -> None:
    assert DatabaseUrl.parse("postgresql://u:pw@h:5432/d").engine == "postgresql"
    assert DatabaseUrl.parse("postgres://h/d").engine == "postgresql"
    assert DatabaseUrl.parse("sqlite:///rel/x.db").path == Path("rel/x.db")
    assert DatabaseUrl.parse("sqlite:////abs/x.db").path == Path("/abs/x.db")
    assert DatabaseUrl.parse("data/relay.db").path == Path("data/relay.db")
    assert str(DatabaseUrl.parse("postgresql://u:secret@h/d")) == "postgresql://u:***@h/d"
    for bad in ("mysql://h/d", "postgresql:relay", "sqlite://", "https://h/d"):
        with pytest.raises(ValueError, match=r"postgresql://|sqlite:///"):
            DatabaseUrl.parse(bad)


def test_every_error_code_has_its_title() -> None:
    from relay_server._generated.models import ErrorCode
    from relay_server.errors import TITLES

    assert set(TITLES) == set(ErrorCode)
