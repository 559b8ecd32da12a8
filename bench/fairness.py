"""Fairness of the reference server: one client misbehaving must not slow the others (issue #17).

- **Bogus-key flood** (item 3): the p99 latency of ``/health`` and of a request with a valid API key,
  probed in an open loop, while ``wrk`` floods the server from 4 connections with well-formed API keys that
  no one has (a fresh random key per request, as fast as the server answers), against the same probes on
  the idle server. Each failed verification costs Argon2 (~50 ms of CPU): on the event loop, 4 flooding
  clients took ``/health`` from 0.8 ms to 174 ms median. Target: flood p99 ≤ 2× idle p99, for both.
- **Hanging webhook receiver** (item 4): the p99 delivery latency of a healthy endpoint (from sending its
  ``/test`` request to the POST reaching the receiver) while another workspace's endpoint holds every
  delivery open, against the same endpoint alone. Target: ≤ 1.5×.

Each figure is the median of per-round ratios, phases interleaved (idle/flood, alone/hanging), on a
server of its own (the flood leaves its address throttled for failed authentications).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from relay_server.testing import running_server

from _util import median
from load import lean_client

#: rate limit and burst of the servers measured: workspace limits out of the way
HIGH = 1_000_000

FLOOD_LUA = """-- a well-formed API key no one has, fresh for every request
local alphabet = "abcdefghijklmnopqrstuvwxyz234567"
math.randomseed(os.time())
request = function()
  local key = {}
  for i = 1, 44 do
    local n = math.random(1, 32)
    key[i] = alphabet:sub(n, n)
  end
  return wrk.format("GET", "/v1/workspace", {["Authorization"] = "Bearer relay_sk_" .. table.concat(key)})
end
"""


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


async def _probe(base_url: str, api_key: str, rate: float, seconds: float) -> dict[str, list[float]]:
    """Open loop at ``rate`` requests/s, alternating ``/health`` and ``GET /v1/workspace`` with the valid
    key; latency from each request's scheduled start (a stalled server is not hidden)."""
    http = lean_client(base_url, api_key)
    found: dict[str, list[float]] = {"health": [], "valid_key": []}
    statuses: list[int] = []
    count = int(rate * seconds)
    start = time.perf_counter() + 0.05

    async def one(index: int) -> None:
        scheduled = start + index / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        route, path = ("health", "/health") if index % 2 == 0 else ("valid_key", "/v1/workspace")
        status, _ = await http.request("GET", path, b"")
        statuses.append(status)
        found[route].append((time.perf_counter() - scheduled) * 1000)

    try:
        await asyncio.gather(*(one(i) for i in range(count)))
    finally:
        await http.close()
    if set(statuses) != {200}:
        raise RuntimeError(f"a probe was refused: {sorted(set(statuses))}")
    return found


