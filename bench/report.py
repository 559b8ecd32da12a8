"""The table of ratios (stdout) and docs/benchmarks.md, from the raw figures of one run."""

from __future__ import annotations

import json
import math
import statistics
from typing import Any

Row = dict[str, Any]


def _get(data: dict[str, Any], *keys: str) -> Any:
    node: Any = data
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _row(
    section: str,
    measure: str,
    relay: float | None,
    other: float | None,
    unit: str,
    target: str,
    check: str | None,
    limit: float | None,
    invert: bool = False,
    measured_ratio: float | None = None,
) -> Row:
    """A ratio row. ``check``: "<=", "<", ">=" against ``limit`` (None: no target, informational).
    ``invert``: the ratio is other/relay (throughput: higher is better for relay). ``measured_ratio``:
    the ratio as its measurement computed it (e.g. a median of per-pass ratios), not relay / other."""
    ratio = measured_ratio
    if ratio is None and relay is not None and other is not None and other > 0 and relay > 0:
        ratio = other / relay if invert else relay / other
    verdict = "—"
    if check and limit is not None:
        if ratio is None or math.isnan(ratio):
            verdict = "n/a"
        else:
            ok = {"<=": ratio <= limit, "<": ratio < limit, ">=": ratio >= limit}[check]
            verdict = "PASS" if ok else "MISS"
    return {
        "section": section,
        "measure": measure,
        "relay": relay,
        "other": other,
        "unit": unit,
        "ratio": None if ratio is None else round(ratio, 3),
        "target": target,
        "verdict": verdict,
    }


def _paired(runs: Any, other_runs: Any) -> float | None:
    """The median of per-round ratios, for samples taken in the same interleaved rounds (round i of one
    client beside round i of the other: drift and stalls of the machine land on both alike)."""
    if not (isinstance(runs, list) and isinstance(other_runs, list)) or len(runs) != len(other_runs):
        return None
    ratios = [a / b for a, b in zip(runs, other_runs, strict=True) if a > 0 and b > 0]
    return statistics.median(ratios) if ratios else None


