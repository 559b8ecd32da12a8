"""Server load on loopback: the reference server vs Stoplight Prism's mock of the same spec.

Closed-loop throughput and latency (wrk, fixed connections and duration) of retrieve, list and preview,
in interleaved rounds (the order of the two servers alternates); then an open-loop run of execute at a
fixed rate (200 requests/s) from a lean Python asyncio HTTP/1.1 loop, each request with its own confirm token
(previewed beforehand), latency counted from its scheduled start so a stalled server is not hidden.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from relay_server.testing import free_port

from _util import ROOT, SPEC, median, stop, wait_http

ACTION = "email.send"
BODY = '{"params":{"to":"ada@example.com","subject":"Lunch","body":"Shall we meet at noon?"}}'
ROUTES = {  # name → (method, path)
    "retrieve": ("GET", f"/v1/actions/{ACTION}"),
    "list": ("GET", "/v1/actions"),
    "preview": ("POST", f"/v1/actions/{ACTION}/preview"),
}
LUA = """wrk.method = "POST"
wrk.body = '{body}'
wrk.headers["Content-Type"] = "application/json"
"""


@contextlib.contextmanager
def prism(tmp: Path) -> Iterator[str]:
    """``prism mock -v error`` (its fastest mode) of spec/openapi.yaml on a free loopback port."""
    binary = ROOT / "bench" / "node_modules" / ".bin" / "prism"
    port = free_port()
    log = (tmp / "prism.log").open("wb")
    cmd = [str(binary), "mock", "-v", "error", "-h", "127.0.0.1", "-p", str(port), str(SPEC)]
    proc = subprocess.Popen(cmd, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/health", proc, what="prism")
        yield url
    finally:
        stop(proc)
        log.close()


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s)", text.strip())
    if not match:
        raise ValueError(f"unparsed wrk latency {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def _wrk(
    url: str, api_key: str, route: str, seconds: int, connections: int, tmp: Path, path: str | None = None
) -> dict[str, float]:
    """``route`` of ``ROUTES`` (or a ``GET`` of ``path``) under wrk: requests/s, p50/p99, errors."""
    method, path = ("GET", path) if path is not None else ROUTES[route]
    cmd = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        f"Authorization: Bearer {api_key}",
    ]
    if method == "POST":
        script = tmp / "post.lua"
        script.write_text(LUA.format(body=BODY))
        cmd += ["-s", str(script)]
    out = subprocess.run(
        [*cmd, url + path], capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
    total = re.search(r"(\d+) requests in", out)
    if not (rps and p50 and p99 and total):
        raise RuntimeError(f"unparsed wrk output:\n{out}")
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {
        "rps": float(rps.group(1)),
        "p50_ms": _ms(p50.group(1)),
        "p99_ms": _ms(p99.group(1)),
        "requests": int(total.group(1)),
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": 1 if errors else 0,
    }


def bench_throughput(
    targets: dict[str, tuple[str, str]], rounds: int, seconds: int, connections: int, tmp: Path
) -> dict[str, Any]:
    """``targets``: name → (base_url, api_key). Per target and route: medians over rounds."""
    names = list(targets)
    runs: dict[str, dict[str, list[dict[str, float]]]] = {n: {r: [] for r in ROUTES} for n in names}
    for name in names:  # warm-up (JIT, caches, connections): 1 s each
        for route in ROUTES:
            _wrk(targets[name][0], targets[name][1], route, 1, connections, tmp)
    for index in range(rounds):
        for route in ROUTES:
            order = names if (index + list(ROUTES).index(route)) % 2 == 0 else names[::-1]
            for name in order:
                url, key = targets[name]
                runs[name][route].append(_wrk(url, key, route, seconds, connections, tmp))
        print(f"  load round {index + 1}/{rounds} done", flush=True)
    result: dict[str, Any] = {}
    for name in names:
        result[name] = {}
        for route, samples in runs[name].items():
            result[name][route] = {
                "rps": round(median([s["rps"] for s in samples]), 1),
                "p50_ms": round(median([s["p50_ms"] for s in samples]), 2),
                "p99_ms": round(median([s["p99_ms"] for s in samples]), 2),
                "non_2xx": int(sum(s["non_2xx"] for s in samples)),
                "socket_errors": int(sum(s["socket_errors"] for s in samples)),
                "runs": samples,
            }
    return result


class _Http:
    """A lean HTTP/1.1 client over asyncio streams for the open-loop driver: a pool of keep-alive
    connections (a new one is opened whenever every open one is busy, as a browser fleet would), requests
    written as prepared bytes, responses framed by Content-Length. httpx's async pool costs ~5 ms of CPU
    per request at 200 requests/s with hundreds of connections, which made the *client* the bottleneck
    on a 2-core machine; this costs a small fraction of that, so the latency measured is the server's."""

    def __init__(self, host: str, port: int, api_key: str) -> None:
        self.host, self.port = host, port
        self.head = (
            f"Host: {host}:{port}\r\nAuthorization: Bearer {api_key}\r\nContent-Type: application/json\r\n"
        )
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.opened: list[asyncio.StreamWriter] = []

    async def request(self, method: str, path: str, body: bytes, extra: str = "") -> tuple[int, bytes]:
        conn = self.idle.pop() if self.idle else await self._open()
        reader, writer = conn
        head = f"{method} {path} HTTP/1.1\r\n{self.head}{extra}Content-Length: {len(body)}\r\n\r\n"
        writer.write(head.encode("latin-1") + body)
        status_line = await reader.readline()
        length = None
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        if length is None:
            raise RuntimeError(f"response without Content-Length: {status_line!r}")
        payload = await reader.readexactly(length)
        self.idle.append(conn)
        return int(status_line.split()[1]), payload

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        self.opened.append(writer)
        return reader, writer

    async def close(self) -> None:
        for writer in self.opened:
            writer.close()
        for writer in self.opened:
            with contextlib.suppress(OSError):
                await writer.wait_closed()