def _flood(base_url: str, seconds: float, tmp: Path) -> subprocess.Popen[str]:
    script = tmp / "bogus-keys.lua"
    script.write_text(FLOOD_LUA)
    cmd = ["wrk", "-t1", "-c4", f"-d{seconds + 1:.0f}s", "-s", str(script), f"{base_url}/v1/workspace"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def bench_auth_flood(tmp: Path, rounds: int, seconds: float, rate: float = 100.0) -> dict[str, Any]:
    """Per round: probes on the idle server, then the same probes under the flood."""
    tmp.mkdir(parents=True, exist_ok=True)
    runs: list[dict[str, Any]] = []
    with running_server(workspaces=["fairness"], directory=tmp, rate_limit=HIGH, burst=HIGH) as server:
        asyncio.run(_probe(server.base_url, server.api_key, rate, 1.0))  # warm-up; the key gets verified
        for index in range(rounds):
            idle = asyncio.run(_probe(server.base_url, server.api_key, rate, seconds))
            flood = _flood(server.base_url, seconds, tmp)
            time.sleep(0.5)  # the flood is under way
            try:
                flooded = asyncio.run(_probe(server.base_url, server.api_key, rate, seconds))
            finally:
                out, _ = flood.communicate(timeout=seconds + 60)
            sent = _wrk_requests(out)
            runs.append(
                {
                    "idle_p99_ms": {k: round(_p99(v), 2) for k, v in idle.items()},
                    "flood_p99_ms": {k: round(_p99(v), 2) for k, v in flooded.items()},
                    "flood_requests_per_s": sent,
                }
            )
            print(f"  auth flood round {index + 1}/{rounds}: {runs[-1]}", flush=True)
    result: dict[str, Any] = {"rounds": runs, "probe_rate": rate, "seconds": seconds}
    for route in ("health", "valid_key"):
        result[route] = {
            "idle_p99_ms": median([r["idle_p99_ms"][route] for r in runs]),
            "flood_p99_ms": median([r["flood_p99_ms"][route] for r in runs]),
            "ratio": median([r["flood_p99_ms"][route] / r["idle_p99_ms"][route] for r in runs]),
        }
    result["flood_requests_per_s"] = median([r["flood_requests_per_s"] for r in runs])
    return result


def _wrk_requests(out: str) -> float:
    for line in out.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    raise RuntimeError(f"unparsed wrk output:\n{out}")


class _Receiver:
    """Records when each webhook (by ``webhook-id``) arrives; with ``hold``, holds every request open until
    :meth:`release` (a receiver that hangs)."""

    def __init__(self, hold: bool = False) -> None:
        self.arrived: dict[str, float] = {}
        self.held = threading.Event()
        self._release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length") or 0))
                receiver.arrived[self.headers["webhook-id"]] = time.perf_counter()
                if hold:
                    receiver.held.set()
                    receiver._release.wait(120)
                with contextlib.suppress(OSError):
                    self.send_response(204)
                    self.send_header("content-length", "0")
                    self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def release(self) -> None:
        self._release.set()

    def rearm(self) -> None:
        self.held.clear()
        self._release.clear()

    def close(self) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()


@contextlib.contextmanager
def _receivers() -> Iterator[tuple[_Receiver, _Receiver]]:
    healthy, hanging = _Receiver(), _Receiver(hold=True)
    try:
        yield healthy, hanging
    finally:
        healthy.close()
        hanging.close()


def _pings(
    client: httpx.Client, endpoint_id: str, receiver: _Receiver, count: int, interval: float
) -> list[float]:
    """``count`` test events to the endpoint, one every ``interval`` s; each one's delivery latency, ms."""
    sent: dict[str, float] = {}
    for _ in range(count):
        started = time.perf_counter()
        r = client.post(f"/v1/webhook-endpoints/{endpoint_id}/test")
        r.raise_for_status()
        sent[r.json()["event_id"]] = started
        time.sleep(max(0.0, interval - (time.perf_counter() - started)))
    deadline = time.monotonic() + 60
    while not all(event in receiver.arrived for event in sent):
        if time.monotonic() > deadline:
            raise RuntimeError("a test event to the healthy endpoint was never delivered")
        time.sleep(0.01)
    return [(receiver.arrived[event] - at) * 1000 for event, at in sent.items()]


def bench_webhook_fairness(tmp: Path, rounds: int, pings: int, interval: float = 0.01) -> dict[str, Any]:
    """Per round: ``pings`` test events to a healthy endpoint alone, then as many while another workspace's
    endpoint (20 test events queued) hangs on every delivery."""
    tmp.mkdir(parents=True, exist_ok=True)
    runs: list[dict[str, float]] = []
    with (
        running_server(workspaces=["ok", "hanging"], directory=tmp, rate_limit=HIGH, burst=HIGH) as server,
        _receivers() as (healthy, hanging),
        httpx.Client(base_url=server.base_url, headers=_auth(server.workspaces[0]), timeout=30) as ok_ws,
        httpx.Client(base_url=server.base_url, headers=_auth(server.workspaces[1]), timeout=30) as bad_ws,
    ):

        def create(client: httpx.Client, url: str) -> str:
            body = {"url": url, "events": ["execution.succeeded"]}
            return str(client.post("/v1/webhook-endpoints", json=body).json()["id"])

        endpoint = create(ok_ws, healthy.url)
        _pings(ok_ws, endpoint, healthy, 10, interval)  # warm-up (connections, caches)
        for index in range(rounds):
            alone = _pings(ok_ws, endpoint, healthy, pings, interval)
            stuck = create(bad_ws, hanging.url)
            for _ in range(20):
                bad_ws.post(f"/v1/webhook-endpoints/{stuck}/test").raise_for_status()
            if not hanging.held.wait(30):
                raise RuntimeError("the hanging receiver got no delivery")
            beside = _pings(ok_ws, endpoint, healthy, pings, interval)
            bad_ws.delete(f"/v1/webhook-endpoints/{stuck}").raise_for_status()
            hanging.release()
            time.sleep(0.5)  # the held attempts end before the next round
            hanging.rearm()
            runs.append({"alone_p99_ms": round(_p99(alone), 2), "hanging_p99_ms": round(_p99(beside), 2)})
            print(f"  webhook fairness round {index + 1}/{rounds}: {runs[-1]}", flush=True)
    return {
        "rounds": runs,
        "pings": pings,
        "alone_p99_ms": median([r["alone_p99_ms"] for r in runs]),
        "hanging_p99_ms": median([r["hanging_p99_ms"] for r in runs]),
        "ratio": median([r["hanging_p99_ms"] / r["alone_p99_ms"] for r in runs]),
    }


def _auth(workspace: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {workspace['api_key']}"}


if __name__ == "__main__":  # python bench/fairness.py: both figures alone, a short run
    import tempfile

    with tempfile.TemporaryDirectory(prefix="relay-fairness-") as name:
        print(json.dumps(bench_auth_flood(Path(name) / "auth", 3, 4.0), indent=2))
        print(json.dumps(bench_webhook_fairness(Path(name) / "hooks", 3, 300), indent=2))
