"""The python-sdk models, as openapi-python-client renders them through the project's templates."""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import pytest

from relay_codegen.diagnostics import GenerationError
from relay_codegen.targets.python_models import render_models

HEADER = "# a header\n# second line\n"
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "models", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Colour": {"type": "string", "enum": ["red", "blue"]},
            "Node": {
                "type": "object",
                "required": ["type", "children"],
                "properties": {
                    "type": {"type": "string"},
                    "colour": {"oneOf": [{"$ref": "#/components/schemas/Colour"}, {"type": "null"}]},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "owner": {"$ref": "#/components/schemas/Owner"},
                    "seen_at": {"type": "string", "format": "date-time"},
                    "extra": {"oneOf": [{"title": "NodeExtra", "type": "object"}, {"type": "null"}]},
                },
            },
            "Owner": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "node": {"$ref": "#/components/schemas/Node"}},
            },
        }
    },
}


@pytest.fixture(scope="module")
def node() -> str:
    return render_models(DOCUMENT, Path("models.yaml"), HEADER).files["node.py"]


def test_header_and_runtime_imports(node: str) -> None:
    assert node.startswith(HEADER + "from __future__ import annotations\n")
    assert "from .._types import UNSET, Unset" in node
    assert "from .._utils import parse_datetime as _parse_datetime" in node
    assert "..models" not in node and "dateutil" not in node


def test_referenced_models_are_imported_once_at_the_module_end(node: str) -> None:
    tree = ast.parse(node)
    top_level = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
    last = tree.body[-2:]
    assert [(n.module, [a.name for a in n.names]) for n in last if isinstance(n, ast.ImportFrom)] == [
        ("node_extra", ["NodeExtra"]),
        ("owner", ["Owner"]),
    ]
    assert ("colour", ["Colour"]) in [(n.module, [a.name for a in n.names]) for n in top_level]
    nested = [n for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) for n in ast.walk(f)]
    assert not any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in nested), "no import per call"
    assert "TYPE_CHECKING" not in node


def test_a_field_named_type_keeps_its_name(node: str) -> None:
    tree = ast.parse(node)
    (cls,) = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    annotated = [n.target for n in cls.body if isinstance(n, ast.AnnAssign)]
    fields = [t.id for t in annotated if isinstance(t, ast.Name)]
    assert fields[:2] == ["type", "children"]
    assert "def from_dict(cls: builtins.type[T], src_dict" in node
    assert "\nimport builtins\n" in node
    owner = render_models(DOCUMENT, Path("models.yaml"), HEADER).files["owner.py"]
    assert "def from_dict(cls: type[T], src_dict" in owner and "builtins" not in owner


def test_the_schema_title_names_the_class() -> None:
    models = render_models(DOCUMENT, Path("models.yaml"), HEADER)
    assert models.index == {
        "Colour": "colour",
        "Node": "node",
        "NodeExtra": "node_extra",
        "Owner": "owner",
    }


def test_openapi_python_client_state_is_left_alone() -> None:
    strings = pytest.importorskip("openapi_python_client.strings")
    before = set(strings.RESERVED_WORDS)
    render_models(DOCUMENT, Path("models.yaml"), HEADER)
    assert before == strings.RESERVED_WORDS
    assert "type" in before


@pytest.mark.parametrize(
    ("where", "schema"),
    [
        ("an untitled inline object in a oneOf", {"oneOf": [{"type": "object"}, {"type": "null"}]}),
        ("a nullable inline enum", {"type": ["string", "null"], "enum": ["a", "b", None]}),
    ],
)
def test_made_up_names_are_refused(where: str, schema: dict[str, Any]) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"]["Owner"]["properties"]["mood"] = schema
    with pytest.raises(GenerationError, match=r"made-up names: OwnerMood.*Name them in the spec"):
        render_models(document, Path("models.yaml"), HEADER)
