"""API keys: Argon2id hashes found by a non-secret prefix, verified off the event loop, plus a short-lived
cache of verified keys and the throttle of failed verifications."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from relay_server.db import Database, now_ms
from relay_server.ids import KEY_PREFIX, new_id, random_b32
from relay_server.ratelimit import Decision, FailedAuthThrottle, client_address
from relay_server.stores import api_keys

_PREFIX_LEN = 12
_SECRET_LEN = 32
ROLES = ("admin", "developer", "viewer")

_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
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


class Throttled(Exception):
    """Authentication was refused unverified: too many failures from the client or for the key."""

    def __init__(self, decision: Decision, reason: str) -> None:
        super().__init__(reason)
        self.decision = decision
        self.reason = reason


class KeyStore:
    """Verifies keys and creates them. Argon2 runs on a small thread pool of its own (``verify_threads``),
    never on the event loop: a verification costs tens of milliseconds of CPU, and a stream of bogus keys
    must not stall every other request. Failed verifications are throttled (``throttle``)."""

    def __init__(
        self,
        db: Database,
        cache_ttl: float = 30.0,
        *,
        throttle: FailedAuthThrottle | None = None,
        verify_threads: int = 1,
    ) -> None:
        self.db = db
        self.cache_ttl = cache_ttl
        self.throttle = throttle
        self._cache: dict[str, tuple[Principal, float]] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=verify_threads, thread_name_prefix="relay-argon2")
        #: verifications in progress by cache key: concurrent requests with one key share one
        self._verifying: dict[str, asyncio.Future[Principal | None]] = {}

    async def create(
        self, workspace_id: str, role: str, name: str | None = None, expires_at: int | None = None
    ) -> tuple[str, str, int]:
        """Creates a key; returns ``(key_id, full_key, created_at)``. The full key is never stored; it is
        hashed on the key pool, off the event loop."""
        _check_role(role)
        prefix, full = generate_key()
        hashed = await asyncio.get_running_loop().run_in_executor(self._pool, _hasher.hash, full)
        key_id = new_id("key")
        created = now_ms()
        await api_keys.insert(
            self.db,
            key_id=key_id,
            workspace_id=workspace_id,
            name=name,
            role=role,
            prefix=prefix,
            hashed=hashed,
            created_at=created,
            expires_at=expires_at,
        )
        return key_id, full, created

    async def verify(
        self, key: str, client_host: str | None = None, *, check_revoked: bool = True
    ) -> Principal | None:
        """The key's principal, or ``None`` for a missing, malformed, revoked or expired key. Raises
        :class:`Throttled` when the client's address (see ``ratelimit.client_address``) or the key's
        prefix has too many recent failures: the key is then not verified at all.

        ``check_revoked=False``: a key verified earlier (cached) is returned without reading its
        revocation — for a caller that checks it itself in the same database round trip (the request
        pipeline: ``Limiter.take_for_key``)."""
        ck = _cache_key(key)
        now = time.monotonic()
        hit = self._cache.get(ck)
        if hit is not None and hit[1] > now:
            principal = await self._still_valid(ck, hit[0], check_revoked)
            if principal is not None:
                # a key in use stays verified (revocation and expiry are checked on every request
                # anyway): it never needs Argon2 again, so a throttled address cannot lock it out
                self._cache[ck] = (principal, now + self.cache_ttl)
            return principal
        prefix = parse_prefix(key)
        if prefix is None:  # the shape of a key is public: refusing a malformed one costs no Argon2
            return None
        client = client_address(client_host)
        if self.throttle is not None:
            refusal = await self.throttle.refusal(client, prefix)
            if refusal is not None:
                what, decision = refusal
                raise Throttled(decision, f"Too many failed authentications for this {what}.")
        pending = self._verifying.get(ck)
        if pending is None:
            pending = asyncio.ensure_future(self._verify_uncached(ck, key, prefix, client))
            self._verifying[ck] = pending
            pending.add_done_callback(lambda _: self._verifying.pop(ck, None))
        return await asyncio.shield(pending)

    async def _still_valid(self, ck: str, principal: Principal, check_revoked: bool) -> Principal | None:
        if principal.expires_at is not None and principal.expires_at <= self.db.now_ms():
            self._drop(ck)
            return None
        if not check_revoked:
            return principal
        # The cache saves the Argon2 verification, not the revocation check: a primary-key lookup
        # costs microseconds and sees a revoke made by any process sharing the database at once.
        if not await api_keys.not_revoked(self.db, principal.key_id):
            self._drop(ck)
            return None
        return principal

    async def _verify_uncached(self, ck: str, key: str, prefix: str, client: str) -> Principal | None:
        row = await api_keys.by_prefix(self.db, prefix)
        # verified against a dummy hash when no key has the prefix, so a miss costs as much as a mismatch
        stored = row["hash"] if row is not None else _DUMMY_HASH
        ok = await asyncio.get_running_loop().run_in_executor(self._pool, _matches, stored, key)
        if (
            row is None
            or not ok
            or row["revoked_at"] is not None
            or (row["expires_at"] is not None and int(row["expires_at"]) <= self.db.now_ms())
        ):
            if self.throttle is not None:
                await self.throttle.failed(client, prefix)
            return None
        principal = Principal(
            key_id=row["id"], workspace_id=row["workspace_id"], role=row["role"], expires_at=row["expires_at"]
        )
        await api_keys.touch(self.db, principal.key_id, now_ms())
        with self._lock:
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[ck] = (principal, time.monotonic() + self.cache_ttl)
        return principal

    def _drop(self, ck: str) -> None:
        with self._lock:
            self._cache.pop(ck, None)

    def forget(self, key_id: str) -> None:
        """Drops every cached verification of ``key_id`` (called on revoke)."""
        with self._lock:
            for ck in [ck for ck, (p, _) in self._cache.items() if p.key_id == key_id]:
                del self._cache[ck]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")


def _matches(stored_hash: str, key: str) -> bool:
    try:
        return bool(_hasher.verify(stored_hash, key))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
