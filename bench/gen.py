"""Generation wall time: relay-codegen (all targets) vs openapi-generator (python + typescript-fetch) vs
openapi-python-client, on the same spec, in interleaved rounds (the order rotates every round).

Wall time is the figure compared (what a user waits for). The CPU time of each run (user + sys of the
tool and every process it starts) is recorded beside it, since the tools spread their work over the
cores differently (relay-codegen: one process; openapi-generator: JVM threads)."""

from __future__ import annotations

import resource
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from _util import SPEC, median

TOOLS = ("relay-codegen", "openapi-generator", "openapi-python-client")


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # waited-for descendants included
    return usage.ru_utime + usage.ru_stime


def _run(cmd: list[str], log: Path) -> tuple[float, float]:
    """Run ``cmd``; return its (wall, CPU) seconds."""
    cpu = _cpu_of_children()
    start = time.perf_counter()
    with log.open("ab") as out:
        done = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}… exited {done.returncode} (log: {log})")
    return elapsed, _cpu_of_children() - cpu


def _one(tool: str, work: Path, log: Path) -> tuple[float, float]:
    out = work / tool
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    spec = str(SPEC)
    if tool == "relay-codegen":
        return _run(["relay-codegen", "generate", "--spec", spec, "--out", str(out)], log)
    if tool == "openapi-generator":
        # Its OpenAPI 3.1 validator rejects the (valid) runtime expressions in links' requestBody, so
        # validation is skipped; the two generators are run as a user would, one JVM each.
        common = ["generate", "-i", spec, "--skip-validate-spec"]
        py = ["openapi-generator-cli", *common, "-g", "python", "-o", str(out / "python")]
        ts = ["openapi-generator-cli", *common, "-g", "typescript-fetch", "-o", str(out / "typescript-fetch")]
        py_wall, py_cpu = _run([*py, "--package-name", "relay_oag_client"], log)
        ts_wall, ts_cpu = _run(ts, log)
        return py_wall + ts_wall, py_cpu + ts_cpu
    if tool == "openapi-python-client":  # default config, incl. its ruff post-hooks (ruff is on PATH)
        return _run(
            ["openapi-python-client", "generate", "--path", spec, "--output-path", str(out / "client")], log
        )
    raise ValueError(tool)


def bench_generation(work: Path, rounds: int, budget_s: float) -> dict[str, Any]:
    """Return ``{tool: {"runs_s": [...], "median_s": m, "runs_cpu_s": [...], "median_cpu_s": c}}``;
    the openapi-generator Python client of the last run stays in ``work/openapi-generator/python``
    for the client benchmark. Bounded: no new round starts once ``budget_s`` has passed (at least
    one round runs)."""
    log = work / "generation.log"
    runs: dict[str, list[float]] = {tool: [] for tool in TOOLS}
    cpu: dict[str, list[float]] = {tool: [] for tool in TOOLS}
    errors: dict[str, str] = {}
    started = time.monotonic()
    for index in range(rounds):
        if index and time.monotonic() - started > budget_s:
            print(f"  generation: time budget of {budget_s:.0f} s spent after {index} round(s)", flush=True)
            break
        order = TOOLS[index % 3 :] + TOOLS[: index % 3]
        for tool in order:
            if tool in errors:
                continue
            try:
                wall_s, cpu_s = _one(tool, work, log)
                runs[tool].append(wall_s)
                cpu[tool].append(cpu_s)
            except RuntimeError as exc:
                errors[tool] = str(exc)
            print(
                f"  generation round {index + 1}/{rounds}: {tool} {runs[tool][-1:] or errors.get(tool)}",
                flush=True,
            )
    result: dict[str, Any] = {
        tool: {
            "runs_s": [round(x, 3) for x in runs[tool]],
            "median_s": round(median(runs[tool]), 3),
            "runs_cpu_s": [round(x, 3) for x in cpu[tool]],
            "median_cpu_s": round(median(cpu[tool]), 3),
        }
        for tool in TOOLS
        if runs[tool]
    }
    for tool, message in errors.items():
        result.setdefault(tool, {})["error"] = message
    return result
