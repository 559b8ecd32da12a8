"""Golden snapshot tests: each tests/golden/<case>/spec.yaml renders to tests/golden/<case>/expected/.

Regenerate after an intended change with ``nox -s goldens`` (= ``pytest --update-goldens``),
then review the diff like any other code change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from helpers import GOLDEN_DIR, read_tree, tree_diff, write_tree

from relay_codegen.pipeline import render

CASES = sorted(p.name for p in GOLDEN_DIR.iterdir() if (p / "spec.yaml").is_file())


def _targets(case_dir: Path) -> list[str] | None:
    config = case_dir / "case.yaml"
    if not config.is_file():
        return None
    data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    targets = data.get("targets")
    return list(targets) if targets else None


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_goldens: bool) -> None:
    case_dir = GOLDEN_DIR / case
    result = render(case_dir / "spec.yaml", only=_targets(case_dir))
    actual = result.files
    expected_dir = case_dir / "expected"
    if update_goldens:
        shutil.rmtree(expected_dir, ignore_errors=True)
        write_tree(expected_dir, actual)
    expected = read_tree(expected_dir)
    diff = tree_diff(expected, actual)
    assert not diff, (
        f"generator output for golden case {case!r} differs from {expected_dir}.\n"
        "If the change is intended, run `nox -s goldens` and review the diff.\n\n" + diff
    )


def test_there_are_golden_cases() -> None:
    assert "basic" in CASES


def test_render_is_byte_identical_across_runs() -> None:
    spec = GOLDEN_DIR / "basic" / "spec.yaml"
    first = render(spec, only=["server-models"]).files
    second = render(spec, only=["server-models"]).files
    assert first == second
