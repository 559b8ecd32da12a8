"""``relay-codegen generate --check``: passes on a fresh tree, fails naming each drifted file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import GOLDEN_DIR

from relay_codegen.cli import main
from relay_codegen.targets.base import HEADER

SPEC = GOLDEN_DIR / "basic" / "spec.yaml"
GEN = "server/src/relay_server/_generated"
# The server targets only: other targets have their own tests and goldens.
GENERATE = ["generate", "--spec", str(SPEC), "--only", "server-models"]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pristine")
    assert main([*GENERATE, "--out", str(root)]) == 0
    return root


@pytest.fixture
def tree(pristine: Path, tmp_path: Path) -> Path:
    """A freshly generated tree, private to the test (copied from one generation per module)."""
    shutil.copytree(pristine, tmp_path, dirs_exist_ok=True)
    return tmp_path


def check(tree: Path) -> int:
    return main([*GENERATE, "--check", "--out", str(tree)])


def test_check_passes_on_a_fresh_tree(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(tree) == 0
    assert "up to date" in capsys.readouterr().out


def test_check_fails_after_a_hand_edit(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    models = tree / GEN / "models.py"
    text = models.read_text(encoding="utf-8")
    models.write_text(text.replace("class Preview(TypedDict):", "class Preview(TypedDict):  # hi"))
    assert check(tree) == 1
    err = capsys.readouterr().err
    assert f"drifted: {GEN}/models.py" in err
    assert "+class Preview(TypedDict):\n" in err  # the regenerated line, in a unified diff
    assert "-class Preview(TypedDict):  # hi" in err
    assert "routes.py" not in err


def test_check_names_missing_and_extra_files(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tree / GEN / "routes.py").unlink()
    (tree / GEN / "leftover.py").write_text(f"# {HEADER}\nx = 1\n", encoding="utf-8")
    (tree / GEN / "hand_written.py").write_text("y = 2\n", encoding="utf-8")
    assert check(tree) == 1
    err = capsys.readouterr().err
    assert f"missing: {GEN}/routes.py" in err
    assert f"extra: {GEN}/leftover.py" in err
    assert "hand_written.py" not in err


def test_generate_removes_stale_generated_files(tree: Path) -> None:
    stale = tree / GEN / "leftover.py"
    stale.write_text(f"# {HEADER}\nx = 1\n", encoding="utf-8")
    keep = tree / GEN / "hand_written.py"
    keep.write_text("y = 2\n", encoding="utf-8")
    assert main([*GENERATE, "--out", str(tree)]) == 0
    assert not stale.exists()
    assert keep.exists()
    assert check(tree) == 0  # a file without the header is hand-written: left alone


def test_rerun_is_byte_identical(tree: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    other = tmp_path_factory.mktemp("again")
    assert main([*GENERATE, "--out", str(other)]) == 0
    for path in sorted((tree / GEN).iterdir()):
        assert path.read_bytes() == (other / GEN / path.name).read_bytes(), path.name


def test_stamp_records_spec_hash_and_version(tree: Path) -> None:
    import hashlib

    from relay_codegen import __version__

    stamp = json.loads((tree / GEN / ".relay-codegen-stamp.json").read_text(encoding="utf-8"))
    spec_hash = hashlib.sha256(SPEC.read_bytes()).hexdigest()
    assert stamp["spec_sha256"] == spec_hash
    assert stamp["generator_version"] == __version__
    assert set(stamp["targets"]) == {"server-models", "server-routes"}
    routes = (tree / GEN / "routes.py").read_text(encoding="utf-8").splitlines()
    assert routes[0] == f"# {HEADER}"
    assert spec_hash in routes[1] and __version__ in routes[1]
    files = stamp["targets"]["server-routes"]["files"]
    assert files["routes.py"] == hashlib.sha256((tree / GEN / "routes.py").read_bytes()).hexdigest()