def rows(data: dict[str, Any]) -> list[Row]:
    out: list[Row] = []
    gen = data.get("generation", {})
    ours = _get(gen, "relay-codegen", "median_s")
    out.append(
        _row(
            "generation",
            "wall time: relay-codegen, all 6 targets / openapi-generator python + typescript-fetch",
            ours,
            _get(gen, "openapi-generator", "median_s"),
            "s",
            "≤ 0.50",
            "<=",
            0.5,
        )
    )
    out.append(
        _row(
            "generation",
            "wall time: relay-codegen, all 6 targets / openapi-python-client alone",
            ours,
            _get(gen, "openapi-python-client", "median_s"),
            "s",
            "—",
            None,
            None,
        )
    )
    calls = data.get("python_calls", {})
    for op in ("list", "retrieve", "execute"):
        relay = _get(calls, "relay-sdk", op, "median_us")
        relay_runs = _get(calls, "relay-sdk", op, "runs_us")
        out.append(
            _row(
                "python sdk",
                f"client CPU per {op}: relay-sdk / raw httpx + json",
                relay,
                _get(calls, "httpx", op, "median_us"),
                "µs",
                "≤ 1.15",
                "<=",
                1.15,
                measured_ratio=_paired(relay_runs, _get(calls, "httpx", op, "runs_us")),
            )
        )
        out.append(
            _row(
                "python sdk",
                f"client CPU per {op}: relay-sdk / openapi-generator python client",
                relay,
                _get(calls, "openapi-generator", op, "median_us"),
                "µs",
                "—",
                None,
                None,
                measured_ratio=_paired(relay_runs, _get(calls, "openapi-generator", op, "runs_us")),
            )
        )
        if op != "execute":
            equivalent = "models.list()" if op == "list" else "models.retrieve()"
            out.append(
                _row(
                    "python sdk",
                    f"client CPU per {op}: relay-sdk / openai {equivalent} on the same route ¹",
                    relay,
                    _get(calls, "openai", op, "median_us"),
                    "µs",
                    "< 1.00",
                    "<",
                    1.0,
                    measured_ratio=_paired(relay_runs, _get(calls, "openai", op, "runs_us")),
                )
            )
    imports = data.get("python_imports", {})
    relay_import = _get(imports, "relay-sdk", "median_us")
    for peer, label, target, check, limit in (
        ("httpx", "import httpx", "≤ 1.30", "<=", 1.3),
        ("openai", "import openai", "< 1.00", "<", 1.0),
        ("openapi-generator", "import of the openapi-generator client", "—", None, None),
    ):
        other = _get(imports, peer, "median_us")
        out.append(
            _row(
                "python sdk",
                f"import time: import relay_sdk / {label}",
                None if relay_import is None else relay_import / 1000,
                None if other is None else other / 1000,
                "ms",
                target,
                check,
                limit,
                measured_ratio=_paired(_get(imports, "relay-sdk", "runs_us"), _get(imports, peer, "runs_us")),
            )
        )
    ts = data.get("typescript", {})
    out.append(
        _row(
            "typescript sdk",
            "bundle (esbuild min + gzip): @relay/sdk-js / openapi-fetch",
            _get(ts, "bundle_gz", "@relay/sdk-js"),
            _get(ts, "bundle_gz", "openapi-fetch"),
            "B",
            "≤ 2.10",  # room for the explicit names of the error classes (minified bundles, #19)
            "<=",
            2.1,
        )
    )
    if _get(ts, "bundle_gz", "openai") is not None:
        out.append(
            _row(
                "typescript sdk",
                "bundle (esbuild min + gzip): @relay/sdk-js / openai",
                _get(ts, "bundle_gz", "@relay/sdk-js"),
                _get(ts, "bundle_gz", "openai"),
                "B",
                "—",
                None,
                None,
            )
        )
    out.append(
        _row(
            "typescript sdk",
            "per call: client.actions.list() / raw fetch + json",
            _get(ts, "per_call_us", "sdk"),
            _get(ts, "per_call_us", "raw"),
            "µs",
            "≤ 1.15",
            "<=",
            1.15,
            measured_ratio=ts.get("per_call_ratio"),  # the median of its passes (sdk-ts/scripts/bench.mjs)
        )
    )
    load = data.get("server", {})
    for route in ("retrieve", "list", "preview"):
        out.append(
            _row(
                "reference server",
                f"requests/s of {route}: relay-server / Prism mock (-v error) ²",
                _get(load, "relay-server", route, "rps"),
                _get(load, "prism", route, "rps"),
                "req/s",
                "≥ 1.00",
                ">=",
                1.0,
            )
        )
    for route in ("retrieve", "list", "preview"):
        ours, theirs = _get(load, "relay-server", route), _get(load, "prism", route)
        row = _row(
            "reference server",
            f"p99 latency of {route} (cells: p50 / p99): relay-server / Prism mock ²",
            None if ours is None else ours["p99_ms"],
            None if theirs is None else theirs["p99_ms"],
            "ms",
            "—",
            None,
            None,
        )
        for key, info in (("relay_text", ours), ("other_text", theirs)):
            if info is not None:
                row[key] = f"{info['p50_ms']:.1f} / {info['p99_ms']:.1f} ms"
        out.append(row)
    models = data.get("server_models", {})
    relay_body = _get(models, "per_body_us", "relay-server", "median_us")
    relay_runs = _get(models, "per_body_us", "relay-server", "runs_us")
    for side, label in (
        ("pydantic", "datamodel-code-generator pydantic model_validate_json alone ⁴"),
        ("pydantic+schema", "pydantic model_validate on top of the same exact check ⁴"),
    ):
        out.append(
            _row(
                "server models",
                f"request body → typed value, CPU per body: relay-server (json.loads + exact JSON Schema"
                f" check, TypedDicts) / {label}",
                relay_body,
                _get(models, "per_body_us", side, "median_us"),
                "µs",
                "—",
                None,
                None,
                measured_ratio=_paired(relay_runs, _get(models, "per_body_us", side, "runs_us")),
            )
        )
    flood = _get(data, "fairness", "auth_flood") or {}
    for route, label in (("health", "/health"), ("valid_key", "a valid key's request")):
        info = flood.get(route) or {}
        out.append(
            _row(
                "reference server",
                f"p99 of {label} under a bogus-key flood / idle ⁵",
                info.get("flood_p99_ms"),
                info.get("idle_p99_ms"),
                "ms",
                "≤ 2.00",
                "<=",
                2.0,
                measured_ratio=info.get("ratio"),
            )
        )
    hooks = _get(data, "fairness", "webhooks") or {}
    out.append(
        _row(
            "reference server",
            "p99 delivery latency of a healthy endpoint beside a hanging receiver / alone ⁵",
            hooks.get("hanging_p99_ms"),
            hooks.get("alone_p99_ms"),
            "ms",
            "≤ 1.50",
            "<=",
            1.5,
            measured_ratio=hooks.get("ratio"),
        )
    )
    execute = data.get("execute_at_rate", {})
    p99 = _get(execute, "p99_ms")
    out.append(
        _row(
            "reference server",
            f"execute p99 at {execute.get('target_rps', 200):.0f} requests/s / 50 ms ³",
            p99,
            50.0 if p99 is not None else None,
            "ms",
            "< 1.00",
            "<",
            1.0,
        )
    )
    scale = _get(data, "scaleout", "configs") or {}
    for measure, unit, label in (
        ("retrieve_rps", "req/s", "requests/s of retrieve (GET /v1/executions/{id})"),
        ("preview_execute_ops", "ops/s", "operations/s of preview + execute"),
    ):
        one = _get(scale, "postgresql-1", measure)
        out.append(
            _row(
                "scale-out",
                f"{label}: 1 process on PostgreSQL / 1 on SQLite",
                one,
                _get(scale, "sqlite-1", measure),
                unit,
                "≥ 0.50" if measure == "retrieve_rps" else "—",
                ">=" if measure == "retrieve_rps" else None,
                0.5 if measure == "retrieve_rps" else None,
            )
        )
        for n in (2, 4):
            goal = measure == "retrieve_rps" and n == 2
            out.append(
                _row(
                    "scale-out",
                    f"{label}: {n} processes / 1, on PostgreSQL",
                    _get(scale, f"postgresql-{n}", measure),
                    one,
                    unit,
                    "≥ 1.50" if goal else "—",
                    ">=" if goal else None,
                    1.5 if goal else None,
                )
            )
    pg_rate = _get(data, "scaleout", "execute_at_rate_postgresql") or {}
    pg_p99 = pg_rate.get("p99_ms")
    out.append(
        _row(
            "scale-out",
            f"execute p99 at {pg_rate.get('target_rps', 200):.0f} requests/s on PostgreSQL (1 process) / 50 ms ³",
            pg_p99,
            50.0 if pg_p99 is not None else None,
            "ms",
            "< 1.00",
            "<",
            1.0,
        )
    )
    return out


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit in ("B", "req/s") or value >= 1000:
        return f"{value:,.0f} {unit}"
    if value >= 100:
        return f"{value:.0f} {unit}"
    return f"{value:.2f} {unit}" if value < 10 else f"{value:.1f} {unit}"


