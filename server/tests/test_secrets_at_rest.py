"""No secret is readable from the database (#17 item 1): API keys and webhook secrets created with an
``Idempotency-Key``, a ``webhook.post`` ``signing_secret`` in a preview, the workspace's default signing
secret, and OAuth tokens — the database files (with the WAL) are scanned byte by byte. A replay never
hands out a key that was revoked or a secret of a deleted endpoint, and an earlier version's plaintext is
encrypted on start, with the generated key moved out of the database."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from conftest import HIGH_LIMIT, Receiver, Server, execute, new_database, query, wait_for
from cryptography.fernet import Fernet
from test_webhook_delivery import verify_standard_webhook

from relay_server.cipher import Cipher
from relay_server.testing import is_url

FULL_KEY = re.compile(rb"relay_sk_[a-z2-7]{44}")
WEBHOOK_SECRET = re.compile(rb"whsec_[A-Za-z0-9+/=]{16,}")
SIM_TOKEN = re.compile(rb"sim_(at|rt)_[A-Za-z0-9_-]{16,}")


def database_bytes(db: Path | str) -> bytes:
    """SQLite: the database file with its WAL and shared-memory index, everything SQLite keeps of it.
    PostgreSQL: every value of every table of the database (bytes as they are, the rest as text)."""
    if is_url(db):
        tables = query(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        values = (
            value
            for table in tables
            for row in query(db, f'SELECT * FROM "{table["table_name"]}"')
            for value in row.values()
        )
        return b"\n".join(bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode() for v in values)
    path = Path(db)
    return b"".join(
        p.read_bytes()
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        if p.exists()
    )


def assert_no_secret(db: Path | str, *known: str) -> None:
    files = database_bytes(db)
    for pattern in (FULL_KEY, WEBHOOK_SECRET, SIM_TOKEN):
        found = sorted({m.group(0)[:16] for m in pattern.finditer(files)})
        assert not found, f"{pattern.pattern!r} in the database: {found}"
    for secret in known:
        assert secret.encode() not in files, f"{secret[:14]}… in the database"


def test_created_secrets_and_replays_are_not_stored_in_plaintext(tmp_path: Path) -> None:
    target = Receiver()
    server = Server(new_database(tmp_path), HIGH_LIMIT, cwd=tmp_path).start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            created = c.post(
                "/v1/api-keys", json={"name": "leak1", "role": "viewer"}, headers={"Idempotency-Key": "leak1"}
            )
            assert created.status_code == 201
            key = created.json()
            endpoint = c.post(
                "/v1/webhook-endpoints",
                json={"url": target.url, "events": ["execution.succeeded"]},
                headers={"Idempotency-Key": "leak2"},
            )
            assert endpoint.status_code == 201
            ep = endpoint.json()
            own_secret = "whsec_" + "c2VjcmV0LWZvci10aGUtcHJldmlldw=="
            own = {"url": target.url, "payload": {"n": 1}, "signing_secret": own_secret}
            assert execute(c, "webhook.post", own)["status"] == "succeeded"
            default = {"url": target.url, "payload": {"n": 2}}
            assert execute(c, "webhook.post", default)["status"] == "succeeded"
            test = c.post(f"/v1/webhook-endpoints/{ep['id']}/test")
            assert test.status_code == 202, test.text

            # the replays still work while the objects live (decrypted for the replay)
            replay = c.post(
                "/v1/api-keys", json={"name": "leak1", "role": "viewer"}, headers={"Idempotency-Key": "leak1"}
            )
            assert replay.status_code == 201 and replay.headers["idempotent-replayed"] == "true"
            assert replay.json()["secret"] == key["secret"]
            replay_ep = c.post(
                "/v1/webhook-endpoints",
                json={"url": target.url, "events": ["execution.succeeded"]},
                headers={"Idempotency-Key": "leak2"},
            )
            assert replay_ep.status_code == 201 and replay_ep.json()["secret"] == ep["secret"]
            with server.client(key["secret"]) as viewer:
                assert viewer.get("/v1/workspace").status_code == 200

            # deliveries are still signed with the (decrypted) endpoint secret, webhook.post with its own
            ping = wait_for(
                lambda: next(((h, b) for h, b in target.requests if b'"ping"' in b), None), "the ping"
            )
            assert verify_standard_webhook(ep["secret"], *ping)
            signed = next((h, b) for h, b in target.requests if b == b'{"n":1}')
            assert verify_standard_webhook(own_secret, *signed)

            assert_no_secret(server.db, key["secret"], ep["secret"], own_secret)

            # revoked / deleted: the replay is 409 conflict, never the secret again
            assert c.delete(f"/v1/api-keys/{key['id']}").status_code == 200
            gone = c.post(
                "/v1/api-keys", json={"name": "leak1", "role": "viewer"}, headers={"Idempotency-Key": "leak1"}
            )
            assert gone.status_code == 409 and gone.json()["code"] == "conflict", gone.text
            assert key["secret"] not in gone.text and key["id"] in gone.json()["detail"]
            assert c.delete(f"/v1/webhook-endpoints/{ep['id']}").status_code == 200
            gone_ep = c.post(
                "/v1/webhook-endpoints",
                json={"url": target.url, "events": ["execution.succeeded"]},
                headers={"Idempotency-Key": "leak2"},
            )
            assert gone_ep.status_code == 409 and ep["secret"] not in gone_ep.text
    finally:
        server.stop()
        target.close()
    assert_no_secret(server.db, key["secret"], ep["secret"], own_secret)
    if is_url(server.db):  # PostgreSQL: the key is RELAY_ENCRYPTION_KEY, in no file and not in the database
        return
    # the generated key lives beside the database, private, and not in it
    key_file = Path(server.db).with_name("relay.db.key")
    assert key_file.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(server.db) as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'dev_encryption_key'").fetchone() == (0,)


def test_an_earlier_versions_plaintext_is_encrypted_on_start(tmp_path: Path) -> None:
    """A database as the previous release left it: the dev key in ``meta``, a plaintext endpoint secret,
    a plaintext default signing secret, a plaintext preview and stored response holding secrets."""
    db = tmp_path / "relay.db"
    server = Server(db, HIGH_LIMIT).start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            ep = c.post(
                "/v1/webhook-endpoints",
                json={"url": "https://hooks.example.com/x", "events": ["execution.failed"]},
                headers={"Idempotency-Key": "old-1"},
            ).json()
            workspace_id = c.get("/v1/workspace").json()["id"]
    finally:
        server.stop()
    key = db.with_name("relay.db.key").read_text().strip()
    cipher = Cipher(key)
    legacy_secret = "whsec_" + "bGVnYWN5LWRlZmF1bHQtc2lnbmluZy1zZWNyZXQ="
    with sqlite3.connect(db) as conn:  # what the previous release wrote
        conn.execute("INSERT INTO meta(key, value) VALUES ('dev_encryption_key', ?)", (key,))
        conn.execute("UPDATE webhook_endpoints SET secret = ? WHERE id = ?", (ep["secret"], ep["id"]))
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?)",
            (f"webhook_action_secret:{workspace_id}", legacy_secret),
        )
        sealed = conn.execute("SELECT response_body FROM idempotency_keys WHERE key = 'old-1'").fetchone()[0]
        conn.execute(
            "UPDATE idempotency_keys SET response_body = ? WHERE key = 'old-1'",
            (cipher.decrypt(bytes(sealed)),),
        )
        conn.execute(
            "INSERT INTO previews(nonce, workspace_id, action_id, params, expires_at) VALUES (?,?,?,?,?)",
            ("n1", workspace_id, "webhook.post", json.dumps({"signing_secret": legacy_secret}), 2**40),
        )
    db.with_name("relay.db.key").unlink()  # the previous release had no key file
    assert WEBHOOK_SECRET.search(database_bytes(db))

    server.start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            replay = c.post(
                "/v1/webhook-endpoints",
                json={"url": "https://hooks.example.com/x", "events": ["execution.failed"]},
                headers={"Idempotency-Key": "old-1"},
            )
            assert replay.status_code == 201 and replay.json()["secret"] == ep["secret"]
    finally:
        server.stop()
    assert_no_secret(db, ep["secret"], legacy_secret)
    assert db.with_name("relay.db.key").read_text().strip() == key  # the same key, moved out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM meta WHERE key = 'dev_encryption_key'").fetchone() == (0,)
        stored = conn.execute("SELECT secret FROM webhook_endpoints WHERE id = ?", (ep["id"],)).fetchone()[0]
    assert cipher.decrypt_text(stored) == ep["secret"]


def test_a_replay_after_the_key_changed_is_a_conflict_not_an_error(tmp_path: Path) -> None:
    server = Server(
        tmp_path / "relay.db", HIGH_LIMIT, env={"RELAY_ENCRYPTION_KEY": Fernet.generate_key().decode()}
    )
    server.start()
    body = {"name": "k", "role": "viewer"}
    try:
        with server.client(server.credentials()["api_key"]) as c:
            assert c.post("/v1/api-keys", json=body, headers={"Idempotency-Key": "rot-1"}).status_code == 201
    finally:
        server.stop()
    server.env = {"RELAY_ENCRYPTION_KEY": Fernet.generate_key().decode()}
    server.start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            r = c.post("/v1/api-keys", json=body, headers={"Idempotency-Key": "rot-1"})
            assert r.status_code == 409 and r.json()["code"] == "conflict", r.text
    finally:
        server.stop()
