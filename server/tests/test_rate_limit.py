"""Token bucket per workspace: headers on every authenticated response, 429 with Retry-After when empty."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import Server

from relay_server.db import Database
from relay_server.ratelimit import Limiter, Policy
from relay_server.stores import rate_limits


def test_burst_gets_429(tmp_path: Path) -> None:
    # 1 request per minute refill, burst 3: the 4th quick request is refused
    server = Server(tmp_path / "relay.db", ["--rate-limit", "1", "--burst", "3"]).start()
    try:
        key = server.credentials()["api_key"]
        with server.client(key) as c:
            statuses = []
            for _ in range(6):
                r = c.get("/v1/actions")
                statuses.append(r.status_code)
                assert r.headers["ratelimit-policy"] == '"workspace";q=1;w=60'
                assert re.fullmatch(r'"workspace";r=\d+;t=\d+', r.headers["ratelimit"])
            assert statuses[:3] == [200, 200, 200]
            assert statuses[3:] == [429, 429, 429]
            assert r.headers["content-type"] == "application/problem+json"
            assert r.json()["code"] == "rate_limited"
            assert int(r.headers["retry-after"]) >= 1
            # unauthenticated operational endpoints are not rate limited
            assert c.get("/health").status_code == 200
            assert "ratelimit" not in c.get("/health").headers
    finally:
        server.stop()


def test_bucket_math(tmp_path: Path) -> None:
    db = Database(tmp_path / "relay.db")
    db.migrate()
    lim = Limiter(db, Policy("workspace", 60, 2))
    assert lim.take("w", now=0.0).allowed
    d = lim.take("w", now=0.0)
    assert d.allowed and d.remaining == 0 and d.header == '"workspace";r=0;t=2'
    d = lim.take("w", now=0.0)
    assert not d.allowed and d.retry_after == 1 and d.header == '"workspace";r=0;t=1'
    assert lim.take("w", now=1.0).allowed  # one token per second refills
    assert lim.take("other", now=0.0).allowed  # buckets are per workspace
    d = lim.take("fresh", now=5.0)
    assert d.remaining == 1 and d.header == '"workspace";r=1;t=1'
    # a bucket that is full again is the same as no row: the purge drops it, decisions do not change
    assert rate_limits.purge(db, 10.0) == 3
    assert lim.take("w", now=10.0).remaining == 1


def test_limiter_is_shared_by_every_connection(tmp_path: Path) -> None:
    """Two Database objects on one file are two processes' view: one budget, not one each."""
    first, second = Database(tmp_path / "relay.db"), Database(tmp_path / "relay.db")
    first.migrate()
    policy = Policy("workspace", 1, 10)
    a, b = Limiter(first, policy), Limiter(second, policy)
    allowed = [(a if i % 2 else b).take("w", now=100.0).allowed for i in range(30)]
    assert allowed == [True] * 10 + [False] * 20
