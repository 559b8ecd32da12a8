"""The server targets' typing rules and the spec shapes they refuse, with located diagnostics."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import GOLDEN_DIR

from relay_codegen.diagnostics import GenerationError
from relay_codegen.pipeline import render
from relay_codegen.targets.server_models import SERVER_GENERATED_ROOT

BASE: dict[str, Any] = yaml.safe_load((GOLDEN_DIR / "basic" / "spec.yaml").read_text("utf-8"))


def _render(tmp_path: Path, doc: dict[str, Any]) -> dict[str, str]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    files = render(spec, only=["server-models"]).files
    return {k.removeprefix(SERVER_GENERATED_ROOT + "/"): v.decode("utf-8") for k, v in files.items()}


def test_the_error_codes_are_a_str_enum_and_other_enums_literals(tmp_path: Path) -> None:
    doc = copy.deepcopy(BASE)
    doc["components"]["schemas"]["ErrorCode"] = {
        "type": "string",
        "enum": ["not_found", "global"],  # a keyword: its member needs another name
        "description": "- `not_found` (404): no such thing.\n- `global` (403): not for you.\n",
    }
    doc["components"]["schemas"]["Problem"]["properties"]["code"] = {"$ref": "#/components/schemas/ErrorCode"}
    models = _render(tmp_path, doc)["models.py"]
    assert "class ErrorCode(StrEnum):\n" in models
    assert '    not_found = "not_found"\n    _global = "global"\n' in models
    assert 'Provider: TypeAlias = Literal["relay", "google", "microsoft"]' in models


def test_the_served_spec_is_the_spec_after_a_header(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes((GOLDEN_DIR / "basic" / "spec.yaml").read_bytes())
    files = render(spec, only=["server-routes"]).files
    served = files[f"{SERVER_GENERATED_ROOT}/openapi.yaml"].decode("utf-8")
    header, rest = served.split("\n", 2)[:2], served.split("\n", 2)[2]
    assert header[0].startswith("# generated from") and header[1].startswith("# relay-codegen")
    assert rest == spec.read_text("utf-8")


def test_a_recursive_request_body_is_refused(tmp_path: Path) -> None:
    """The server compiles each request schema alone; a $ref left by inlining could not resolve."""
    doc = copy.deepcopy(BASE)
    schemas = doc["components"]["schemas"]
    schemas["ExecuteRequest"]["properties"]["then"] = {"$ref": "#/components/schemas/ExecuteRequest"}
    with pytest.raises(GenerationError) as caught:
        _render(tmp_path, doc)
    found = [d for d in caught.value.diagnostics.errors if d.code == "server-recursive-schema"]
    assert found and found[0].location == "/paths/~1v1~1actions~1{action_id}~1execute/post"


def test_an_operation_model_may_not_shadow_a_component(tmp_path: Path) -> None:
    doc = copy.deepcopy(BASE)
    doc["components"]["schemas"]["ActionsListQuery"] = {"type": "string"}
    with pytest.raises(GenerationError) as caught:
        _render(tmp_path, doc)
    assert [d.code for d in caught.value.diagnostics.errors] == ["model-name-clash"]
