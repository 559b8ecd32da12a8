"""Golden snapshot tests: each tests/golden/<case>/spec.yaml renders to tests/golden/<case>/expected/.

Regenerate after an intended change with ``nox -s goldens`` (= ``pytest --update-goldens``),
then review the diff like any other code change.

The golden output is also checked the way its users compile it, as openapi-python-client's
``end_to_end_tests`` do: the Python SDK (over this checkout's hand-written runtime) and the docs'
Python samples (against that SDK) with ``mypy --strict``, the server's generated package likewise,
the TypeScript SDK (over ``sdk-ts/src/core``) and the docs' TypeScript samples with ``tsc --strict``,
the curl samples with ``bash -n``, the Postman scripts with ``node --check`` and the collection
against the official v2.1 schema.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped,unused-ignore]  # via openapi-spec-validator (pinned)
import pytest
import yaml
from helpers import GOLDEN_DIR, read_tree, tree_diff, write_tree

from relay_codegen.pipeline import render

REPO = Path(__file__).resolve().parents[2]
CASES = sorted(p.name for p in GOLDEN_DIR.iterdir() if (p / "spec.yaml").is_file())
SDK_PY = "sdk-python/src/relay_sdk"
SERVER_PY = "server/src/relay_server/_generated"
SDK_TS = "sdk-ts/src/generated"
SAMPLES = "docs/samples/generated"
COLLECTION = "postman/relay.postman_collection.json"
POSTMAN_SCHEMA = REPO / "postman" / "tests" / "collection-v2.1.0.schema.json"
# tsc: the one pinned in sdk-ts's devDependencies (nox's generator session installs it)
TSC = Path(os.environ.get("RELAY_TSC") or REPO / "sdk-ts" / "node_modules" / ".bin" / "tsc")
TS_CONFIG: dict[str, Any] = {
    "compilerOptions": {
        "target": "ES2022",
        "lib": ["ES2022", "DOM", "DOM.Iterable"],
        "module": "ES2022",
        "moduleResolution": "bundler",
        "strict": True,
        "noEmit": True,
        "noUnusedLocals": True,
        "noUnusedParameters": True,
        "noImplicitOverride": True,
        "isolatedModules": True,
        "types": [],
        # the samples import the package by its name
        "paths": {"@relay/sdk-js": ["./src/index.ts"]},
    },
    "include": ["src", "samples"],
}


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
    every_target = [c for c in CASES if _targets(GOLDEN_DIR / c) is None]
    assert every_target, "a golden case renders every registered target"


def test_render_is_byte_identical_across_runs() -> None:
    spec = GOLDEN_DIR / "basic" / "spec.yaml"
    first = render(spec, only=["server-models"]).files
    second = render(spec, only=["server-models"]).files
    assert first == second


# -- the golden output, compiled as its users compile it ---------------------------------------------


def _cases_with(rel: str) -> list[str]:
    return [c for c in CASES if (GOLDEN_DIR / c / "expected" / rel).is_dir()]


def _run(cmd: list[str], cwd: Path) -> str:
    """Run ``cmd``; its output when it fails ('' when it passes)."""
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    return "" if done.returncode == 0 else f"$ {' '.join(cmd)}\n{done.stdout}{done.stderr}"


def _copy(src: Path, dest: Path, skip: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src).as_posix()
        if path.is_file() and "__pycache__" not in path.parts and rel not in skip:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest / rel)


def _generated(root: Path) -> set[str]:
    """The files of an output root that its stamp lists as generated."""
    stamp = json.loads((root / ".relay-codegen-stamp.json").read_text(encoding="utf-8"))
    return {rel for target in stamp["targets"].values() for rel in target["files"]} | {
        ".relay-codegen-stamp.json"
    }


def _sdk_over_runtime(expected: Path, rel: str, runtime: Path, dest: Path) -> None:
    """This checkout's hand-written runtime at ``runtime`` (its generated files left out), with the
    golden's generated files of output root ``rel`` over it, at ``dest``."""
    _copy(runtime, dest, skip=_generated(runtime))
    _copy(expected / rel, dest)


