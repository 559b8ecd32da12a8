"""The helper process (spec validation, datamodel-code-generator) and the shared parse of the spec
give the same results as doing everything in order in one process."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import GOLDEN_DIR

from relay_codegen import __version__
from relay_codegen.build import build_api
from relay_codegen.cli import main
from relay_codegen.diagnostics import Diagnostic, GenerationError
from relay_codegen.loader import load_spec, parse_spec, validate_document
from relay_codegen.pipeline import render
from relay_codegen.render import make_environment
from relay_codegen.targets.base import Context
from relay_codegen.targets.python_models import render_models
from relay_codegen.targets.server_models import SERVER_GENERATED_ROOT, ServerModelsTarget
from relay_codegen.worker import Task, Worker

REPO = Path(__file__).resolve().parents[2]
BASE: dict[str, Any] = yaml.safe_load((GOLDEN_DIR / "basic" / "spec.yaml").read_text("utf-8"))


def _invalid_openapi() -> dict[str, Any]:
    """The golden spec with two OpenAPI errors (no info.version, a response without description)."""
    doc = copy.deepcopy(BASE)
    del doc["info"]["version"]
    del doc["paths"]["/v1/actions"]["get"]["responses"]["200"]["description"]
    return doc


def _write(tmp_path: Path, doc: dict[str, Any]) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return spec


@pytest.mark.parametrize("invalid", [False, True], ids=["valid", "invalid"])
def test_the_helper_validates_as_this_process_does(tmp_path: Path, invalid: bool) -> None:
    spec = _write(tmp_path, _invalid_openapi() if invalid else BASE)
    raw = spec.read_bytes()
    expected = validate_document(parse_spec(spec, raw)).items
    assert bool(expected) is invalid
    worker = Worker(
        {"v": Task("relay_codegen.loader:validate_spec_file", ("s.yaml",))}, files={"s.yaml": raw}
    )
    assert [Diagnostic.from_json(d) for d in worker.result("v")] == expected


def test_a_failing_task_is_raised_in_this_process_and_the_next_task_still_runs(tmp_path: Path) -> None:
    spec = _write(tmp_path, {"openapi": "3.1.0", "info": ["not", "a", "mapping"], "paths": {}})
    worker = Worker(
        {
            "missing": Task("relay_codegen.loader:validate_spec_file", ("no-such-file.yaml",)),
            "ok": Task("relay_codegen.loader:validate_spec_file", (str(spec),)),
        }
    )
    with pytest.raises(GenerationError, match="FileNotFoundError"):
        worker.result("missing")
    assert any(d["code"] == "openapi-invalid" for d in worker.result("ok"))


def test_invalid_openapi_wins_over_convention_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Generation runs while the spec is validated; when the spec is not valid OpenAPI, its
    validation errors are what is reported (as when validation ran first), and nothing is written."""
    doc = _invalid_openapi()
    del doc["paths"]["/v1/actions"]["get"]["x-relay-roles"]  # a convention error (missing-roles)
    spec = _write(tmp_path, doc)
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "[openapi-invalid]" in err and "not a valid OpenAPI 3.1 document" in err
    assert "[missing-roles]" not in err
    assert not (tmp_path / "out").exists()


def test_openapi_python_client_models_the_shared_document_as_it_models_the_file() -> None:
    """The python-sdk target hands openapi-python-client the document every target renders from,
    instead of letting it parse the file again (with ruamel.yaml, as it does): same models."""
    ruamel = pytest.importorskip("ruamel.yaml")
    spec = REPO / "spec" / "openapi.yaml"
    shared = render_models(load_spec(spec).document, spec, "# header\n")
    own = render_models(ruamel.YAML(typ="safe").load(spec.read_bytes()), spec, "# header\n")
    assert shared == own
    assert len(shared.files) > 10


def test_server_models_without_the_pipeline_gives_what_the_pipeline_gives() -> None:
    """``ServerModelsTarget.generate`` on a bare context (no task started by the pipeline) runs its
    task in a helper of its own, with the same result."""
    spec = GOLDEN_DIR / "basic" / "spec.yaml"
    loaded = load_spec(spec)
    api, _ = build_api(loaded.document)
    ctx = Context(
        api=api,
        spec_path=spec.resolve(),
        spec_sha256=loaded.sha256,
        generator_version=__version__,
        templates=make_environment(),
    )
    alone = {f.path: f.content.encode("utf-8") for f in ServerModelsTarget().generate(ctx)}
    files = render(spec, only=["server-models"]).files
    assert alone == {path: files[f"{SERVER_GENERATED_ROOT}/{path}"] for path in alone}
