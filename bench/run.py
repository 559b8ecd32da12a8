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


def _page(data: dict[str, Any], previous: dict[str, float]) -> str:
    m = data["machine"]
    calls = data.get("python_calls", {})
    imports = data.get("python_imports", {})
    server = data.get("server", {})
    cfg = data["config"]
    lines = [
        "<!-- Written by bench/run.py (nox -s bench); do not edit by hand. Raw figures: bench/results/latest.json -->",
        "# Benchmarks",
        "",
        "Relay's tools measured beside the tools users would pick instead, **in the same run, on the same spec",
        "and the same machine**: medians of repeated, interleaved rounds (the order rotates every round).",
        "Targets are the ones in the project's issues; a MISS is reported, never hidden. Re-run with",
        "`nox -s bench`, which installs every peer at a pinned version and rewrites this page and",
        "`bench/results/latest.json` (the *Prev. run* column compares with the last committed figures).",
        "",
        "## Conditions",
        "",
        f"- Run at {data['started_at']} ({data['duration_s']:.0f} s of measuring, after the installs), mode `{data['mode']}`.",
        f"- Machine: {m['cpu_model']}, {m['cores']} cores, {m['memory_gib']} GiB memory, {m['os']}.",
        f"- Python {m['python']}, Node {m['node']}, Java `{m['java']}`.",
        f"- Load average at start: {', '.join(str(x) for x in m['load_average_at_start'])} "
        f"(1, 5, 15 min) on {m['cores']} cores.",
    ]
    if m["load_average_at_start"][0] > (m["cores"] or 1) * 0.5:
        lines += [
            "- **The machine was busy with other work during this run** (load above half its cores), so",
            "  absolute figures are slow and noisy; ratios of interleaved runs are less affected, but still",
            "  take them as indicative.",
        ]
    lines += [
        f"- Peers: {', '.join(f'{k} {v}' for k, v in sorted(data['peers'].items()))}.",
        "",
        "## Ratios",
        "",
        report.markdown_table(data["table"], previous),
        "",
        "¹ `openai` has no Relay operations: its `models.list()` / `models.retrieve()` are pointed at the same",
        "reference server (`base_url=…/v1`), and an httpx request hook on its `http_client` rewrites",
        "`/v1/models` → `/v1/actions` (the same list shape: `data` plus extra fields) and `/v1/models/x` →",
        "`/v1/actions/email.send`. That hook is the only extra work on its side; alone it costs "
        f"{data.get('openai_hook_us', float('nan')):.1f} µs of CPU per call on this machine, included in its figure.",
        "",
        "² Closed loop: `wrk -t1 -c"
        f"{cfg['connections']} -d{cfg['load_seconds']}s` per route, {cfg['load_rounds']} interleaved rounds,",
        "on loopback. The reference server does the real work (API-key auth, per-workspace rate limiting with",
        "limits above the offered load, SQLite persistence, audit); Prism returns the spec's examples after",
        "validating the request. Each server runs as one process, as started by default.",
        "",
        "³ Open loop from a lean Python asyncio HTTP/1.1 client (`bench/load.py`; a pool of keep-alive",
        "connections that grows whenever all are busy): requests scheduled at a fixed rate, each with its own",
        "confirm token (previewed beforehand) and `Idempotency-Key`, counted as failed unless the execution",
        "succeeded; latency is counted from each request's scheduled start, so a server that falls behind is",
        "not hidden. Three runs; the ratio is their median p99 / 50 ms. (Earlier versions of the harness used",
        "one run driven by httpx's async client, which spent ~5 ms of CPU per request at this rate and so",
        "measured itself more than the server.)",
        "",
        "⁵ Open-loop probes (100 requests/s, alternating `/health` and `GET /v1/workspace` with a valid key)",
        "on a server of their own, idle and then while `wrk -c4` sends `GET /v1/workspace` with a fresh random",
        "well-formed key per request as fast as the server answers (after 20 failures a minute from an address",
        "the server answers 429, each a second late); the ratio is the median of per-round flood p99 / idle p99.",
        "Healthy endpoint: test events to an endpoint answering at once, one every 10 ms, latency from sending",
        "`/test` to the POST's arrival, alone and then while another workspace's endpoint (20 test events",
        "queued) holds every delivery open; the median of per-round ratios. See *Fairness* below.",
        "",
        "⁴ In-process, CPU per request body (four bodies of the write path), medians of per-round ratios;",
        "no target: the server's choice rests on semantics, not this cost — see *Server models* below.",
        "",
        "## Details",
        "",
        "### Generation (wall time and CPU time, s)",
        "",
        "| Tool | Median | Runs | CPU, median |",
        "|---|--:|---|--:|",
    ]
    for tool, info in data.get("generation", {}).items():
        runs = ", ".join(f"{x:.1f}" for x in info.get("runs_s", [])) or info.get("error", "")
        cpu = f"{info['median_cpu_s']:.1f}" if "median_cpu_s" in info else "n/a"
        lines.append(f"| {tool} | {info.get('median_s', float('nan')):.1f} | {runs} | {cpu} |")
    lines += [
        "",
        "relay-codegen writes all six targets (server models and routes, Python SDK, TypeScript SDK, Postman",
        "collection, docs reference). openapi-generator-cli is the PyPI package (the jar, on Java 17), run",
        "once per generator (`python`, `typescript-fetch`) as a user would, with `--skip-validate-spec`",
        "(its validator rejects the spec's valid link `requestBody` runtime expressions). openapi-python-client",
        "runs with its default config, ruff post-hooks included. CPU is user + sys time of the tool and",
        "every process it starts (relay-codegen runs in one process, the JVM in several threads).",
        "",
        f"### Python clients: client CPU per call (µs, median of {cfg['py_rounds']} rounds)",
        "",
        "| Client | list | retrieve | execute |",
        "|---|--:|--:|--:|",
    ]
    for client, ops in calls.items():
        cells = [
            f"{ops[op]['median_us']:.0f}" if op in ops else "—" for op in ("list", "retrieve", "execute")
        ]
        lines.append(f"| {client} | {' | '.join(cells)} |")
    lines += [
        "",
        f"{cfg['calls']} sequential calls per round for list and retrieve, {cfg['execute_calls']} for execute",
        "(each with a fresh confirm token previewed outside the timed loop), against one reference server;",
        "`time.process_time()` of the client process only. Every round runs every client back to back (the",
        "order rotates), so the table's ratios are medians of per-round ratios; the cells here are medians.",
        "The import-time ratios are paired the same way (each run imports every module once).",
        "",
        f"### Python import time (ms, cumulative `-X importtime`, median of {cfg['import_runs']} fresh interpreters)",
        "",
        "| Client | Module | Median |",
        "|---|---|--:|",
    ]
    for client, info in imports.items():
        lines.append(f"| {client} | `{info['module']}` | {info['median_us'] / 1000:.1f} |")
    lines += [
        "",
        "### Reference server vs Prism (medians of the rounds)",
        "",
        "| Server | Route | Requests/s | p50 ms | p99 ms | Non-2xx |",
        "|---|---|--:|--:|--:|--:|",
    ]
    for name, routes in server.items():
        for route, info in routes.items():
            lines.append(
                f"| {name} | {route} | {info['rps']:.0f} | {info['p50_ms']:.1f} | {info['p99_ms']:.1f} | "
                f"{info['non_2xx']} |"
            )
    ex = data.get("execute_at_rate")
    if ex:
        lines += [
            "",
            f"Execute, open loop at {ex['target_rps']:.0f} requests/s for {cfg['execute_seconds']} s"
            + (f", {len(ex['runs'])} runs (medians)" if "runs" in ex else "")
            + f": achieved {ex['achieved_rps']:.0f} requests/s, p50 {ex['p50_ms']:.1f} ms, p99 {ex['p99_ms']:.1f} ms"
            + (f" (runs: {', '.join(str(r['p99_ms']) for r in ex['runs'])})" if "runs" in ex else "")
            + f", max {ex['max_ms']:.1f} ms, {ex['failures']} failed of {ex['requests']}"
            + (
                f"; {ex['connections']} connections, {ex['client_cpu_ms_per_request']:.2f} ms of load-generator"
                " CPU per request."
                if "connections" in ex
                else "."
            )
            + (
                f" This machine's scheduler took the CPU from a busy process {ex['scheduler']['stalls_over_2ms']}"
                f" times in {ex['scheduler']['seconds']:.0f} s (gaps over 2 ms, the longest"
                f" {ex['scheduler']['longest_ms']:.1f} ms): stalls like these inflate every tail latency here."
                if "scheduler" in ex
                else ""
            ),
        ]
    lines += _models_page(data.get("server_models"), cfg)
    lines += _fairness_page(data.get("fairness"), cfg)
    ts = data.get("typescript", {})
    lines += [
        "",
        "### TypeScript SDK (`sdk-ts/scripts/bench.mjs`, its own output)",
        "",
        "The TypeScript figures are that script's: its per-call batches run against its own local Node HTTP",
        "server answering a constant list body (so the client is what is measured), not the reference server;",
        "each side's figure is its total CPU over interleaved batches of 20 calls, divided by its calls, in",
        "9 passes of 120 batches; the ratio is the median of the passes' ratios (the µs cells are all passes).",
        "",
        "```text",
        *ts.get("output", ["(not run)"]),
        "```",
        "",
    ]
    return "\n".join(lines)