@pytest.mark.parametrize("case", _cases_with(SDK_PY))
def test_golden_python_type_checks(case: str, tmp_path: Path) -> None:
    expected = GOLDEN_DIR / case / "expected"
    _sdk_over_runtime(expected, SDK_PY, REPO / SDK_PY, tmp_path / "relay_sdk")
    targets = ["relay_sdk"]
    if (expected / SAMPLES).is_dir():
        _copy(expected / SAMPLES, tmp_path / "samples", skip=set())
        targets += sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "samples").glob("*.py"))
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    mypy += ["--cache-dir", str(tmp_path / ".cache")]
    # the SDK's oldest Python mypy checks (it runs on 3.9: postponed annotations), the server's
    failures = _run([*mypy, "--python-version", "3.10", *targets], tmp_path)
    if (expected / SERVER_PY).is_dir():
        _copy(expected / SERVER_PY, tmp_path / "server" / "_generated")
        failures += _run([*mypy, "--python-version", "3.11", "_generated"], tmp_path / "server")
    assert not failures, f"golden case {case!r}: the generated Python does not type-check:\n{failures}"


@pytest.mark.parametrize("case", _cases_with(SDK_TS))
def test_golden_typescript_type_checks(case: str, tmp_path: Path) -> None:
    if not TSC.is_file():
        pytest.skip(f"no tsc at {TSC}: `nox -s \"tests(component='generator')\"` installs sdk-ts's")
    expected = GOLDEN_DIR / case / "expected"
    runtime = REPO / "sdk-ts" / "src"
    generated = {p.relative_to(runtime).as_posix() for p in (runtime / "generated").rglob("*")}
    _copy(runtime, tmp_path / "src", skip=generated)
    _copy(expected / SDK_TS, tmp_path / "src" / "generated")
    if (expected / SAMPLES).is_dir():
        for sample in sorted((expected / SAMPLES).glob("*.ts")):
            (tmp_path / "samples").mkdir(exist_ok=True)
            shutil.copyfile(sample, tmp_path / "samples" / sample.name)
    (tmp_path / "tsconfig.json").write_text(json.dumps(TS_CONFIG, indent=2), encoding="utf-8")
    failures = _run([str(TSC), "-p", "tsconfig.json"], tmp_path)
    assert not failures, f"golden case {case!r}: the generated TypeScript does not type-check:\n{failures}"


@pytest.mark.parametrize("case", _cases_with(SAMPLES))
def test_golden_shell_samples_parse(case: str) -> None:
    samples = sorted((GOLDEN_DIR / case / "expected" / SAMPLES).glob("*.sh"))
    assert samples
    failures = "".join(_run(["bash", "-n", str(path)], GOLDEN_DIR) for path in samples)
    assert not failures, failures


def _scripts(node: Any) -> Iterator[tuple[str, list[str]]]:
    if isinstance(node, dict):
        for event in node.get("event", []):
            yield f"{node.get('name')} ({event['listen']})", event["script"]["exec"]
        for child in node.get("item", []):
            yield from _scripts(child)


@pytest.mark.parametrize("case", [c for c in CASES if (GOLDEN_DIR / c / "expected" / COLLECTION).is_file()])
def test_golden_postman_collection_is_valid(case: str, tmp_path: Path) -> None:
    collection = json.loads((GOLDEN_DIR / case / "expected" / COLLECTION).read_text(encoding="utf-8"))
    schema = json.loads(POSTMAN_SCHEMA.read_text(encoding="utf-8"))
    errors = [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(collection)]
    assert not errors, errors[:10]
    scripts = list(_scripts(collection))
    assert scripts
    # each script as the body of a function: what the Postman sandbox runs
    source = "".join(
        f"// {name}\nfunction script{i}() {{\n" + "\n".join(lines) + "\n}\n"
        for i, (name, lines) in enumerate(scripts)
    )
    (tmp_path / "scripts.js").write_text(source, encoding="utf-8")
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    failures = _run([node, "--check", "scripts.js"], tmp_path)
    assert not failures, failures
