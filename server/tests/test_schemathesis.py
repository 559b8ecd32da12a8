"""schemathesis (v4) over every operation with all default checks, against a real server.

Runs the ``st`` CLI with ``tests/schemathesis/schemathesis.toml`` and ``hooks.py`` (see their comments for
the two documented adjustments). ``RELAY_SCHEMATHESIS_EXAMPLES`` sets ``--max-examples`` (default 10);
``RELAY_SCHEMATHESIS=0`` skips the run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HIGH_LIMIT, SPEC_FILE, Server, new_database

HERE = Path(__file__).resolve().parent / "schemathesis"


@pytest.mark.schemathesis
@pytest.mark.skipif(os.environ.get("RELAY_SCHEMATHESIS") == "0", reason="RELAY_SCHEMATHESIS=0")
def test_schemathesis_finds_no_failures(tmp_path: Path) -> None:
    st = shutil.which("st", path=str(Path(sys.executable).parent)) or shutil.which("st")
    if st is None:
        pytest.skip("schemathesis is not installed (pip install --group server/pyproject.toml:test)")
    server = Server(new_database(tmp_path), HIGH_LIMIT, cwd=tmp_path).start()
    try:
        key = server.credentials()["api_key"]
        env = {**os.environ, "SCHEMATHESIS_HOOKS": "hooks", "PYTHONPATH": str(HERE)}
        proc = subprocess.run(
            [
                st,
                "--no-color",
                "--config-file",
                str(HERE / "schemathesis.toml"),
                "run",
                str(SPEC_FILE),
                "--url",
                server.url,
                "-H",
                f"Authorization: Bearer {key}",
                "--max-examples",
                os.environ.get("RELAY_SCHEMATHESIS_EXAMPLES", "10"),
                "--workers",
                "2",
                "--seed",
                "1",
            ],
            capture_output=True,
            check=False,
            text=True,
            env=env,
            timeout=1200,
            cwd=tmp_path,  # schemathesis and hypothesis keep their caches in the cwd
        )
    finally:
        server.stop()
    out = proc.stdout + proc.stderr
    (tmp_path / "schemathesis.txt").write_text(out)
    summary = out[out.rfind("SUMMARY") :] if "SUMMARY" in out else out
    failures = re.findall(r"❌ (ST\d+ [^:\n]+): (\d+)", summary)
    assert not failures, f"schemathesis found failures: {failures}\n{out[-6000:]}"
    assert "Tested: 29" in summary or re.search(r"Tested:\s+\d+", summary), summary
    # schemathesis' own crashes (not server faults) are reported as errors, never as server failures
    assert "not_a_server_error" not in summary
