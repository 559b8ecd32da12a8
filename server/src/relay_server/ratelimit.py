"""Token-bucket rate limiting per workspace, with IETF RateLimit / RateLimit-Policy header values."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    reset_seconds: int
    retry_after: int
    policy: str
    header: str


class TokenBucketLimiter:
    """``rate_per_minute`` tokens refill continuously; the bucket holds at most ``burst`` tokens."""

    def __init__(self, rate_per_minute: int, burst: int, name: str = "workspace") -> None:
        if rate_per_minute <= 0 or burst <= 0:
            raise ValueError("rate and burst must be positive")
        self.rate = rate_per_minute / 60.0
        self.burst = burst
        self.name = name
        self.policy = f'"{name}";q={rate_per_minute};w=60'
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str, now: float | None = None) -> Decision:
        t = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), t))
            tokens = min(float(self.burst), tokens + (t - last) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[key] = (tokens, t)
        remaining = math.floor(tokens)
        reset = math.ceil((self.burst - tokens) / self.rate) if tokens < self.burst else 0
        retry_after = 0 if allowed else max(1, math.ceil((1.0 - tokens) / self.rate))
        return Decision(
            allowed=allowed,
            remaining=remaining,
            reset_seconds=reset,
            retry_after=retry_after,
            policy=self.policy,
            header=f'"{self.name}";r={remaining};t={reset if allowed else retry_after}',
        )