def text_table(table: list[Row]) -> str:
    head = ("measure (ratio = relay / alternative)", "relay", "alternative", "ratio", "target", "result")
    body = [
        (
            r["measure"],
            r.get("relay_text") or _num(r["relay"], r["unit"]),
            r.get("other_text") or _num(r["other"], r["unit"]),
            "n/a" if r["ratio"] is None else f"{r['ratio']:.2f}",
            r["target"],
            r["verdict"],
        )
        for r in table
    ]
    widths = [max(len(str(line[i])) for line in [head, *body]) for i in range(len(head))]
    fmt = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    lines = [fmt.format(*head), "  ".join("-" * w for w in widths)]
    lines += [fmt.format(*line) for line in body]
    return "\n".join(lines)


SECTIONS = {
    "generation": "Code generation",
    "python sdk": "Python SDK",
    "typescript sdk": "TypeScript SDK",
    "server": "Reference server",
}


def markdown_tables(table: list[Row]) -> str:
    """One narrow table per section: what is compared, both figures, the ratio and its target."""
    out: list[str] = []
    for section in dict.fromkeys(r["section"] for r in table):
        out += [f"## {SECTIONS.get(section, section.capitalize())}", ""]
        out += [
            "| Measure (Relay / alternative) | Relay | Alternative | Ratio | Target |",
            "|---|--:|--:|--:|:-:|",
        ]
        for r in (r for r in table if r["section"] == section):
            ratio = "n/a" if r["ratio"] is None else f"{r['ratio']:.2f}"
            relay = r.get("relay_text") or _num(r["relay"], r["unit"])
            other = r.get("other_text") or _num(r["other"], r["unit"])
            verdict = {"PASS": " ✔ met", "MISS": " ✘ **missed**"}.get(r["verdict"], "")
            target = "—" if r["target"] in ("", "—") else f"{r['target']}{verdict}"
            out.append(f"| {r['measure']} | {relay} | {other} | {ratio} | {target} |")
        out.append("")
    return "\n".join(out).rstrip("\n")


