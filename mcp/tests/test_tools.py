"""tools/list, over stdio and streamable HTTP, says what the spec says: one tool per operation without
``x-relay-mcp: false``, named by its operationId, its input schema the operation's parameters and JSON
body merged (``$ref``\\ s inlined, examples kept), its output schema the success response's, its safety
from HTTP and ``x-relay-mcp``. Every schema is valid JSON Schema 2020-12 and accepts the spec's
examples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import mcp_types as types
import pytest
import yaml
from conftest import LEGACY, MODERN, TRANSPORTS, HttpServers, Live, connect
from jsonschema import Draft202012Validator

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch")


def resolve(node: Any, seen: tuple[str, ...] = ()) -> Any:
    """The test's own $ref inliner (an independent oracle for the generator's)."""
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            target: Any = SPEC
            for part in ref[2:].split("/"):
                target = target[part]
            rest = {k: resolve(v, seen) for k, v in node.items() if k != "$ref"}
            return {**resolve(target, (*seen, ref)), **rest}
        return {k: resolve(v, seen) for k, v in node.items() if not k.startswith("x-")}
    if isinstance(node, list):
        return [resolve(v, seen) for v in node]
    return node


def operations() -> dict[str, tuple[str, dict[str, Any], list[Any]]]:
    """operationId → (HTTP method, operation, path-level parameters)."""
    out = {}
    for item in SPEC["paths"].values():
        for method in METHODS:
            if method in item:
                out[item[method]["operationId"]] = (method, item[method], item.get("parameters", []))
    return out


OPERATIONS = operations()
TOOL_IDS = [op_id for op_id, (_, op, _) in OPERATIONS.items() if op.get("x-relay-mcp", True) is not False]


def expected_input_schema(op_id: str) -> dict[str, Any]:
    _, op, shared = OPERATIONS[op_id]
    confirmed_by = (op.get("x-relay-mcp") or {}).get("confirmed_by")
    if confirmed_by:  # the tool takes the confirming operation's input
        return expected_input_schema(confirmed_by)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for raw in [*shared, *op.get("parameters", [])]:
        param = resolve(raw)
        if param["in"] == "header" and param["name"].lower() == "idempotency-key":
            continue
        prop = {**param["schema"], "description": param["description"]}
        if "example" in param:
            prop["examples"] = [param["example"]]
        properties[param["name"]] = prop
        if param.get("required"):
            required.append(param["name"])
    body = op.get("requestBody", {}).get("content", {}).get("application/json")
    if body:
        schema = resolve(body["schema"])
        stream_flag = (op.get("x-relay-stream") or {}).get("flag")
        for name, prop in schema["properties"].items():
            if name != stream_flag:
                properties[name] = prop
                if name in schema.get("required", []):
                    required.append(name)
    expected: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        expected["required"] = required
    expected["additionalProperties"] = False
    return expected


@pytest.fixture(params=[(t, e) for t in TRANSPORTS for e in (LEGACY, MODERN)], ids=lambda p: f"{p[0]}-{p[1]}")
async def listed(
    request: pytest.FixtureRequest, live: Live, http_servers: HttpServers
) -> dict[str, types.Tool]:
    transport, era = request.param
    async with connect(live, transport, http_servers=http_servers, era=era) as mcp:
        result = await mcp.session.list_tools()
    return {tool.name: tool for tool in result.tools}


async def test_one_tool_per_operation_with_the_spec_input_schema(listed: dict[str, types.Tool]) -> None:
    assert list(listed) == TOOL_IDS
    assert {"health_check", "health_ready", "health_metrics", "audit_events_export"}.isdisjoint(listed)
    for name, tool in listed.items():
        schema = {k: v for k, v in tool.input_schema.items() if k != "examples"}
        assert schema == expected_input_schema(name), name


async def test_descriptions_carry_summary_description_and_roles(listed: dict[str, types.Tool]) -> None:
    for name, tool in listed.items():
        _, op, _ = OPERATIONS[name]
        assert tool.title == op["summary"]
        assert tool.description is not None and tool.description.startswith(op["summary"])
        if op.get("x-relay-roles"):
            assert f"Roles: {', '.join(op['x-relay-roles'])}." in tool.description, name
    execute = listed["actions_execute"].description or ""
    assert "actions_preview" in execute and "confirm token" in execute
    assert "next_cursor" in (listed["actions_list"].description or "")


async def test_annotations_follow_http_and_x_relay_mcp(listed: dict[str, types.Tool]) -> None:
    for name, tool in listed.items():
        method, op, _ = OPERATIONS[name]
        hints = op.get("x-relay-mcp") or {}
        annotations = tool.annotations
        assert annotations is not None
        read_only = hints.get("read_only", method == "get")
        assert annotations.read_only_hint is read_only, name
        if not read_only:
            assert annotations.destructive_hint is hints.get("destructive", method == "delete"), name
            assert annotations.idempotent_hint is (method == "delete"), name
    mutating = {n for n, t in listed.items() if t.annotations and not t.annotations.read_only_hint}
    assert {
        "actions_execute",
        "api_keys_create",
        "api_keys_revoke",
        "webhook_endpoints_create",
        "webhook_endpoints_delete",
        "connections_revoke",
    } <= mutating
    assert "actions_preview" not in mutating and "actions_list" not in mutating


async def test_schemas_are_json_schema_2020_12_and_accept_the_spec_examples(
    listed: dict[str, types.Tool],
) -> None:
    without_examples = []
    for name, tool in listed.items():
        Draft202012Validator.check_schema(tool.input_schema)
        validator = Draft202012Validator(tool.input_schema)
        examples = tool.input_schema.get("examples", [])
        for example in examples:
            assert not list(validator.iter_errors(example)), (name, example)
        for prop_name, prop in tool.input_schema["properties"].items():
            for value in prop.get("examples", []):
                assert not list(Draft202012Validator(prop).iter_errors(value)), (name, prop_name)
        if tool.input_schema.get("required") and not examples:
            without_examples.append(name)  # a tool that takes arguments shows the spec's example of them
        if tool.output_schema is not None:
            Draft202012Validator.check_schema(tool.output_schema)
            assert tool.output_schema["type"] == "object"
    assert without_examples == []
    preview = listed["actions_preview"].input_schema["examples"]
    assert preview == [
        {
            "action_id": "email.send",
            "params": {"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"},
        }
    ]


def test_every_response_example_round_trips_the_output_schema() -> None:
    """The spec's success examples (minus secrets) validate against each tool's output schema."""
    from relay_mcp._generated import TOOLS
    from relay_mcp._results import withhold

    checked = 0
    for tool in TOOLS:
        _, op, _ = OPERATIONS[tool.name]
        success = next(r for s, r in op["responses"].items() if s.startswith("2"))
        media = resolve(success).get("content", {}).get("application/json", {})
        assert tool.output_schema is not None
        for example in media.get("examples", {}).values():
            value, removed = withhold(example["value"], tool.withheld)
            assert not list(Draft202012Validator(tool.output_schema).iter_errors(value)), tool.name
            checked += 1
            if tool.withheld:
                assert removed, tool.name
    assert checked >= len(TOOLS)


def test_secrets_are_not_in_output_schemas() -> None:
    from relay_mcp._generated import TOOLS

    by_name = {tool.name: tool for tool in TOOLS}
    assert by_name["api_keys_create"].withheld == (("secret",),)
    assert by_name["webhook_endpoints_create"].withheld == (("secret",),)
    assert by_name["actions_preview"].withheld == (("confirm_token",),)
    for name in ("api_keys_create", "webhook_endpoints_create"):
        schema = by_name[name].output_schema
        assert (
            schema is not None and "secret" not in schema["properties"] and "secret" not in schema["required"]
        )
