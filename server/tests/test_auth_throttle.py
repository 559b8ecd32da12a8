"""Failed authentication is neither free nor able to stall the server: Argon2 runs on a bounded pool off
the event loop, and well-formed keys that fail verification are throttled per client address and per key
prefix (429 problem+json with Retry-After), while keys in use keep working and revocation still applies
at once."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from conftest import HIGH_LIMIT, Server, new_database

from relay_server import keys as keys_module
from relay_server.db.sqlite import SqliteDatabase
from relay_server.keys import KeyStore, Throttled
from relay_server.ratelimit import FailedAuthThrottle, Policy, client_address
from relay_server.stores import workspaces

PER_ADDRESS = 6
PER_KEY = 4


def bogus(prefix: str = "", n: int = 0) -> str:
    """A well-formed key no one has (prefix: 12 characters, secret: 32)."""
    body = (prefix or f"{n:012d}".translate(str.maketrans("0123456789", "abcdefghij")))[:12]
    return "relay_sk_" + body + "z" * 32


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    env = {"RELAY_AUTH_FAILURES_PER_ADDRESS": str(PER_ADDRESS), "RELAY_AUTH_FAILURES_PER_KEY": str(PER_KEY)}
    srv = Server(new_database(tmp_path), HIGH_LIMIT, env=env, cwd=tmp_path).start()
    yield srv
    srv.stop()


def get(server: Server, key: str, forwarded_for: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"}
    if forwarded_for:  # uvicorn takes the client address from X-Forwarded-For sent by a 127.0.0.1 proxy
        headers["X-Forwarded-For"] = forwarded_for
    return httpx.get(f"{server.url}/v1/workspace", headers=headers, timeout=30)


def test_bogus_key_flood_is_throttled_per_address(server: Server) -> None:
    admin = server.credentials()["api_key"]
    assert get(server, admin).status_code == 200  # in use: cached
    uncached = httpx.post(
        f"{server.url}/v1/api-keys",
        json={"name": "fresh", "role": "viewer"},
        headers={"Authorization": f"Bearer {admin}"},
    ).json()["secret"]
    responses = [get(server, bogus(n=n)) for n in range(PER_ADDRESS + 4)]
    assert [r.status_code for r in responses] == [401] * PER_ADDRESS + [429] * 4
    refused = responses[-1]
    assert refused.headers["content-type"] == "application/problem+json"
    problem = refused.json()
    assert problem["code"] == "rate_limited" and problem["status"] == 429
    assert "client address" in problem["detail"]
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.headers["ratelimit-policy"] == f'"failed-auth-address";q={PER_ADDRESS};w=60'
    assert refused.headers["ratelimit"] == f'"failed-auth-address";r=0;t={refused.headers["retry-after"]}'
    # a key in use keeps working from the throttled address (the cache saves it a verification) …
    assert get(server, admin).status_code == 200
    # … but one that would need verifying is refused unverified, like any other key from there
    assert get(server, uncached).status_code == 429
    # another address is not throttled
    assert get(server, uncached, forwarded_for="203.0.113.7").status_code == 200
    # missing and malformed keys cost nothing and count nothing: still 401
    assert httpx.get(f"{server.url}/v1/workspace").status_code == 401
    assert get(server, "relay_sk_short").status_code == 401


def test_guessing_one_key_is_throttled_per_prefix(server: Server) -> None:
    prefix = "abcdefghijkl"
    statuses = [
        get(server, bogus(prefix), forwarded_for=f"198.51.100.{n}").status_code for n in range(PER_KEY + 2)
    ]
    assert statuses == [401] * PER_KEY + [429] * 2
    refused = get(server, bogus(prefix), forwarded_for="198.51.100.200")
    assert refused.headers["ratelimit-policy"] == f'"failed-auth-key";q={PER_KEY};w=60'
    assert "API key" in refused.json()["detail"]
    # other prefixes from a fresh address: verified (and refused) normally
    assert get(server, bogus("mnopqrstuvwx"), forwarded_for="198.51.100.201").status_code == 401


def test_forwarded_for_counts_only_from_a_trusted_proxy(tmp_path: Path) -> None:
    env = {"RELAY_AUTH_FAILURES_PER_ADDRESS": "2", "RELAY_FORWARDED_ALLOW_IPS": "192.0.2.10"}
    srv = Server(new_database(tmp_path), HIGH_LIMIT, env=env, cwd=tmp_path).start()
    try:
        # 127.0.0.1 is not the trusted proxy: its X-Forwarded-For is ignored, so changing it evades nothing
        statuses = [get(srv, bogus(n=n), forwarded_for=f"203.0.113.{n}").status_code for n in range(3)]
        assert statuses == [401, 401, 429]
    finally:
        srv.stop()


def test_ipv6_clients_are_counted_per_64() -> None:
    assert (
        client_address("2001:db8:1:2:aaaa::1")
        == client_address("2001:db8:1:2:bbbb::9")
        == "2001:db8:1:2::/64"
    )
    assert client_address("::ffff:192.0.2.1") == "192.0.2.1"
    assert client_address("192.0.2.1") == "192.0.2.1"
    assert client_address(None) == "unknown"


# -- in process: where Argon2 runs -----------------------------------------------------------------------


@dataclass
class Store:
    keys: KeyStore
    key: str  # a valid key, never verified yet
    verified_on: list[str]  # the thread of each Argon2 verification


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A key store on a SQLite database (the throttle's engine-independent logic; its statements are
    the limiter's, which test_rate_limit runs on both engines)."""
    db = SqliteDatabase(tmp_path / "relay.db")
    asyncio.run(db.migrate())
    ks = KeyStore(
        db,
        throttle=FailedAuthThrottle(db, Policy("failed-auth-address", 3, 3), Policy("failed-auth-key", 2, 2)),
        verify_threads=1,
    )

    async def setup() -> str:
        ws_id, _ = await workspaces.create(db, "w")
        _, full, _ = await ks.create(ws_id, "admin")
        return full

    full = asyncio.run(setup())
    verified_on: list[str] = []
    real = keys_module._matches

    def recording(stored: str, key: str) -> bool:
        verified_on.append(threading.current_thread().name)
        return real(stored, key)

    monkeypatch.setattr(keys_module, "_matches", recording)
    yield Store(ks, full, verified_on)
    ks.close()
    db.close_sync()


