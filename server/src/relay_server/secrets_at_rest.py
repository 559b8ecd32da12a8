"""Encrypts what an earlier version of the server kept in plaintext (run at every start; idempotent).

Before issue #17, webhook endpoint secrets, the workspaces' default ``webhook.post`` signing secrets,
preview params and the responses kept for ``Idempotency-Key`` replays were stored as they are. Each
query below selects only rows still in that form, so a database already upgraded costs four cheap
queries. When anything was re-encrypted the file is compacted (``VACUUM``), so the overwritten plaintext
does not linger in free pages or the WAL.
"""

from __future__ import annotations

import logging

from relay_server.cipher import SEALED_PREFIXES, Cipher, is_encrypted
from relay_server.db.sqlite import SqliteDatabase
from relay_server.stores import confirm_tokens, idempotency, meta, webhooks

log = logging.getLogger("relay_server")

#: ``meta`` keys of the workspaces' default ``webhook.post`` signing secrets (``…:<workspace_id>``)
WORKSPACE_SIGNING_SECRET = "webhook_action_secret:"  # noqa: S105 - a key prefix, not a secret


async def encrypt_plaintext_secrets(db: SqliteDatabase, cipher: Cipher) -> int:
    """Encrypts every secret still stored in plaintext; returns how many values were encrypted. (SQLite
    only: a PostgreSQL database was never written by a version that stored them in plaintext.)"""
    done = 0
    async with db.transaction():
        for endpoint_id, secret in await webhooks.plaintext_secrets(db):
            await webhooks.set_secret(db, endpoint_id, cipher.encrypt_text(secret))
            done += 1
        for key, value in await meta.items_with_prefix(db, WORKSPACE_SIGNING_SECRET):
            if not is_encrypted(value):
                await meta.put(db, key, cipher.encrypt_text(value))
                done += 1
        for nonce, params in await confirm_tokens.plaintext_previews(db):
            await confirm_tokens.set_sealed_params(db, nonce, cipher.encrypt_text(params))
            done += 1
        for workspace_id, key, body in await idempotency.plaintext_responses(db, SEALED_PREFIXES):
            await idempotency.set_sealed_body(db, workspace_id, key, cipher.encrypt(body))
            done += 1
    if done:
        db.compact()
        log.warning("encrypted %d secret(s) an earlier version stored in plaintext", done)
    return done
