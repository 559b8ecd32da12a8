"""API keys: Argon2id hashes found by a non-secret prefix, plus a short-lived cache of verified keys."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from relay_server.db import Database, now_ms
from relay_server.ids import KEY_PREFIX, new_id, random_b32
from relay_server.stores import api_keys

_PREFIX_LEN = 12
_SECRET_LEN = 32
ROLES = ("admin", "developer", "viewer")

_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
# verified against when no key has the presented prefix, so a miss costs as much as a mismatch
_DUMMY_HASH = _hasher.hash("relay-dummy-key-for-constant-time")


@dataclass(frozen=True)
class Principal:
    key_id: str
    workspace_id: str
    role: str
    expires_at: int | None = None


def generate_key() -> tuple[str, str]:
    """Returns ``(prefix, full_key)``. The prefix is the lookup handle, not a secret."""
    prefix = random_b32(10)[:_PREFIX_LEN]
    secret = random_b32(20)[:_SECRET_LEN]
    return prefix, f"{KEY_PREFIX}{prefix}{secret}"


def parse_prefix(key: str) -> str | None:
    if not key.startswith(KEY_PREFIX):
        return None
    body = key[len(KEY_PREFIX) :]
    if len(body) != _PREFIX_LEN + _SECRET_LEN:
        return None
    if not all(c in "abcdefghijklmnopqrstuvwxyz234567" for c in body):
        return None
    return body[:_PREFIX_LEN]


def _cache_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyStore:
    def __init__(self, db: Database, cache_ttl: float = 30.0) -> None:
        self.db = db
        self.cache_ttl = cache_ttl
        self._cache: dict[str, tuple[Principal, float]] = {}
        self._lock = threading.Lock()

    def create(
        self, workspace_id: str, role: str, name: str | None = None, expires_at: int | None = None
    ) -> tuple[str, str, int]:
        """Creates a key; returns ``(key_id, full_key, created_at)``. The full key is never stored."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        prefix, full = generate_key()
        key_id = new_id("key")
        created = now_ms()
        api_keys.insert(
            self.db,
            key_id=key_id,
            workspace_id=workspace_id,
            name=name,
            role=role,
            prefix=prefix,
            hashed=_hasher.hash(full),
            created_at=created,
            expires_at=expires_at,
        )
        return key_id, full, created

    def verify(self, key: str) -> Principal | None:
        """Returns the key's principal, or ``None`` for a missing, malformed, revoked or expired key."""
        ck = _cache_key(key)
        now = time.monotonic()
        hit = self._cache.get(ck)
        if hit is not None and hit[1] > now:
            principal = hit[0]
            if principal.expires_at is not None and principal.expires_at <= now_ms():
                self._drop(ck)
                return None
            # The cache saves the Argon2 verification, not the revocation check: a primary-key lookup
            # costs microseconds and sees a revoke made by any process sharing the database at once.
            if not api_keys.not_revoked(self.db, principal.key_id):
                self._drop(ck)
                return None
            return principal
        prefix = parse_prefix(key)
        row = api_keys.by_prefix(self.db, prefix) if prefix is not None else None
        ok: bool
        try:
            ok = bool(_hasher.verify(row["hash"] if row is not None else _DUMMY_HASH, key))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if row is None or not ok:
            return None
        if row["revoked_at"] is not None:
            return None
        if row["expires_at"] is not None and int(row["expires_at"]) <= now_ms():
            return None
        principal = Principal(
            key_id=row["id"], workspace_id=row["workspace_id"], role=row["role"], expires_at=row["expires_at"]
        )
        api_keys.touch(self.db, principal.key_id, now_ms())
        with self._lock:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[ck] = (principal, now + self.cache_ttl)
        return principal

    def _drop(self, ck: str) -> None:
        with self._lock:
            self._cache.pop(ck, None)

    def forget(self, key_id: str) -> None:
        """Drops every cached verification of ``key_id`` (called on revoke)."""
        with self._lock:
            for ck in [ck for ck, (p, _) in self._cache.items() if p.key_id == key_id]:
                del self._cache[ck]
