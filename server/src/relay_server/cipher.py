"""Encryption at rest: one key for every secret the server must be able to read back.

What it protects: webhook endpoint secrets, the workspace's default ``webhook.post`` signing secret,
OAuth tokens, the params of previews (a ``webhook.post`` ``signing_secret``) and the responses kept for
``Idempotency-Key`` replays (a new API key's or endpoint's secret). API keys themselves are never
stored (Argon2id hashes, :mod:`relay_server.keys`).

Blobs are AES-256-GCM (a random 96-bit nonce each) under a key derived with HKDF-SHA256 from the
server's key, which keeps Fernet's format (``Fernet.generate_key()``) so configured keys stay valid.
Fernet tokens written by earlier versions still decrypt. (AES-GCM replaced Fernet for new blobs: one call
into the library instead of Fernet's CBC + HMAC assembled in Python, which cost a preview ~8% of its
throughput.)

The key is ``RELAY_ENCRYPTION_KEY`` (``Settings.encryption_key``). Without it the server generates one
once and keeps it in a file beside the database (``relay.db.key``, mode 0600) — never in the database
itself, so the database file (or a copy of it) reveals no secret. A key that earlier versions kept in the
database (``meta.dev_encryption_key``) is moved to that file on start.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from relay_server.config import Settings
from relay_server.db import Database
from relay_server.db.sqlite import SqliteDatabase
from relay_server.stores import meta

log = logging.getLogger("relay_server")

#: every Fernet token (earlier versions' blobs) starts with these bytes (version 0x80 and a timestamp's
#: zero high bytes)
TOKEN_PREFIX = b"gAAAAA"
#: every AES-GCM blob starts with this, then base64url(nonce + ciphertext + tag); also the associated data
BLOB_PREFIX = b"aesgcm1."
#: what every blob of this version or an earlier one starts with
SEALED_PREFIXES = (BLOB_PREFIX, TOKEN_PREFIX)
_NONCE_BYTES = 12
_HKDF_INFO = b"relay-server encryption at rest v1"
_LEGACY_META_KEY = "dev_encryption_key"


class Undecryptable(ValueError):
    """The blob was not encrypted with this server's key (the key changed, or it is not a token)."""


def _aead_key(fernet_key: bytes) -> bytes:
    """The AES-256-GCM key of a Fernet-format key (HKDF-SHA256 over its 32 bytes)."""
    material = base64.urlsafe_b64decode(fernet_key)
    return HKDF(algorithm=SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(material)


class Cipher:
    """Authenticated encryption of bytes, text and JSON (AES-256-GCM; see the module doc). ``key``
    encrypts; it and ``fallback_keys`` decrypt."""

    def __init__(self, key: str | bytes, *fallback_keys: str | bytes) -> None:
        keys = [k if isinstance(k, bytes) else k.encode() for k in (key, *fallback_keys)]
        self._fernet = MultiFernet([Fernet(k) for k in keys])  # also checks each key's format
        self._aeads = [AESGCM(_aead_key(k)) for k in keys]

    def encrypt(self, data: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aeads[0].encrypt(nonce, data, BLOB_PREFIX)
        return BLOB_PREFIX + base64.urlsafe_b64encode(nonce + sealed)

    def decrypt(self, token: bytes) -> bytes:
        token = bytes(token)
        if not token.startswith(BLOB_PREFIX):
            try:
                return self._fernet.decrypt(token)  # an earlier version's blob
            except InvalidToken as exc:
                raise Undecryptable("not encrypted with this server's key") from exc
        try:
            raw = base64.urlsafe_b64decode(token[len(BLOB_PREFIX) :])
        except (binascii.Error, ValueError) as exc:
            raise Undecryptable("not a blob this server wrote") from exc
        nonce, sealed = raw[:_NONCE_BYTES], raw[_NONCE_BYTES:]
        for aead in self._aeads:
            try:
                return aead.decrypt(nonce, sealed, BLOB_PREFIX)
            except (InvalidTag, ValueError):
                continue
        raise Undecryptable("not encrypted with this server's key")

    def encrypt_text(self, text: str) -> str:
        return self.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt_text(self, token: str) -> str:
        return self.decrypt(token.encode("ascii")).decode("utf-8")

    def encrypt_json(self, value: Any) -> bytes:
        return self.encrypt(json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))

    def decrypt_json(self, token: bytes) -> Any:
        return json.loads(self.decrypt(token))


def is_encrypted(blob: bytes | str) -> bool:
    """Whether ``blob`` looks like a blob of :class:`Cipher`, of this version or an earlier one (what
    :func:`secrets_at_rest` upgrades use)."""
    raw = blob.encode("ascii", "replace") if isinstance(blob, str) else bytes(blob)
    return raw.startswith(SEALED_PREFIXES)


def key_file_for(db_path: Path) -> Path:
    """Where the generated key of the database at ``db_path`` lives: beside it, ``<name>.key``."""
    return db_path.with_name(db_path.name + ".key")


class NotStarted(Cipher):
    """The cipher of services not started yet (``Services.start`` loads the real one): refuses to work."""

    def __init__(self) -> None:
        pass

    def encrypt(self, data: bytes) -> bytes:
        raise RuntimeError("the encryption key is not loaded yet: await Services.start() first")

    def decrypt(self, token: bytes) -> bytes:
        raise RuntimeError("the encryption key is not loaded yet: await Services.start() first")


async def load_cipher(settings: Settings, db: Database) -> Cipher:
    """The server's cipher: ``settings.encryption_key``, else (SQLite) the key file beside the database
    (created on first use; an in-memory database gets a key for the process only). On PostgreSQL the key
    must be configured: the processes sharing the database, on any host, must share it too."""
    if settings.encryption_key:
        return Cipher(settings.encryption_key)
    if not isinstance(db, SqliteDatabase):
        raise ValueError(
            "RELAY_ENCRYPTION_KEY must be set on PostgreSQL (the same key in every process of the database): "
            "generate one with python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'"
        )
    legacy = await meta.get(db, _LEGACY_META_KEY)
    if str(db.path) == ":memory:":
        return Cipher(legacy or Fernet.generate_key())
    path = key_file_for(db.path)
    key = _read_or_create(path, legacy)
    if legacy is not None:
        if legacy != key:
            # someone put another key file in place: keep reading what the old key encrypted
            log.warning("%s differs from the key kept in the database; both are used to decrypt", path)
            return Cipher(key, legacy)
        await meta.delete(db, _LEGACY_META_KEY)
        log.info("moved the generated encryption key out of the database into %s", path)
    return Cipher(key)


def _read_or_create(path: Path, initial: str | None) -> str:
    """The key in ``path``; when there is none, writes ``initial`` (or a new key) there first. Two
    processes starting at once agree: the key is written to a private temporary file and linked into
    place, which fails for the second one, who then reads the first one's key."""
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    key = initial or Fernet.generate_key().decode("ascii")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(key + "\n")
        try:
            os.link(tmp, path)
        except FileExistsError:
            return path.read_text(encoding="ascii").strip()
    finally:
        tmp.unlink(missing_ok=True)
    return key
