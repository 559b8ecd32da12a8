"""The table of ratios (stdout and docs/benchmarks.md) from the raw figures of one run."""

from __future__ import annotations

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
            "≤ 2.00",
            "<=",
            2.0,
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


def markdown_table(table: list[Row], previous: dict[str, float]) -> str:
    lines = [
        "| Measure (ratio = Relay / alternative) | Relay | Alternative | Ratio | Prev. run | Target | Result |",
        "|---|--:|--:|--:|--:|:-:|:-:|",
    ]
    for r in table:
        prev = previous.get(r["measure"])
        ratio = "n/a" if r["ratio"] is None else f"{r['ratio']:.2f}"
        relay = r.get("relay_text") or _num(r["relay"], r["unit"])
        other = r.get("other_text") or _num(r["other"], r["unit"])
        verdict = f"**{r['verdict']}**" if r["verdict"] in ("PASS", "MISS") else r["verdict"]
        lines.append(
            f"| {r['measure']} | {relay} | {other} | "
            f"{ratio} | {'—' if prev is None else f'{prev:.2f}'} | {r['target']} | {verdict} |"
        )
    return "\n".join(lines)