def test_argon2_runs_on_the_pool_and_is_shared_by_concurrent_requests(
    store: Store,
) -> None:
    ks, key, verified_on = store.keys, store.key, store.verified_on

    async def scenario() -> None:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0)

        tick_task = asyncio.create_task(ticker())
        principals = await asyncio.gather(*(ks.verify(key, "127.0.0.1") for _ in range(10)))
        tick_task.cancel()
        assert len({p.key_id for p in principals if p is not None}) == 1 and None not in principals
        assert ticks > 10  # the event loop kept running while the verification ran

    asyncio.run(scenario())
    # ten concurrent requests with one key: one verification, on the pool's thread, not the loop's
    assert len(verified_on) == 1 and verified_on[0].startswith("relay-argon2")


def test_throttle_in_process(store: Store) -> None:
    ks, key, verified_on = store.keys, store.key, store.verified_on

    async def attempt(candidate: str, client: str) -> str:
        try:
            return "ok" if await ks.verify(candidate, client) is not None else "401"
        except Throttled as exc:
            return f"429:{exc.decision.policy.split(';')[0]}"

    async def scenario() -> Counter[str]:
        outcomes = Counter([await attempt(bogus(n=n), "192.0.2.1") for n in range(5)])
        # throttled: refused without a verification, even the right key from that address
        before = len(verified_on)
        assert await attempt(key, "192.0.2.1") == '429:"failed-auth-address"'
        assert len(verified_on) == before
        assert await attempt(key, "192.0.2.2") == "ok"
        return outcomes

    assert asyncio.run(scenario()) == Counter({"401": 3, '429:"failed-auth-address"': 2})


def test_a_key_in_use_is_never_locked_out(tmp_path: Path) -> None:
    """The cache keeps a key while it is used: from an address that is throttled meanwhile it keeps
    working past the cache's time to live, with no second verification."""
    db = SqliteDatabase(tmp_path / "relay.db")
    asyncio.run(db.migrate())
    ks = KeyStore(db, cache_ttl=0.3, throttle=FailedAuthThrottle(db, Policy("a", 1, 1), Policy("k", 1, 1)))

    async def scenario() -> None:
        ws_id, _ = await workspaces.create(db, "w")
        _, key, _ = await ks.create(ws_id, "viewer")
        assert await ks.verify(key, "192.0.2.1") is not None
        assert await ks.verify(bogus(n=1), "192.0.2.1") is None
        with pytest.raises(Throttled):
            await ks.verify(bogus(n=2), "192.0.2.1")
        for _ in range(8):  # 0.8 s of use, more than twice the time to live
            assert await ks.verify(key, "192.0.2.1") is not None
            await asyncio.sleep(0.1)

    try:
        asyncio.run(scenario())
    finally:
        ks.close()
        db.close_sync()
