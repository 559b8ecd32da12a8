#!/usr/bin/env python3
"""Bootstrap: the only entry point a fresh machine needs (python3 3.11, node 20, npm).

    python3 dev.py test     every check: the default nox sessions (lint, tests, ...)
    python3 dev.py demo     the demo
    python3 dev.py ARGS...  anything else goes to nox, e.g. `python3 dev.py -s generate -- --check`

Creates ``.venv-dev/`` with the pinned nox from requirements-dev.txt (re-installed when that file
changes), then runs nox with it. ``test`` ends with one summary line over every test runner:
``total: N passed, N failed, N skipped``. Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv-dev"
REQUIREMENTS = ROOT / "requirements-dev.txt"
RESULTS = ROOT / ".relay" / "test-results"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def _python() -> Path:
    return BIN / ("python.exe" if os.name == "nt" else "python")


def bootstrap() -> Path:
    """Ensure .venv-dev holds exactly the pinned tooling; return its python."""
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    marker = VENV / ".requirements-sha256"
    if marker.is_file() and marker.read_text().strip() == digest and _python().exists():
        return _python()
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 the machine has
        sys.exit(f"dev.py: Python 3.11+ is required (this is {sys.version.split()[0]})")
    print(f"dev.py: creating {VENV.name}/ with the pinned nox ({REQUIREMENTS.name})", flush=True)
    shutil.rmtree(VENV, ignore_errors=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    pip = [str(_python()), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "install", "-r", str(REQUIREMENTS)], check=True)
    marker.write_text(digest + "\n")
    return _python()


def summarize() -> tuple[int, int, int] | None:
    """Sum the per-component results the test sessions wrote (pytest junit XML, node counts)."""
    if not RESULTS.is_dir():
        return None
    passed = failed = skipped = 0
    found = False
    for path in sorted(RESULTS.iterdir()):
        if path.suffix == ".xml":
            root = ET.parse(path).getroot()  # noqa: S314 - our own pytest output
            suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
            for suite in suites:
                total = int(suite.get("tests", 0))
                bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
                skip = int(suite.get("skipped", 0))
                passed += total - bad - skip
                failed += bad
                skipped += skip
                found = True
        elif path.suffix == ".json":
            data = json.loads(path.read_text())
            passed += int(data.get("passed", 0))
            failed += int(data.get("failed", 0))
            skipped += int(data.get("skipped", 0))
            found = True
    return (passed, failed, skipped) if found else None


def main(argv: list[str]) -> int:
    os.chdir(ROOT)
    python = bootstrap()
    nox = [str(python), "-m", "nox", "--reuse-existing-virtualenvs"]
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    if argv[0] == "demo":
        return subprocess.run([*nox, "-s", "demo", *argv[1:]], check=False).returncode
    if argv[0] == "test":
        shutil.rmtree(RESULTS, ignore_errors=True)
        code = subprocess.run([*nox, *argv[1:]], check=False).returncode
        counts = summarize()
        if counts is None:
            print("dev.py: no test results were recorded", file=sys.stderr)
            return code or 1
        passed, failed, skipped = counts
        print(f"total: {passed} passed, {failed} failed, {skipped} skipped", flush=True)
        return code or (1 if failed or not passed else 0)
    return subprocess.run([*nox, *argv], check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
