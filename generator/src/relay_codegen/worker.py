"""The helper process: the work that needs no IR, run beside the main process.

:func:`relay_codegen.pipeline.render` starts one :class:`Worker` before it parses the spec. It runs,
in order, the OpenAPI validation of the spec and the tasks of targets with a ``start`` hook (an
external tool that reads the spec file itself, like datamodel-code-generator), while the main process
parses the spec, builds the IR and renders the other targets: on two cores, the two halves overlap.

A task is a ``"module:function"`` name and string arguments; the function runs in the worker with
the worker's own temporary directory as working directory and returns JSON-able data. Its
:class:`~relay_codegen.diagnostics.GenerationError` (message and diagnostics) is raised again in the
main process by :meth:`Pending.result`; any other failure becomes one with the worker's stderr.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relay_codegen.diagnostics import Diagnostic, Diagnostics, GenerationError

TASKS_FILE = "tasks.json"
RESULTS_FILE = "results.json"


@dataclass(frozen=True)
class Task:
    function: str  # "package.module:function", called as function(*args) in the worker
    args: tuple[str, ...] = ()


class Worker:
    """A Python process running ``tasks`` in order; ``files`` are written to its directory first."""

    def __init__(self, tasks: Mapping[str, Task], files: Mapping[str, bytes] | None = None) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="relay-codegen-worker-")
        self.directory = Path(self._tmp.name)
        for name, data in (files or {}).items():
            (self.directory / name).write_bytes(data)
        spec = [{"name": name, "function": t.function, "args": list(t.args)} for name, t in tasks.items()]
        (self.directory / TASKS_FILE).write_text(json.dumps(spec), encoding="utf-8")
        self._stderr = (self.directory / "stderr.txt").open("w+b")
        # the child imports this very relay_codegen, even when it is not installed
        package_parent = str(Path(__file__).resolve().parent.parent)
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _WORKER_CODE, package_parent, str(self.directory)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._stderr,
                cwd=self.directory,
            )
        except OSError:
            self._close()
            raise
        self._results: dict[str, Any] | None = None

    def pending(self, name: str) -> Pending:
        return Pending(self, name)

    def result(self, name: str) -> Any:
        """Wait for the worker; the value task ``name`` returned (its error raised here)."""
        if self._results is None:
            try:
                returncode = self._proc.wait()
                results_path = self.directory / RESULTS_FILE
                if returncode != 0 or not results_path.is_file():
                    raise GenerationError(
                        f"the helper process failed (exit {returncode}):\n{self._stderr_text()}"
                    )
                self._results = json.loads(results_path.read_text(encoding="utf-8"))
            finally:
                self._close()
        outcome = self._results[name]
        if "error" in outcome:
            diagnostics = Diagnostics([Diagnostic.from_json(d) for d in outcome.get("diagnostics", [])])
            raise GenerationError(outcome["error"], diagnostics)
        return outcome["value"]

    def cancel(self) -> None:
        """Kill the worker if it still runs (a no-op once its results were read)."""
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        self._close()

    def _stderr_text(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", errors="replace").strip()

    def _close(self) -> None:
        self._stderr.close()
        self._tmp.cleanup()


@dataclass(frozen=True)
class Pending:
    """One task's result, to collect once the main process needs it."""

    worker: Worker
    name: str

    def result(self) -> Any:
        return self.worker.result(self.name)


_WORKER_CODE = """
import sys
if sys.argv[1] not in sys.path:
    sys.path.insert(0, sys.argv[1])
from relay_codegen.worker import _main
_main(sys.argv[2])
"""


def _main(directory: str) -> None:
    """The worker process: run ``tasks.json`` in order, write ``results.json``."""
    os.chdir(directory)
    tasks: Sequence[Mapping[str, Any]] = json.loads(Path(TASKS_FILE).read_text(encoding="utf-8"))
    results: dict[str, Any] = {}
    for task in tasks:
        module, _, function = str(task["function"]).partition(":")
        try:
            value = getattr(importlib.import_module(module), function)(*task["args"])
            results[task["name"]] = {"value": value}
        except GenerationError as exc:
            results[task["name"]] = {
                "error": str(exc),
                "diagnostics": [d.to_json() for d in exc.diagnostics.items],
            }
        except (Exception, SystemExit):  # a tool's bug or exit: report it, run the next task
            results[task["name"]] = {"error": f"{task['name']}: {traceback.format_exc().strip()}"}
    Path(RESULTS_FILE).write_text(json.dumps(results), encoding="utf-8")
