"""Several server processes on one database behave as one server: every webhook delivery is attempted
by exactly one process (a claim with a lease in the database), a crashed process's claims are taken over
when their lease expires, one rate limit holds across processes, a revoke in one applies in the other at
once — with two separate ``relay-server serve`` processes, and with ``serve --workers N``."""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from conftest import HIGH_LIMIT, Receiver, credentials_dir, new_database, query, wait_for

from relay_server.testing import ServerProcess


@contextmanager
def servers(
    db: Path | str,
    count: int,
    args: list[str],
    env: dict[str, str] | None = None,
    directory: Path | None = None,
) -> Iterator[list[ServerProcess]]:
    """``count`` ``relay-server serve`` processes on ``db``, each with its own port and log (in
    ``directory``, which a PostgreSQL ``db`` needs; a SQLite one's by default)."""
    where = directory or Path(str(db)).parent
    started: list[ServerProcess] = []
    try:
        for index in range(count):
            log = where / f"server-{index}.log"
            started.append(ServerProcess(db, args, dict(env or {}), log, cwd=where).start())
        yield started
    finally:
        for server in started:
            server.stop()


def admin_key(db: Path | str, directory: Path) -> str:
    creds: dict[str, str] = json.loads(
        (credentials_dir(db, directory) / "relay-dev-credentials.json").read_text()
    )
    return creds["api_key"]


def deliveries(db: Path | str) -> list[dict[str, Any]]:
    return query(db, "SELECT * FROM webhook_deliveries")


def test_each_ping_is_delivered_once_by_two_processes(tmp_path: Path) -> None:
    db = new_database(tmp_path)
    rx = Receiver()
    try:
        with servers(db, 2, HIGH_LIMIT, directory=tmp_path) as (a, b):
            key = admin_key(db, tmp_path)
            clients = [
                httpx.Client(base_url=s.base_url, headers={"Authorization": f"Bearer {key}"}) for s in (a, b)
            ]
            endpoint = (
                clients[0]
                .post("/v1/webhook-endpoints", json={"url": rx.url, "events": ["execution.succeeded"]})
                .json()
            )

            def ping(index: int) -> int:
                return clients[index % 2].post(f"/v1/webhook-endpoints/{endpoint['id']}/test").status_code

            with ThreadPoolExecutor(8) as pool:
                assert list(pool.map(ping, range(40))) == [202] * 40
            wait_for(lambda: all(d["status"] == "succeeded" for d in deliveries(db)), "40 deliveries")
            time.sleep(1.5)  # both workers polled again (every 0.5 s): a duplicate would arrive now
            for client in clients:
                client.close()
    finally:
        rx.close()
    ids = Counter(headers["webhook-id"] for headers, _ in rx.requests)
    assert len(rx.hits) == 40 and len(ids) == 40, ids.most_common(3)
    rows = deliveries(db)
    assert len(rows) == 40 and {r["attempts"] for r in rows} == {1}
    assert {r["event_id"] for r in rows} == set(ids)
    assert all(r["lease_token"] is None for r in rows)


def test_one_rate_limit_across_two_processes(tmp_path: Path) -> None:
    db = new_database(tmp_path)
    # a burst of 100 that refills one request a minute: 240 requests get 100 (101 if a minute turns)
    with servers(db, 2, ["--rate-limit", "1", "--burst", "100"], directory=tmp_path) as (a, b):
        key = admin_key(db, tmp_path)
        clients = [
            httpx.Client(base_url=s.base_url, headers={"Authorization": f"Bearer {key}"}) for s in (a, b)
        ]
        try:
            statuses = Counter(clients[i % 2].get("/v1/workspace").status_code for i in range(240))
            assert set(statuses) == {200, 429} and 100 <= statuses[200] <= 101, statuses
            r = clients[1].get("/v1/workspace")
            assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
            assert r.headers["ratelimit-policy"] == '"workspace";q=1;w=60'
            assert r.headers["ratelimit"].startswith('"workspace";r=0;')
        finally:
            for client in clients:
                client.close()


