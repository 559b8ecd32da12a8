"""relay-sdk overhead, measured in one run against one local reference server.

1. Client CPU time per call of ``client.actions.list()`` (first page, parsed into attrs models)
   relative to raw ``httpx`` + ``json.loads`` of the same request. Target: ratio <= 1.15.
2. ``import relay_sdk`` time relative to ``import httpx`` (fresh interpreters, ``-X importtime``).
   Target: ratio <= 1.3.

CPU time (``time.process_time``) of this process only — the server runs in another process — over
interleaved rounds, median per round. Run: ``nox -s bench`` or ``python sdk-python/bench/bench.py``.
"""

from __future__ import annotations

import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, Iterator, List

import httpx

from relay_sdk import Relay

CALLS_PER_ROUND = 200
ROUNDS = 7
IMPORT_RUNS = 15
TARGET_CALL_RATIO = 1.15
TARGET_IMPORT_RATIO = 1.3


def _server(tmp: Path) -> Iterator[Dict[str, str]]:
    db = str(tmp / "bench.db")
    created = subprocess.run(
        [
            sys.executable,
            "-m",
            "relay_server",
            "workspaces",
            "create",
            "--name",
            "bench",
            "--db",
            db,
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    api_key = json.loads(created.stdout)["api_key"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--db", db]
    limits = ["--rate-limit", "1000000", "--burst", "100000"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "relay_server", *args, *limits],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("relay-server did not start") from None
                time.sleep(0.1)
        yield {"base_url": url, "api_key": api_key}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _cpu_per_call(fn: Callable[[], object]) -> float:
    start = time.process_time()
    for _ in range(CALLS_PER_ROUND):
        fn()
    return (time.process_time() - start) / CALLS_PER_ROUND


def _import_us(module: str) -> int:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    for line in reversed(out.splitlines()):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1])
    raise RuntimeError(f"no importtime line for {module}")


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="relay-bench-") as tmp:
        server = _server(Path(tmp))
        live = next(server)
        try:
            client = Relay(api_key=live["api_key"], base_url=live["base_url"], max_retries=0)
            raw = httpx.Client(timeout=httpx.Timeout(60.0, connect=5.0))
            url = live["base_url"] + "/v1/actions"
            headers = {"Authorization": f"Bearer {live['api_key']}", "Accept": "application/json"}

            def sdk_call() -> object:
                return client.actions.list()

            def raw_call() -> object:
                response = raw.get(url, headers=headers)
                response.raise_for_status()
                return json.loads(response.content)

            items = len(client.actions.list().data)
            for _ in range(50):  # warm up both paths (connections, caches)
                sdk_call()
                raw_call()
            sdk_rounds: List[float] = []
            raw_rounds: List[float] = []
            for _ in range(ROUNDS):
                sdk_rounds.append(_cpu_per_call(sdk_call))
                raw_rounds.append(_cpu_per_call(raw_call))
            client.close()
            raw.close()
        finally:
            next(server, None)

    sdk_cpu, raw_cpu = statistics.median(sdk_rounds), statistics.median(raw_rounds)
    call_ratio = sdk_cpu / raw_cpu
    sdk_imports: List[int] = []
    httpx_imports: List[int] = []
    for _ in range(IMPORT_RUNS):
        sdk_imports.append(_import_us("relay_sdk"))
        httpx_imports.append(_import_us("httpx"))
    sdk_imp, httpx_imp = statistics.median(sdk_imports), statistics.median(httpx_imports)
    import_ratio = sdk_imp / httpx_imp

    def verdict(ok: bool) -> str:
        return "OK" if ok else "ABOVE TARGET"

    print(f"relay-sdk bench ({ROUNDS} rounds x {CALLS_PER_ROUND} calls, {items} actions per page)")
    print(
        f"  client CPU per call: relay-sdk {sdk_cpu * 1e6:.0f} us, raw httpx+json "
        f"{raw_cpu * 1e6:.0f} us -> ratio {call_ratio:.3f} (target <= {TARGET_CALL_RATIO}) "
        f"{verdict(call_ratio <= TARGET_CALL_RATIO)}"
    )
    print(
        f"  import time ({IMPORT_RUNS} fresh interpreters, median): "
        f"relay_sdk {sdk_imp / 1000:.1f} ms, httpx {httpx_imp / 1000:.1f} ms "
        f"-> ratio {import_ratio:.3f} "
        f"(target <= {TARGET_IMPORT_RATIO}) {verdict(import_ratio <= TARGET_IMPORT_RATIO)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
