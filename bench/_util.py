"""Shared helpers of the Relay benchmark harness: medians, the machine, the reference server (started by
``relay_server.testing``, the suite's one launcher, which also picks free ports)."""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from relay_server.testing import running_server

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float = 90.0, what: str = "server") -> None:
    """Wait until ``url`` answers (any HTTP status), or fail when ``proc`` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with status {proc.returncode} before answering on {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (http://127.0.0.1 only)
                return
        except urllib.error.HTTPError:
            return  # it answered, with an error status: it is up
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not answer on {url} within {timeout:.0f} s") from None
            time.sleep(0.2)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def relay_server(tmp: Path, rate_limit: int = 1_000_000, burst: int = 100_000) -> Iterator[dict[str, str]]:
    """The reference server on a free loopback port with a fresh database and an admin key.

    Rate limiting stays on (every request is counted), with limits above what the bench sends.
    """
    with running_server(workspaces=["bench"], rate_limit=rate_limit, burst=burst, directory=tmp) as server:
        yield {"base_url": server.base_url, "api_key": server.api_key}


def _first_line(cmd: Sequence[str]) -> str:
    try:
        out = subprocess.run(list(cmd), capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unavailable"
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else "unavailable"


def machine() -> dict[str, Any]:
    """The machine the figures were taken on, with the load average at the start of the run."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_gib = float("nan")
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = int(line.split()[1]) / 1024 / 1024
                break
    load = os.getloadavg()
    return {
        "cpu_model": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_gib, 1),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "node": _first_line(["node", "--version"]),
        "java": _first_line(["java", "-version"]),
        "load_average_at_start": [round(x, 2) for x in load],
    }