def page(data: dict[str, Any]) -> str:
    """docs/benchmarks.md: what a user choosing tools wants to know first, then how it was measured."""
    m = data["machine"]
    calls = data.get("python_calls", {})
    imports = data.get("python_imports", {})
    server = data.get("server", {})
    cfg = data["config"]
    lines = [
        "<!-- Written by bench/run.py (nox -s bench); do not edit by hand. Raw figures: bench/results/latest.json -->",
        "# Benchmarks",
        "",
        "How Relay's generator, SDKs and reference server compare with the tools you would otherwise use:",
        "openapi-generator and openapi-python-client, a raw httpx or fetch call, the `openai` SDK,",
        "openapi-fetch and the Prism mock server. Each figure is a **ratio, Relay / the alternative**,",
        "measured in the same run on the same machine and spec — below 1 means Relay is faster, smaller",
        "or uses less CPU (for throughput, above 1 means more requests per second). Each ratio has the",
        "target Relay holds itself to; a missed target is shown as missed.",
        "",
        "The figures come from one run of `nox -s bench` (the conditions are at the end); run it on your",
        "machine to compare there.",
        "",
        markdown_tables(data["table"]),
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
        "⁴ In-process, CPU per request body (four bodies of the write path), medians of per-round ratios;",
        "no target: the server's choice rests on semantics, not this cost — see *Server models* below.",
        "",
        "⁵ Open-loop probes (100 requests/s, alternating `/health` and `GET /v1/workspace` with a valid key)",
        "on a server of their own, idle and then while `wrk -c4` sends `GET /v1/workspace` with a fresh random",
        "well-formed key per request as fast as the server answers (after 20 failures a minute from an address",
        "the server answers 429, each a second late); the ratio is the median of per-round flood p99 / idle p99.",
        "Healthy endpoint: test events to an endpoint answering at once, one every 10 ms, latency from sending",
        "`/test` to the POST's arrival, alone and then while another workspace's endpoint (20 test events",
        "queued) holds every delivery open; the median of per-round ratios. See *Fairness* below.",
        "",
        "*Scale-out*: each configuration a fresh server (`serve --workers N`) on a fresh database — SQLite, or a",
        "throwaway PostgreSQL cluster on loopback (`synchronous_commit=off`, `fsync` on, as SQLite's WAL with",
        "`synchronous=NORMAL`). Retrieve is `GET /v1/executions/{id}` under `wrk -c16`; preview + execute is 16",
        "closed loops each previewing and executing with an `Idempotency-Key` (`bench/scaleout.py`). The",
        "server processes, PostgreSQL and the load generator share the machine's cores: "
        + "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in (_get(data, "scaleout", "bends") or {}).items())
        + ".",
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
    lines += [
        "## Conditions of this run",
        "",
        f"- Run at {data['started_at']} ({data['duration_s']:.0f} s of measuring, after the installs), "
        f"mode `{data['mode']}`.",
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
    lines += [f"- Peers: {', '.join(f'{k} {v}' for k, v in sorted(data['peers'].items()))}.", ""]
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
            # its message without the "[type=…, input_value=…]" tail: the body column shows the input
            else f"invalid: {pyd['error'].split(' [type=')[0]}"
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
