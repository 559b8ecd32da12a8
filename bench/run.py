"""Relay benchmark harness: the suite beside the tools users would pick instead, in one run.

Run through nox, which installs the peers (pinned in bench/requirements.txt and bench/package.json):
    nox -s bench                 # full run (≲ 10 min), writes bench/results/latest.json + docs/benchmarks.md
    nox -s bench -- --quick      # smoke run: fewer rounds, results not written unless --write

Timings are never asserted: targets are printed beside each ratio with PASS/MISS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fairness
import gen
import load
import pyclients
import report
import scaleout
import server_models
from _util import ROOT, machine, relay_server

RESULTS = ROOT / "bench" / "results" / "latest.json"
PAGE = ROOT / "docs" / "benchmarks.md"

FULL = {
    "gen_rounds": 3,
    "gen_budget_s": 200,
    # many short rounds rather than a few long ones: each ratio pairs two clients' rounds run back to
    # back, and a VM's noisy spells (rounds read 0.4x-1.9x of each other in one run) pass in seconds
    "py_rounds": 31,
    "calls": 60,
    "execute_calls": 30,
    "import_runs": 9,
}
FULL |= {"load_rounds": 3, "load_seconds": 4, "connections": 8, "execute_rate": 200, "execute_seconds": 5}
FULL |= {"models_rounds": 15, "models_calls": 2000}
FULL |= {"fairness_rounds": 5, "fairness_seconds": 4, "fairness_pings": 300}
FULL |= {"scaleout_rounds": 2, "scaleout_seconds": 4}
QUICK = {
    "gen_rounds": 1,
    "gen_budget_s": 0,
    "py_rounds": 2,
    "calls": 20,
    "execute_calls": 10,
    "import_runs": 3,
}
QUICK |= {"load_rounds": 1, "load_seconds": 2, "connections": 8, "execute_rate": 200, "execute_seconds": 2}
QUICK |= {"models_rounds": 3, "models_calls": 300}
QUICK |= {"fairness_rounds": 1, "fairness_seconds": 2, "fairness_pings": 60}
QUICK |= {"scaleout_rounds": 1, "scaleout_seconds": 2}


def _ts_bench() -> dict[str, Any]:
    """sdk-ts's own bench script (npm run bench): bundle bytes and per-call µs, parsed from its output."""
    ts = ROOT / "sdk-ts"
    done = subprocess.run(
        ["npm", "run", "--silent", "bench"], cwd=ts, capture_output=True, text=True, check=False, timeout=600
    )
    out = done.stdout + done.stderr
    result: dict[str, Any] = {"exit_code": done.returncode, "output": out.strip().splitlines()[-40:]}
    bundles: dict[str, int] = {}
    for name, gz in re.findall(r"^\s*(\S+)\s+[\d,]+ B min, ([\d,]+) B gz", out, re.M):
        bundles[name] = int(gz.replace(",", ""))
    per_call: dict[str, float] = {}
    for label, value in re.findall(r"^\s*(.+?)\s{2,}([\d.]+) µs", out, re.M):
        key = (
            "raw"
            if "raw" in label.lower()
            else "sdk"
            if ("client" in label or "relay" in label.lower())
            else label
        )
        per_call.setdefault(key, float(value))
    result["bundle_gz"] = bundles
    result["per_call_us"] = per_call
    ratio = re.search(r"^\s*ratio ([\d.]+) \(median of the passes", out, re.M)
    if ratio:
        result["per_call_ratio"] = float(ratio.group(1))
    return result


def _install_oag_client(work: Path) -> None:
    """pip-install the openapi-generator Python client generated in the generation section."""
    client = work / "openapi-generator" / "python"
    if not (client / "pyproject.toml").is_file():
        spec = str(ROOT / "spec" / "openapi.yaml")
        cmd = ["openapi-generator-cli", "generate", "-i", spec, "--skip-validate-spec", "-g", "python"]
        subprocess.run(
            [*cmd, "-o", str(client), "--package-name", "relay_oag_client"], check=True, capture_output=True
        )
    # its runtime dependencies (urllib3, pydantic, python-dateutil) are pinned in bench/requirements.txt
    pip = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(client)]
    done = subprocess.run(pip, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"could not install the openapi-generator client:\n{done.stdout}{done.stderr}")
    importlib.invalidate_caches()


def _previous() -> dict[str, float]:
    """Ratios of the last committed full run (a --quick run written with --write does not count)."""
    try:
        old = json.loads(RESULTS.read_text())
    except (OSError, ValueError):
        return {}
    if old.get("mode") != "full":
        return dict(old.get("previous", {}))
    return {r["measure"]: r["ratio"] for r in old.get("table", []) if r.get("ratio") is not None}


