"""The ``mcp`` target: one tool per operation without ``x-relay-mcp: false``, from the IR alone.

What the tools do is tested in ``mcp/tests`` (relay-mcp against a live server, and a new operation in
the spec becoming a tool with zero hand edits); here: what the target derives, and what it refuses.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from relay_codegen import __version__
from relay_codegen.build import build_api
from relay_codegen.diagnostics import GenerationError
from relay_codegen.render import make_environment
from relay_codegen.targets import mcp as target
from relay_codegen.targets.base import HEADER, Context

REPO = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((REPO / "spec" / "openapi.yaml").read_text("utf-8"))


def generate(document: dict[str, Any]) -> str:
    api, diagnostics = build_api(document)
    assert not diagnostics.errors, diagnostics.report()
    ctx = Context(
        api=api,
        spec_path=REPO / "spec" / "openapi.yaml",
        spec_sha256="0" * 64,
        generator_version=__version__,
        templates=make_environment(),
    )
    files = {f.path: f.content for f in target.McpTarget().generate(ctx)}
    assert set(files) == {"__init__.py", "tools.py"}
    assert all(HEADER in content.splitlines()[0] for content in files.values())
    return files["tools.py"]


def tool_names(source: str) -> list[str]:
    return re.findall(r'^        name="([a-z_]+)",$', source, re.MULTILINE)


def test_one_tool_per_operation_unless_marked_false() -> None:
    source = generate(SPEC)
    names = tool_names(source)
    operations = [
        op
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "delete", "put", "patch")
    ]
    assert names == [op["operationId"] for op in operations if op.get("x-relay-mcp", True) is not False]
    assert "health_metrics" not in names and "audit_events_export" not in names
    compile(source, "tools.py", "exec")  # valid Python


def test_a_confirmed_tool_calls_its_operation_with_what_the_link_maps() -> None:
    source = generate(SPEC)
    function = source[source.index("async def _actions_execute_confirmed") :].split("\n\n\n", 1)[0]
    assert 'confirmed["action_id"],' in function
    assert 'confirm_token=confirmed["confirm_token"],' in function
    assert "idempotency_key=key," in function
    assert 'confirmation=Confirmation(\n            tool="actions_preview",' in source


def test_safety_derives_from_http_unless_the_spec_says_otherwise() -> None:
    api, _ = build_api(SPEC)
    safety = {op.operation_id: target._mcp_safety(op) for op in api.operations}
    assert safety["actions_list"] == (True, False, True)  # GET: read-only
    assert safety["actions_preview"] == (True, False, True)  # POST marked read_only
    assert safety["api_keys_create"] == (False, False, False)  # POST: additive, not idempotent
    assert safety["api_keys_revoke"] == (False, True, True)  # DELETE: destructive, idempotent
    assert safety["actions_execute"] == (False, True, False)  # POST marked destructive


def test_secrets_are_withheld_from_output_schemas_at_any_depth() -> None:
    secret_item = {"oneOf": [{"properties": {"token": {"x-relay-secret": True}}}]}
    schema: dict[str, Any] = {
        "type": "object",
        "required": ["id", "secret"],
        "properties": {
            "id": {"type": "string"},
            "secret": {"type": "string", "x-relay-secret": True},
            "items": {"type": "array", "items": secret_item},
        },
    }
    cleaned, paths = target.withhold_secrets(schema)
    assert paths == [("secret",), ("items", "*", "token")]
    assert cleaned["required"] == ["id"] and set(cleaned["properties"]) == {"id", "items"}
    assert cleaned["properties"]["items"]["items"]["oneOf"][0]["properties"] == {}
    assert schema["properties"]["secret"]  # the input is left alone


def test_unsupported_link_expressions_are_refused() -> None:
    doc = copy.deepcopy(SPEC)
    preview = doc["paths"]["/v1/actions/{action_id}/preview"]["post"]
    link = preview["responses"]["200"]["links"]["ExecutePreviewedAction"]
    link["parameters"]["action_id"] = "$request.path.action_id"
    with pytest.raises(GenerationError, match=r"only \$response\.body#/"):
        generate(doc)


def test_a_link_that_misses_a_required_argument_is_refused() -> None:
    doc = copy.deepcopy(SPEC)
    preview = doc["paths"]["/v1/actions/{action_id}/preview"]["post"]
    del preview["responses"]["200"]["links"]["ExecutePreviewedAction"]["requestBody"]
    with pytest.raises(GenerationError, match="does not supply 'confirm_token'"):
        generate(doc)


def test_a_parameter_and_a_body_field_of_the_same_name_are_refused() -> None:
    doc = copy.deepcopy(SPEC)
    doc["components"]["schemas"]["PreviewRequest"]["properties"]["action_id"] = {"type": "string"}
    with pytest.raises(GenerationError, match="'action_id' is both a parameter and a body field"):
        generate(doc)


def test_a_recursive_schema_stands_alone_with_defs() -> None:
    """Recursion stays a ``$ref``, into the tool schema's own ``$defs`` (JSON Schema 2020-12 resolves
    it against the tool schema, which is all an MCP client has)."""
    jsonschema = pytest.importorskip("jsonschema")
    document = yaml.safe_load((REPO / "generator/tests/golden/conventions/spec.yaml").read_text("utf-8"))
    api, _ = build_api(document)
    folder = api.with_defs(api.inline({"$ref": "#/components/schemas/Folder"}))
    assert folder["$defs"]["Folder"]["properties"]["children"]["items"] == {"$ref": "#/$defs/Folder"}
    validator = jsonschema.Draft202012Validator(folder)
    leaf: dict[str, Any] = {
        "id": "fld_" + "b" * 24,
        "name": "b",
        "class": "c",
        "type": "folder",
        "colour": None,
    }
    leaf["children"] = []
    nested = {**leaf, "id": "fld_" + "a" * 24, "children": [leaf]}
    validator.validate(nested)
    with pytest.raises(jsonschema.ValidationError):  # the recursion is checked, not just followed
        validator.validate({**nested, "children": [{**leaf, "children": "no"}]})
    assert api.with_defs({"type": "string"}) == {"type": "string"}
