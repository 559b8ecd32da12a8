"""Type completeness of relay-sdk's public API, as users' type checkers see it (``nox -s lint``).

Runs ``pyright --verifytypes relay_sdk --ignoreexternal`` on the package as it installs (a copy
of ``src/relay_sdk`` on ``PYTHONPATH``: pyright does not verify a package it finds through an
editable install), prints every symbol pyright could not fully type and the score, and exits 1
when the score is below ``--min`` (default 0.99).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "relay_sdk"


def verify(pyright: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="relay-verifytypes-") as site:
        copy = Path(site) / "relay_sdk"
        shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
        command = [pyright, "--pythonpath", sys.executable, "--verifytypes", "relay_sdk"]
        run = subprocess.run(
            [*command, "--ignoreexternal", "--outputjson"],
            capture_output=True,
            text=True,
            check=False,
            cwd=site,
            env={**os.environ, "PYTHONPATH": site},
        )
    try:
        report: dict[str, object] = json.loads(run.stdout)["typeCompleteness"]
    except (ValueError, KeyError):
        sys.exit(f"pyright --verifytypes gave no report:\n{run.stdout}{run.stderr}")
    if not report.get("packageRootDirectory"):
        sys.exit(f"pyright did not find the relay_sdk copy:\n{run.stdout}")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min", type=float, default=0.99, help="lowest completeness (0-1)")
    parser.add_argument("--pyright", default="pyright", help="the pyright executable")
    args = parser.parse_args()
    report = verify(args.pyright)
    symbols = report["symbols"]
    assert isinstance(symbols, list)
    for symbol in symbols:
        for diagnostic in symbol["diagnostics"]:
            if diagnostic["severity"] == "error":
                message = " ".join(diagnostic["message"].replace("\xa0", " ").split())
                print(f"  {symbol['name']}: {message}")
    score = float(str(report["completenessScore"]))
    print(f"relay_sdk type completeness: {score:.2%} (minimum {args.min:.0%})")
    return 0 if score >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
