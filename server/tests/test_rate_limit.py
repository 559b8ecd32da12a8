"""Token bucket per workspace: headers on every authenticated response, 429 with Retry-After when empty."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from conftest import Server, new_database, open_test_database

from relay_server.ratelimit import Limiter, Policy
from relay_server.stores import rate_limits


def test_burst_gets_429(tmp_path: Path) -> None:
    # 1 request per minute refill, burst 3: the 4th quick request is refused
    server = Server(new_database(tmp_path), ["--rate-limit", "1", "--burst", "3"], cwd=tmp_path).start()
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
    async def scenario() -> None:
        db = await open_test_database(new_database(tmp_path))
        try:
            lim = Limiter(db, Policy("workspace", 60, 2))
            assert (await lim.take("w", now=0.0)).allowed
            d = await lim.take("w", now=0.0)
            assert d.allowed and d.remaining == 0 and d.header == '"workspace";r=0;t=2'
            d = await lim.take("w", now=0.0)
            assert not d.allowed and d.retry_after == 1 and d.header == '"workspace";r=0;t=1'
            assert (await lim.take("w", now=1.0)).allowed  # one token per second refills
            assert (await lim.take("other", now=0.0)).allowed  # buckets are per workspace
            d = await lim.take("fresh", now=5.0)
            assert d.remaining == 1 and d.header == '"workspace";r=1;t=1'
            # a bucket that is full again is the same as no row: the purge drops it, decisions do not change
            assert await rate_limits.purge(db, 10.0, 2) == 2  # in batches
            assert await rate_limits.purge(db, 10.0, 2) == 1
            assert (await lim.take("w", now=10.0)).remaining == 1
        finally:
            await db.close()

    asyncio.run(scenario())


def test_limiter_is_shared_by_every_connection(tmp_path: Path) -> None:
    """Two Database objects on one database are two processes' view: one budget, not one each — also
    when their requests race."""

    async def scenario() -> list[bool]:
        database = new_database(tmp_path)
        first, second = await open_test_database(database), await open_test_database(database)
        try:
            policy = Policy("workspace", 1, 10)
            a, b = Limiter(first, policy), Limiter(second, policy)
            decisions = await asyncio.gather(*((a if i % 2 else b).take("w", now=100.0) for i in range(30)))
            return [d.allowed for d in decisions]
        finally:
            await first.close()
            await second.close()

    allowed = asyncio.run(scenario())
    assert allowed.count(True) == 10 and allowed.count(False) == 20