def _peer_versions() -> dict[str, str]:
    out = {}
    for dist in ("openapi-generator-cli", "openapi-python-client", "openai", "httpx", "relay-sdk"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            out[dist] = "not installed"
    try:
        lock = json.loads((ROOT / "bench" / "package-lock.json").read_text())
        out["@stoplight/prism-cli"] = lock["packages"]["node_modules/@stoplight/prism-cli"]["version"]
    except (OSError, KeyError, ValueError):
        out["@stoplight/prism-cli"] = "not installed"
    out["wrk"] = "installed" if shutil.which("wrk") else "not installed"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: one round of everything, short loads"
    )
    parser.add_argument(
        "--write", action="store_true", help="write the JSON and the page also in --quick mode"
    )
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["generation", "python", "typescript", "server", "fairness", "scaleout"],
    )
    parser.add_argument(
        "--render-only", action="store_true", help="rewrite docs/benchmarks.md from bench/results/latest.json"
    )
    args = parser.parse_args(argv)
    if args.render_only:
        saved = json.loads(RESULTS.read_text())
        PAGE.write_text(report.page(saved))
        print(f"wrote {PAGE.relative_to(ROOT)} from {RESULTS.relative_to(ROOT)}")
        return 0
    cfg = QUICK if args.quick else FULL
    bin_dir = str(Path(sys.executable).parent)  # the venv's tools (relay-codegen, ruff, …) first on PATH
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")

    started = time.monotonic()
    data: dict[str, Any] = {
        "started_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "mode": "quick" if args.quick else "full",
        "machine": machine(),
        "config": cfg,
        "peers": _peer_versions(),
    }
    print(f"machine: {json.dumps(data['machine'])}", flush=True)
    with tempfile.TemporaryDirectory(prefix="relay-bench-") as tmp_name:
        tmp = Path(tmp_name)
        if "generation" not in args.skip:
            print("generation …", flush=True)
            data["generation"] = gen.bench_generation(tmp / "gen", cfg["gen_rounds"], cfg["gen_budget_s"])
        if "python" not in args.skip or "server" not in args.skip:
            with relay_server(tmp) as live:
                if "python" not in args.skip:
                    print("python clients …", flush=True)
                    _install_oag_client(tmp / "gen")
                    data["openai_hook_us"] = round(pyclients.openai_hook_cost_us(live["base_url"]), 2)
                    data["python_calls"] = pyclients.bench_calls(
                        live["base_url"],
                        live["api_key"],
                        cfg["py_rounds"],
                        cfg["calls"],
                        cfg["execute_calls"],
                    )
                    print("python imports …", flush=True)
                    data["python_imports"] = pyclients.bench_imports(cfg["import_runs"])
                if "server" not in args.skip:
                    print("reference server vs prism …", flush=True)
                    with load.prism(tmp) as prism_url:
                        targets = {
                            "relay-server": (live["base_url"], live["api_key"]),
                            "prism": (prism_url, "relay_sk_bench"),
                        }
                        data["server"] = load.bench_throughput(
                            targets, cfg["load_rounds"], cfg["load_seconds"], cfg["connections"], tmp
                        )
                    print("execute at a fixed rate …", flush=True)
                    data["execute_at_rate"] = load.bench_execute_rate(
                        live["base_url"], live["api_key"], cfg["execute_rate"], cfg["execute_seconds"]
                    )
        if "server" not in args.skip:
            print("server models: request bodies, TypedDicts vs pydantic …", flush=True)
            data["server_models"] = server_models.bench_models(
                tmp / "models", cfg["models_rounds"], cfg["models_calls"]
            )
        if "fairness" not in args.skip:
            print("fairness: a bogus-key flood, a hanging webhook receiver …", flush=True)
            data["fairness"] = {
                "auth_flood": fairness.bench_auth_flood(
                    tmp / "auth-flood", cfg["fairness_rounds"], cfg["fairness_seconds"]
                ),
                "webhooks": fairness.bench_webhook_fairness(
                    tmp / "webhook-fairness", cfg["fairness_rounds"], cfg["fairness_pings"]
                ),
            }
        if "scaleout" not in args.skip:
            print("scale-out: PostgreSQL with 1, 2, 4 processes beside SQLite …", flush=True)
            data["scaleout"] = scaleout.bench_scaleout(
                tmp / "scaleout",
                cfg["scaleout_rounds"],
                cfg["scaleout_seconds"],
                cfg["execute_rate"],
                cfg["execute_seconds"],
            )
        if "typescript" not in args.skip:
            print("typescript sdk (sdk-ts/scripts/bench.mjs) …", flush=True)
            data["typescript"] = _ts_bench()
    data["duration_s"] = round(time.monotonic() - started, 1)
    data["table"] = report.rows(data)

    print()
    print(f"Relay bench ({data['mode']}, {data['duration_s']:.0f} s; load average at start ", end="")
    print(f"{data['machine']['load_average_at_start'][0]} on {data['machine']['cores']} cores)")
    print(report.text_table(data["table"]))
    if args.quick and not args.write:
        print("\n(--quick: bench/results/latest.json and docs/benchmarks.md left unchanged)")
        return 0
    data["previous"] = _previous()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    saved = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    RESULTS.write_text(saved)
    PAGE.write_text(report.page(json.loads(saved)))  # as --render-only renders it: the same page
    print(f"\nwrote {RESULTS.relative_to(ROOT)} and {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
