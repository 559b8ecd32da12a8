"""Rate limits shared by every server process on the database, with IETF RateLimit / RateLimit-Policy
header values.

Two users: the per-workspace limit of every authenticated request (:class:`Limiter`), and the throttle of
failed authentication per client address and per API-key prefix (:class:`FailedAuthThrottle`). Both are
token buckets kept in the database (``stores.rate_limits``: one atomic statement decides and charges), so
two processes, or ``serve --workers N``, enforce one budget, not one each.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass

from relay_server.db import Database
from relay_server.stores import rate_limits

# float noise in tat arithmetic must not turn 3 remaining requests into 2.999… → 2
_EPSILON = 1e-6


@dataclass(frozen=True)
class Policy:
    """``rate_per_minute`` requests refill continuously into a bucket of ``burst``."""

    name: str
    rate_per_minute: int
    burst: int

    def __post_init__(self) -> None:
        if self.rate_per_minute <= 0 or self.burst <= 0:
            raise ValueError("rate and burst must be positive")

    @property
    def interval(self) -> float:
        """Seconds one request's token takes to refill."""
        return 60.0 / self.rate_per_minute

    @property
    def tau(self) -> float:
        """Seconds a full bucket's worth of requests takes to refill."""
        return self.burst * self.interval

    @property
    def header(self) -> str:
        """The ``RateLimit-Policy`` value."""
        return f'"{self.name}";q={self.rate_per_minute};w=60'

    def bucket(self, key: str) -> str:
        return f"{self.name}:{key}"

    def allowed(self, tat: float, now: float) -> Decision:
        """The decision for a request the bucket admitted, leaving it at ``tat``."""
        remaining = max(0, math.floor((self.tau - (tat - now)) / self.interval + _EPSILON))
        reset = max(0, math.ceil(tat - now - _EPSILON))
        return Decision(True, remaining, reset, 0, self.header, f'"{self.name}";r={remaining};t={reset}')

    def refused(self, tat: float, now: float) -> Decision:
        """The decision for a request the bucket (at ``tat``) has no room for."""
        wait = max(1, math.ceil(tat + self.interval - self.tau - now - _EPSILON))
        return Decision(False, 0, wait, wait, self.header, f'"{self.name}";r=0;t={wait}')

    def has_room(self, tat: float | None, now: float) -> bool:
        return tat is None or max(tat, now) + self.interval - now <= self.tau


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    reset_seconds: int
    retry_after: int
    #: the ``RateLimit-Policy`` and ``RateLimit`` header values
    policy: str
    header: str


class Limiter:
    """One bucket per key (the workspace id) under ``policy``, shared by every process on ``db``."""

    def __init__(self, db: Database, policy: Policy) -> None:
        self.db = db
        self.policy = policy

    async def take(self, key: str, now: float | None = None) -> Decision:
        t = self.db.now() if now is None else now
        p = self.policy
        bucket = p.bucket(key)
        tat = await rate_limits.take(self.db, bucket, t, p.interval, p.tau)
        if tat is not None:
            return p.allowed(tat, t)
        # refused: read how long until there is room (a second statement, on this path only)
        return p.refused((await rate_limits.tats(self.db, [bucket])).get(bucket, t), t)

    async def take_for_key(self, key: str, key_id: str, now: float | None = None) -> Decision:
        """``take`` for a request made with API key ``key_id``: the same statement checks that the key is
        not revoked (so an authenticated request costs one statement for both). Raises
        :class:`KeyRevoked` when it is; a revoked key's request is not charged."""
        t = self.db.now() if now is None else now
        p = self.policy
        bucket = p.bucket(key)
        tat = await rate_limits.take_for_key(self.db, bucket, key_id, t, p.interval, p.tau)
        if tat is not None:
            return p.allowed(tat, t)
        active, current = await rate_limits.key_state(self.db, bucket, key_id)
        if not active:
            raise KeyRevoked(key_id)
        return p.refused(t if current is None else current, t)


class KeyRevoked(Exception):
    """The request's API key was revoked (seen by the limiter's statement, which checks it)."""


def client_address(host: str | None) -> str:
    """The throttle's key for a client: its IPv4 address, or the /64 of an IPv6 one (a host holds a
    whole /64, so per-address limits on IPv6 count per network)."""
    if not host:
        return "unknown"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


class FailedAuthThrottle:
    """Failed authentication, throttled per client address and per API-key prefix.

    Only well-formed keys that fail verification count (each cost an Argon2 verification); a missing or
    malformed key is refused without one. Before verifying, :meth:`refusal` says whether either bucket is
    empty (then the request is refused with 429, unverified); :meth:`failed` charges both after a
    failure. A key that was verified recently is served from the key cache without either step, so an
    attacker flooding from a shared address does not lock out the keys in use there.
    """

    def __init__(self, db: Database, by_address: Policy, by_key: Policy) -> None:
        self.db = db
        self.by_address = by_address
        self.by_key = by_key

    def _buckets(self, address: str, prefix: str) -> list[tuple[Policy, str, str]]:
        """(policy, bucket, what it counts) of the address and of the prefix."""
        return [
            (self.by_address, self.by_address.bucket(address), "client address"),
            (self.by_key, self.by_key.bucket(prefix), "API key"),
        ]

    async def refusal(
        self, address: str, prefix: str, now: float | None = None
    ) -> tuple[str, Decision] | None:
        """When the address's or the prefix's bucket is empty: what is throttled ("client address" or
        "API key") and the refusal; else ``None`` (go on, verify)."""
        t = self.db.now() if now is None else now
        buckets = self._buckets(address, prefix)
        found = await rate_limits.tats(self.db, [bucket for _, bucket, _ in buckets])
        for policy, bucket, what in buckets:
            tat = found.get(bucket)
            if tat is not None and not policy.has_room(tat, t):
                return what, policy.refused(tat, t)
        return None

    async def failed(self, address: str, prefix: str, now: float | None = None) -> None:
        """Counts one failed verification against the address and the prefix."""
        t = self.db.now() if now is None else now
        for policy, bucket, _ in self._buckets(address, prefix):
            await rate_limits.take(self.db, bucket, t, policy.interval, policy.tau)