def _models_page(found: dict[str, Any] | None, cfg: dict[str, Any]) -> list[str]:
    if not found:
        return []
    per_body = found["per_body_us"]
    lines = [
        "",
        "### Server models: typing a request body (µs of CPU per body)",
        "",
        f"Bodies of {', '.join(f'`{b}`' for b in found['bodies'])}; medians of {cfg['models_rounds']}"
        f" interleaved rounds of {cfg['models_calls']} parses per body (`bench/server_models.py`).",
        "",
        "| Way | Per body |",
        "|---|--:|",
        f"| relay-server: `json.loads` + its exact JSON Schema check; handlers typed with TypedDicts |"
        f" {per_body['relay-server']['median_us']:.2f} |",
        f"| datamodel-code-generator pydantic model, `model_validate_json` alone | {per_body['pydantic']['median_us']:.2f} |",
        f"| the same model's `model_validate` on top of the exact check | {per_body['pydantic+schema']['median_us']:.2f} |",
        "",
        "Where pydantic's answer differs from the API's (its validation per the spec, JSON Schema 2020-12):",
        "",
        "| Operation | Body | API | pydantic |",
        "|---|---|---|---|",
    ]
    for p in found["probes"]:
        api = "valid" if p["api"]["valid"] else "422: " + "; ".join(e["message"] for e in p["api"]["errors"])
        pyd = p["pydantic"]
        theirs = (
            f"valid, as `{json.dumps(pyd['value'], ensure_ascii=False)}`"
            if pyd["valid"]
            else f"invalid: {pyd['error']}"
        )
        mark = " **≠**" if p["differs"] else ""
        lines.append(f"| `{p['operation']}` | `{json.dumps(p['body'])}` | {api} | {theirs}{mark} |")
    lines += [
        "",
        "Per request the difference is a few µs of a request's several hundred; what decides is the second",
        "table: pydantic's `AnyUrl` rewrites URLs (a trailing slash, lower-cased host, percent-encoding), its",
        "lax datetimes accept numbers and spaces and drop digits, and its regex engine (Rust's) is not the",
        "server's (Python's `re`, as in jsonschema): they differ on `$` before a trailing newline, where",
        "pydantic gives ECMA-262's answer and the server does not (a gap it shares with jsonschema). The",
        "server keeps its exact check and types handlers with TypedDicts (`generator/README.md`,",
        '"server-models").',
    ]
    return lines


