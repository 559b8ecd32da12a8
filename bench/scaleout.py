"""Scale-out: the reference server on PostgreSQL with 1, 2 and 4 processes beside 1 process on SQLite.

Each configuration is a fresh server (``serve --workers N``) on a fresh database. Two closed-loop figures
per configuration, in interleaved rounds: requests/s of *retrieve* (``GET /v1/executions/{id}``: auth, the
shared rate limit and a primary-key read — wrk, 16 connections) and operations/s of *preview + execute*
(each operation a preview and the execute of its confirm token with an Idempotency-Key: 16 concurrent
loops of the lean HTTP client). Then the open-loop execute at 200 requests/s on one PostgreSQL process
(p99 from each request's scheduled start, as the SQLite figure in ``load``).

PostgreSQL runs as a throwaway cluster on loopback with ``synchronous_commit=off`` (``fsync`` on): a
commit is not flushed before its answer, as SQLite's WAL with ``synchronous=NORMAL`` does not flush
either — both lose at most the last moments of commits on a power loss, never consistency.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from relay_server.testing import running_server
from relay_server.throwaway_postgres import fresh_database, throwaway_postgres

import load
from _util import median

#: settings of the benchmark's cluster: durable pages (fsync on), commits not flushed one by one
BENCH_PG = {"fsync": "on", "full_page_writes": "on", "synchronous_commit": "off", "max_connections": "200"}
CONFIGS = (("sqlite", 1), ("postgresql", 1), ("postgresql", 2), ("postgresql", 4))
CONCURRENCY = 16
#: PostgreSQL connections per server process: the load's concurrency, and 2 for the sweeps
POOL_SIZE = CONCURRENCY + 2
HIGH = 1_000_000


@contextlib.contextmanager
def _server(tmp: Path, engine: str, workers: int, pg_url: str | None) -> Iterator[tuple[str, str]]:
    directory = tmp / f"{engine}-{workers}"
    directory.mkdir(parents=True, exist_ok=True)
    # explicit either way: the launcher would put an unnamed database on RELAY_TEST_POSTGRES_URL's server
    database = fresh_database(pg_url) if engine == "postgresql" and pg_url else str(directory / "relay.db")
    args = ["--workers", str(workers)] if workers > 1 else []
    # each process's pool holds every request the load generator can have in flight (as the deployment
    # guide advises): a request waiting for a connection costs the process CPU as well as time
    env = {"RELAY_DATABASE_POOL_SIZE": str(POOL_SIZE)} if engine == "postgresql" else None
    with running_server(
        workspaces=["scaleout"],
        rate_limit=HIGH,
        burst=HIGH,
        args=args,
        env=env,
        directory=directory,
        database=database,
    ) as server:
        yield server.base_url, server.api_key


async def _operations(base_url: str, api_key: str, seconds: float, concurrency: int) -> dict[str, float]:
    """Closed loop: ``concurrency`` loops each previewing and executing (with an Idempotency-Key) until
    ``seconds`` pass; operations/s and the p50/p99 of one operation."""
    http = load.lean_client(base_url, api_key)
    durations: list[float] = []
    failures = 0
    deadline = time.perf_counter() + seconds

    async def loop() -> None:
        nonlocal failures
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            status, payload = await http.request(
                "POST", f"/v1/actions/{load.ACTION}/preview", load.BODY.encode()
            )
            if status == 200:
                body = json.dumps({"confirm_token": json.loads(payload)["confirm_token"]}).encode()
                key = f"Idempotency-Key: {uuid.uuid4()}\r\n"
                status, payload = await http.request("POST", f"/v1/actions/{load.ACTION}/execute", body, key)
            if status != 200:
                failures += 1
            durations.append((time.perf_counter() - began) * 1000)

    started = time.perf_counter()
    try:
        await asyncio.gather(*(loop() for _ in range(concurrency)))
    finally:
        await http.close()
    elapsed = time.perf_counter() - started
    durations.sort()
    return {
        "ops": round(len(durations) / elapsed, 1),
        "p50_ms": round(durations[len(durations) // 2], 2) if durations else 0.0,
        "p99_ms": round(durations[min(len(durations) - 1, int(0.99 * len(durations)))], 2)
        if durations
        else 0.0,
        "failures": failures,
    }


def _an_execution(base_url: str, api_key: str) -> str:
    """The id of one execution, for the retrieve route."""

    async def one() -> str:
        http = load.lean_client(base_url, api_key)
        try:
            status, payload = await http.request(
                "POST", f"/v1/actions/{load.ACTION}/preview", load.BODY.encode()
            )
            token = json.loads(payload)["confirm_token"]
            body = json.dumps({"confirm_token": token}).encode()
            status, payload = await http.request("POST", f"/v1/actions/{load.ACTION}/execute", body)
            if status != 200:
                raise RuntimeError(f"execute answered {status}: {payload[:200]!r}")
            return str(json.loads(payload)["id"])
        finally:
            await http.close()

    return asyncio.run(one())


def bench_scaleout(
    tmp: Path, rounds: int, seconds: int, execute_rate: int, execute_seconds: int
) -> dict[str, Any]:
    """Per configuration (``sqlite-1``, ``postgresql-1``, ``-2``, ``-4``): medians over ``rounds`` of
    retrieve requests/s and preview+execute operations/s; then execute at ``execute_rate`` on PostgreSQL."""
    result: dict[str, Any] = {"configs": {}, "concurrency": CONCURRENCY, "postgres_settings": BENCH_PG}
    with throwaway_postgres(BENCH_PG) as pg_url:
        samples: dict[str, dict[str, list[dict[str, float]]]] = {}
        for index in range(rounds):
            order = CONFIGS if index % 2 == 0 else CONFIGS[::-1]
            for engine, workers in order:
                name = f"{engine}-{workers}"
                with _server(tmp / f"round-{index}", engine, workers, pg_url) as (url, key):
                    exe_id = _an_execution(url, key)
                    path = f"/v1/executions/{exe_id}"
                    load._wrk(url, key, "retrieve", 1, CONCURRENCY, tmp, path)  # warm-up: connections, caches
                    got = samples.setdefault(name, {"retrieve": [], "preview_execute": []})
                    busy_before, began = _busy_core_seconds(), time.perf_counter()
                    sample = load._wrk(url, key, "retrieve", seconds, CONCURRENCY, tmp, path)
                    elapsed = time.perf_counter() - began
                    sample["busy_cores"] = (_busy_core_seconds() - busy_before) / elapsed
                    got["retrieve"].append(sample)
                    got["preview_execute"].append(asyncio.run(_operations(url, key, seconds, CONCURRENCY)))
                print(f"  scale-out {name}: round {index + 1}/{rounds} done", flush=True)
        for name, got in samples.items():
            result["configs"][name] = {
                "retrieve_rps": round(median([s["rps"] for s in got["retrieve"]]), 1),
                "retrieve_p99_ms": round(median([s["p99_ms"] for s in got["retrieve"]]), 2),
                "retrieve_busy_cores": round(median([s["busy_cores"] for s in got["retrieve"]]), 2),
                "preview_execute_ops": round(median([s["ops"] for s in got["preview_execute"]]), 1),
                "preview_execute_p99_ms": round(median([s["p99_ms"] for s in got["preview_execute"]]), 2),
                "failures": int(
                    sum(s["failures"] for s in got["preview_execute"])
                    + sum(s["non_2xx"] for s in got["retrieve"])
                ),
                "runs": got,
            }
        print("  execute at a fixed rate on PostgreSQL …", flush=True)
        with _server(tmp / "rate", "postgresql", 1, pg_url) as (url, key):
            result["execute_at_rate_postgresql"] = load.bench_execute_rate(
                url, key, execute_rate, execute_seconds
            )
    result["bends"] = _bends(result["configs"])
    return result


def _busy_core_seconds() -> float:
    """CPU seconds every core of the machine has spent busy since boot (Linux ``/proc/stat``): what the
    servers, PostgreSQL and the load generator use together, to show when the machine is saturated."""
    ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = ticks[3] + ticks[4]  # idle, iowait
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK")


def _bends(configs: dict[str, Any]) -> dict[str, str]:
    """Where each curve bends: the first step from N to 2N processes on PostgreSQL that gains less than
    25 % (on 2 cores the database, the load generator and the servers share them)."""
    out: dict[str, str] = {}
    for measure in ("retrieve_rps", "preview_execute_ops"):
        points = [(n, configs.get(f"postgresql-{n}", {}).get(measure)) for n in (1, 2, 4)]
        text = "still rising at 4 processes"
        for (n, a), (m, b) in itertools.pairwise(points):
            if a and b and b < a * 1.25:
                text = f"flat from {n} to {m} processes ({a:.0f} → {b:.0f}/s)"
                break
        out[measure] = text
    busy = ", ".join(
        f"{name} {configs[name]['retrieve_busy_cores']:.2f}"
        for name in (f"{engine}-{n}" for engine, n in CONFIGS)
        if name in configs
    )
    out["cores busy during retrieve"] = f"{busy} of {os.cpu_count()}"
    return out