def lean_client(base_url: str, api_key: str) -> _Http:
    parts = httpx.URL(base_url)
    return _Http(parts.host, parts.port or 80, api_key)


async def _previews(http: _Http, count: int) -> list[str]:
    semaphore = asyncio.Semaphore(8)

    async def one() -> str:
        async with semaphore:
            status, payload = await http.request("POST", f"/v1/actions/{ACTION}/preview", BODY.encode())
            if status != 200:
                raise RuntimeError(f"preview answered {status}: {payload[:300]!r}")
            return str(json.loads(payload)["confirm_token"])

    return list(await asyncio.gather(*(one() for _ in range(count))))


async def _open_loop(base_url: str, api_key: str, rate: float, seconds: float) -> dict[str, Any]:
    count = int(rate * seconds)
    http = lean_client(base_url, api_key)
    tokens = await _previews(http, count)
    latencies: list[float] = []
    failures = 0
    cpu_start = time.process_time()
    start = time.perf_counter() + 0.05

    async def one(index: int, token: str) -> None:
        nonlocal failures
        scheduled = start + index / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        body = json.dumps({"confirm_token": token}).encode()
        try:
            status, payload = await http.request(
                "POST", f"/v1/actions/{ACTION}/execute", body, f"Idempotency-Key: {uuid.uuid4()}\r\n"
            )
            # a 200 whose execution failed is a failure too: the action must really have run
            if status != 200 or json.loads(payload).get("status") != "succeeded":
                failures += 1
        except (OSError, RuntimeError, ValueError, asyncio.IncompleteReadError):
            failures += 1
        latencies.append((time.perf_counter() - scheduled) * 1000)

    try:
        await asyncio.gather(*(one(i, t) for i, t in enumerate(tokens)))
        elapsed = time.perf_counter() - start
        client_cpu_ms = (time.process_time() - cpu_start) * 1000 / count
    finally:
        await http.close()
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))], 2)

    return {
        "target_rps": rate,
        "achieved_rps": round(count / elapsed, 1),
        "requests": count,
        "failures": failures,
        "connections": len(http.opened),
        "client_cpu_ms_per_request": round(client_cpu_ms, 3),
        "p50_ms": pct(50),
        "p99_ms": pct(99),
        "max_ms": round(latencies[-1], 2),
    }


def scheduler_stalls(seconds: float = 3.0) -> dict[str, float]:
    """How often this machine takes the CPU away from a busy process (a VM's vCPU being descheduled):
    gaps of more than 2 ms in a tight loop. Context for tail latencies, which such stalls inflate."""
    gaps: list[float] = []
    last = time.perf_counter()
    end = last + seconds
    while last < end:
        now = time.perf_counter()
        if now - last > 0.002:
            gaps.append((now - last) * 1000)
        last = now
    return {
        "seconds": seconds,
        "stalls_over_2ms": len(gaps),
        "longest_ms": round(max(gaps, default=0.0), 1),
    }


def bench_execute_rate(
    base_url: str, api_key: str, rate: float, seconds: float, runs: int = 3
) -> dict[str, Any]:
    """``runs`` open-loop runs (fresh confirm tokens each); the figures are medians over the runs
    (failures summed, max the largest), each run kept under ``runs``."""
    samples = [asyncio.run(_open_loop(base_url, api_key, rate, seconds)) for _ in range(runs)]
    return {
        "target_rps": rate,
        "achieved_rps": median([r["achieved_rps"] for r in samples]),
        "requests": sum(r["requests"] for r in samples),
        "failures": sum(r["failures"] for r in samples),
        "connections": max(r["connections"] for r in samples),
        "client_cpu_ms_per_request": round(median([r["client_cpu_ms_per_request"] for r in samples]), 3),
        "p50_ms": median([r["p50_ms"] for r in samples]),
        "p99_ms": median([r["p99_ms"] for r in samples]),
        "max_ms": max(r["max_ms"] for r in samples),
        "runs": samples,
        "scheduler": scheduler_stalls(),
    }
