"""The pipeline: the spec is parsed once and validated before anything is generated from it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import GOLDEN_DIR

from relay_codegen.cli import main
from relay_codegen.loader import load_spec
from relay_codegen.targets.python_models import render_models

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


def test_invalid_openapi_wins_over_convention_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When the spec is not valid OpenAPI, its validation errors are what is reported (not the
    convention errors of a document that is not OpenAPI), and nothing is written."""
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