def _fairness_page(found: dict[str, Any] | None, cfg: dict[str, Any]) -> list[str]:
    if not found:
        return []
    flood, hooks = found["auth_flood"], found["webhooks"]
    lines = [
        "",
        f"### Fairness: one misbehaving client ({cfg['fairness_rounds']} interleaved rounds, p99 ms, medians)",
        "",
        "| Measure | Idle / alone | Under the flood / beside the hanging receiver | Ratio |",
        "|---|--:|--:|--:|",
    ]
    for route, label in (("health", "`/health`"), ("valid_key", "`GET /v1/workspace`, valid key")):
        info = flood[route]
        lines.append(
            f"| {label}, bogus-key flood | {info['idle_p99_ms']:.1f} | {info['flood_p99_ms']:.1f} | {info['ratio']:.2f} |"
        )
    lines.append(
        f"| healthy endpoint's delivery, hanging receiver | {hooks['alone_p99_ms']:.1f} |"
        f" {hooks['hanging_p99_ms']:.1f} | {hooks['ratio']:.2f} |"
    )
    lines += [
        "",
        f"The flood ran at {flood['flood_requests_per_s']:.0f} requests/s (median over rounds; 4 connections,",
        "each answer waited for). Rounds: `bench/results/latest.json` (`fairness`).",
    ]
    return lines


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
        choices=["generation", "python", "typescript", "server", "fairness"],
    )
    parser.add_argument(
        "--render-only", action="store_true", help="rewrite docs/benchmarks.md from bench/results/latest.json"
    )
    args = parser.parse_args(argv)
    if args.render_only:
        saved = json.loads(RESULTS.read_text())
        PAGE.write_text(_page(saved, saved.get("previous", {})))
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
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    PAGE.write_text(_page(data, data["previous"]))
    print(f"\nwrote {RESULTS.relative_to(ROOT)} and {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
