"""``relay-load``: run the Locust load test headless for a bounded time and report per-step latency.

    relay-load                                   # starts the reference server (fresh db), then stops it
    relay-load --base-url URL --api-key KEY --users 34 --run-time 30s

Prints RPS and p50/p95/p99 per step (actions.list / preview / execute) and the headroom against the
product target: p95 action latency under 1.2 s at 100 RPS.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from relay_contract.refserver import reference_server

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
TARGET_P95_MS = 1200.0
TARGET_RPS = 100.0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="relay-load", description=__doc__.split("\n\n")[0])
    p.add_argument("--base-url", default=os.environ.get("RELAY_BASE_URL"))
    p.add_argument("--api-key", default=os.environ.get("RELAY_API_KEY"))
    p.add_argument("--users", type=int, default=34, help="concurrent users (default 34: ~100 RPS offered)")
    p.add_argument("--spawn-rate", type=float, default=34)
    p.add_argument("--run-time", default="30s", help="bounded duration (Locust syntax, default 30s)")
    p.add_argument("--pacing", type=float, default=1.0, help="seconds per list→preview→execute flow per user")
    p.add_argument("--out-dir", type=Path, help="keep Locust's JSON stats here")
    return p


@contextlib.contextmanager
def _target(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    if args.base_url:
        if not args.api_key:
            raise SystemExit("relay-load: --api-key (or RELAY_API_KEY) is required with --base-url")
        yield args.base_url, args.api_key
        return
    with reference_server(workspaces=["Load test"], rate_limit=10_000_000, burst=1_000_000) as (
        url,
        (ws,),
        _,
    ):
        print(f"relay-load: reference server {url}", flush=True)
        yield url, ws["api_key"]


def run_locust(base_url: str, api_key: str, args: argparse.Namespace, stats_json: Path) -> int:
    cmd = [
        sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "--only-summary",
        "-u", str(args.users), "-r", str(args.spawn_rate), "-t", args.run_time,
        "--json-file", str(stats_json.with_suffix("")), "--stop-timeout", "10", "--loglevel", "WARNING",
    ]  # fmt: skip
    env = dict(os.environ, RELAY_BASE_URL=base_url, RELAY_API_KEY=api_key, RELAY_LOAD_PACING=str(args.pacing))
    print("$ " + " ".join(cmd), flush=True)
    return subprocess.call(cmd, env=env)


@dataclass
class Step:
    name: str
    requests: int
    failures: int
    rps: float
    histogram: dict[int, int]

    def percentile(self, p: float) -> float:
        """Locust's bucketed response times (ms → count) → the p-th percentile, in ms."""
        total = sum(self.histogram.values())
        if total == 0:
            return 0.0
        seen = 0
        for ms in sorted(self.histogram):
            seen += self.histogram[ms]
            if seen >= p * total:
                return float(ms)
        return float(max(self.histogram))


def load_steps(stats_json: Path) -> list[Step]:
    """Locust's final stats (``--json-file``): one entry per step, plus an aggregate computed here."""
    entries = json.loads(stats_json.read_text(encoding="utf-8"))
    steps = []
    merged: dict[int, int] = {}
    start = min((e["start_time"] for e in entries), default=0.0)
    end = max((e["last_request_timestamp"] or 0 for e in entries), default=0.0)
    window = max(end - start, 1.0)
    for e in sorted(entries, key=lambda e: e["name"]):
        hist = {int(float(k)): int(v) for k, v in e["response_times"].items()}
        for k, v in hist.items():
            merged[k] = merged.get(k, 0) + v
        steps.append(Step(e["name"], e["num_requests"], e["num_failures"], e["num_requests"] / window, hist))
    total = Step("Aggregated", sum(s.requests for s in steps), sum(s.failures for s in steps), 0.0, merged)
    total.rps = total.requests / window
    return [*steps, total]


def summarize(steps: list[Step]) -> tuple[str, bool]:
    lines = [f"{'step':<18}{'requests':>9}{'failures':>9}{'RPS':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"]
    for s in steps:
        lines.append(
            f"{s.name:<18}{s.requests:>9}{s.failures:>9}{s.rps:>8.1f}"
            f"{s.percentile(0.50):>9.0f}{s.percentile(0.95):>9.0f}{s.percentile(0.99):>9.0f}"
        )
    by_name = {s.name: s for s in steps}
    total = by_name["Aggregated"]
    execute = by_name.get("actions.execute", total)
    p95 = execute.percentile(0.95)
    lines.append("")
    lines.append(
        f"target: p95 action latency < {TARGET_P95_MS:.0f} ms at {TARGET_RPS:.0f} RPS; measured: "
        f"{total.rps:.1f} RPS overall, actions.execute p95 {p95:.0f} ms, {total.failures} failures"
    )
    latency_headroom = TARGET_P95_MS / p95 if p95 > 0 else float("inf")
    verdict = "meets" if p95 < TARGET_P95_MS and total.rps >= TARGET_RPS * 0.95 else "does NOT meet"
    lines.append(
        f"headroom: latency {latency_headroom:.2f}x the p95 budget ({TARGET_P95_MS - p95:+.0f} ms spare); "
        f"throughput {total.rps / TARGET_RPS:.2f}x the target rate → {verdict} the target on this machine"
    )
    load1, _, _ = os.getloadavg()
    lines.append(
        f"machine: {os.cpu_count()} CPUs, load average {load1:.1f} at the end (server and load generator"
        " share it; a loaded machine inflates every number)"
    )
    return "\n".join(lines), total.failures == 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with contextlib.ExitStack() as stack:
        out_dir = args.out_dir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="relay-load-")))
        out_dir.mkdir(parents=True, exist_ok=True)
        stats = out_dir / "relay-load.json"
        with _target(args) as (base_url, api_key):
            rc = run_locust(base_url, api_key, args, stats)
        if not stats.is_file():
            print("relay-load: Locust wrote no stats", file=sys.stderr)
            return rc or 1
        report, ok = summarize(load_steps(stats))
        print(report, flush=True)
        return 0 if (rc == 0 and ok) else 1


if __name__ == "__main__":
    raise SystemExit(main())