def test_revoke_in_one_process_applies_in_the_other_at_once(tmp_path: Path) -> None:
    db = new_database(tmp_path)
    with servers(db, 2, HIGH_LIMIT, directory=tmp_path) as (a, b):
        admin = {"Authorization": f"Bearer {admin_key(db, tmp_path)}"}
        created = httpx.post(f"{a.base_url}/v1/api-keys", json={"name": "v", "role": "viewer"}, headers=admin)
        victim = {"Authorization": f"Bearer {created.json()['secret']}"}
        assert httpx.get(f"{b.base_url}/v1/workspace", headers=victim).status_code == 200  # now cached in b
        assert (
            httpx.delete(f"{a.base_url}/v1/api-keys/{created.json()['id']}", headers=admin).status_code == 200
        )
        assert httpx.get(f"{b.base_url}/v1/workspace", headers=victim).status_code == 401


def test_claims_of_a_killed_process_are_taken_over(tmp_path: Path) -> None:
    db = new_database(tmp_path)
    env = {"RELAY_WEBHOOK_TIMEOUT_SECONDS": "1"}  # so the lease is 11 s (timeout + 10 s)
    rx = Receiver(hold=True)
    try:
        with servers(db, 1, HIGH_LIMIT, env, directory=tmp_path) as (a,):
            key = admin_key(db, tmp_path)
            with httpx.Client(base_url=a.base_url, headers={"Authorization": f"Bearer {key}"}) as c:
                endpoint = c.post(
                    "/v1/webhook-endpoints", json={"url": rx.url, "events": ["execution.succeeded"]}
                ).json()
                for _ in range(3):
                    assert c.post(f"/v1/webhook-endpoints/{endpoint['id']}/test").status_code == 202
            # two attempts in flight (the endpoint's concurrency), the third waiting for a free slot
            wait_for(lambda: rx.in_flight == 2, "two attempts held by the receiver")
            claimed = {r["id"] for r in deliveries(db) if r["lease_token"] is not None}
            assert len(claimed) == 2
            assert a.proc is not None
            os.kill(a.proc.pid, signal.SIGKILL)
            a.proc.wait()
            killed_at = time.time()
            rx.release()  # from now on the receiver answers at once
            with servers(db, 1, HIGH_LIMIT, env, directory=tmp_path):
                rows = wait_for(
                    lambda: (
                        (found := deliveries(db)) and all(r["status"] == "succeeded" for r in found) and found
                    ),
                    "the other process to complete the deliveries",
                )
    finally:
        rx.close()
    by_id = {r["id"]: r for r in rows}
    # the killed process's attempts count; its claims were taken over only once their lease expired
    assert {by_id[i]["attempts"] for i in claimed} == {2}
    assert all(by_id[i]["completed_at"] / 1000 >= killed_at + 5 for i in claimed)
    assert [r["attempts"] for i, r in by_id.items() if i not in claimed] == [1]
    # each event reached the receiver once more after the crash: from the process that took over
    ids = Counter(headers["webhook-id"] for headers, _ in rx.requests)
    assert sorted(ids.values()) == [1, 2, 2]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.is_file() else []


def test_serve_workers(tmp_path: Path) -> None:
    db = new_database(tmp_path)
    rx = Receiver()
    try:
        with servers(db, 1, ["--workers", "2", "--rate-limit", "1", "--burst", "30"], directory=tmp_path) as (
            server,
        ):
            assert server.proc is not None
            # uvicorn's supervisor spawns them (multiprocessing's spawn_main), each serving the same socket
            workers = [
                p
                for p in _children(server.proc.pid)
                if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()
            ]
            assert len(workers) == 2
            headers = {"Authorization": f"Bearer {admin_key(db, tmp_path)}"}
            endpoint = httpx.post(
                f"{server.base_url}/v1/webhook-endpoints",
                json={"url": rx.url, "events": ["execution.succeeded"]},
                headers=headers,
            ).json()
            # a new connection each time, so the kernel spreads the requests over both workers
            statuses = Counter(
                httpx.post(
                    f"{server.base_url}/v1/webhook-endpoints/{endpoint['id']}/test", headers=headers
                ).status_code
                for _ in range(40)
            )
            # one budget for both workers: a burst of 30, the endpoint's creation included
            assert statuses[202] + statuses[429] == 40 and statuses[202] in (29, 30), statuses
            wait_for(lambda: all(d["status"] == "succeeded" for d in deliveries(db)), "the deliveries")
            time.sleep(1.5)
    finally:
        rx.close()
    ids = Counter(headers["webhook-id"] for headers, _ in rx.requests)
    assert len(rx.hits) == len(ids) == len(deliveries(db)) == statuses[202]
    assert "2 worker processes" in server.log()
