"""Adding an operation to the spec makes it a tool with zero hand edits: generate relay-sdk and
relay-mcp from an extended copy of the spec, import the result, and drive the new tools with the
official MCP client (Relay played by respx)."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

pipeline = pytest.importorskip("relay_codegen.pipeline", reason="relay-codegen is not installed")

ROOT = Path(__file__).resolve().parents[2]
RUNTIMES = {
    "sdk-python/src/relay_sdk/": ROOT / "sdk-python" / "src" / "relay_sdk",
    "mcp/src/relay_mcp/": ROOT / "mcp" / "src" / "relay_mcp",
}


def _extended_spec() -> dict[str, Any]:
    spec: dict[str, Any] = copy.deepcopy(yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text("utf-8")))
    spec["tags"].append({"name": "gadgets", "description": "Gadgets, added by a test."})
    schemas = spec["components"]["schemas"]
    schemas["Gadget"] = {
        "type": "object",
        "required": ["id", "name", "spins", "key"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "spins": {"type": "integer"},
            "key": {"type": "string", "x-relay-secret": True},
        },
    }
    schemas["GadgetList"] = {
        "type": "object",
        "required": ["data", "has_more", "next_cursor"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Gadget"}},
            "has_more": {"type": "boolean"},
            "next_cursor": {"type": ["string", "null"]},
        },
    }
    schemas["GadgetSpinRequest"] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["times"],
        "properties": {"times": {"type": "integer", "minimum": 1}, "note": {"type": "string"}},
    }
    problem = {"$ref": "#/components/responses/Unauthenticated"}
    spec["paths"]["/v1/gadgets"] = {
        "get": {
            "operationId": "gadgets_list",
            "tags": ["gadgets"],
            "summary": "List gadgets",
            "description": "Lists gadgets.\n\nRoles: admin.",
            "x-relay-roles": ["admin"],
            "x-relay-pagination": "cursor",
            "parameters": [
                {"$ref": "#/components/parameters/Limit"},
                {"$ref": "#/components/parameters/After"},
            ],
            "responses": {
                "200": {
                    "description": "A page of gadgets.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GadgetList"}}},
                },
                "401": problem,
            },
        }
    }
    spec["paths"]["/v1/gadgets/{gadget_id}/spin"] = {
        "parameters": [{"name": "gadget_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "post": {
            "operationId": "gadgets_spin",
            "tags": ["gadgets"],
            "summary": "Spin a gadget",
            "description": "Spins it.\n\nRoles: admin.",
            "x-relay-roles": ["admin"],
            "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/GadgetSpinRequest"},
                        "examples": {"twice": {"value": {"times": 2}}},
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "The spun gadget.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}},
                },
                "401": problem,
            },
        },
    }
    return spec


USE = textwrap.dedent(
    """
    import json
    import anyio, httpx, respx
    import mcp_types as types
    from mcp import ClientSession
    from relay_sdk import AsyncRelay
    import relay_mcp, relay_sdk
    from relay_mcp import RelayMcp

    assert relay_sdk.__file__.startswith(TMP) and relay_mcp.__file__.startswith(TMP)
    gadget = {"id": "g1", "name": "Top", "spins": 3, "key": "gk_secret_value"}
    asked = []

    async def elicit(context, params):
        asked.append(params.message)
        return types.ElicitResult(action="accept", content={"confirm": True})

    async def main():
        with respx.mock(base_url="http://relay.test") as mock:
            listing = mock.get("/v1/gadgets").mock(
                return_value=httpx.Response(200, json={"data": [gadget], "has_more": False, "next_cursor": None})
            )
            spin = mock.post("/v1/gadgets/g1/spin").mock(return_value=httpx.Response(200, json=gadget))
            async with AsyncRelay(api_key="relay_sk_test", base_url="http://relay.test") as client:
                relay = RelayMcp(client)
                up = anyio.create_memory_object_stream(16)
                down = anyio.create_memory_object_stream(16)
                async with anyio.create_task_group() as tg:
                    tg.start_soon(relay.server.run, up[1], down[0], relay.server.create_initialization_options())
                    async with ClientSession(down[1], up[0], elicitation_callback=elicit) as session:
                        await session.initialize()
                        tools = {t.name: t for t in (await session.list_tools()).tools}
                        listed = tools["gadgets_list"]
                        assert listed.annotations.read_only_hint is True
                        assert set(listed.input_schema["properties"]) == {"limit", "after"}
                        spun = tools["gadgets_spin"]
                        assert spun.annotations.read_only_hint is False
                        assert spun.input_schema["required"] == ["gadget_id", "times"]
                        assert spun.input_schema["examples"] == [{"times": 2}]
                        assert "key" not in spun.output_schema["properties"]
                        assert "Roles: admin." in spun.description
                        page = await session.call_tool("gadgets_list", {"limit": 5})
                        assert page.structured_content["data"][0]["name"] == "Top"
                        assert "key" not in page.structured_content["data"][0]
                        assert listing.calls[0].request.url.params["limit"] == "5"
                        done = await session.call_tool("gadgets_spin", {"gadget_id": "g1", "times": 2})
                        assert not done.is_error, done
                        assert done.structured_content == {"id": "g1", "name": "Top", "spins": 3}
                        assert "gk_secret_value" not in json.dumps(done.model_dump())
                        assert json.loads(spin.calls[0].request.content) == {"times": 2}
                        assert spin.calls[0].request.headers["idempotency-key"].startswith("relay-mcp-")
                        assert len(asked) == 2 and "times: 2" in asked[0]
                        assert "gk_secret_value" in asked[1]  # shown to the human once
                    tg.cancel_scope.cancel()

    anyio.run(main)
    print("NEW-TOOL-OK")
    """
)


def test_a_new_operation_is_a_new_tool_without_hand_edits(tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(_extended_spec(), sort_keys=False), encoding="utf-8")
    result = pipeline.render(spec_path, only=["python-sdk", "mcp"])
    site = tmp_path / "site"
    written = 0
    for prefix, runtime in RUNTIMES.items():
        package = site / runtime.name
        package.mkdir(parents=True)
        for path in runtime.iterdir():  # the hand-written runtime, as in the repository
            if path.is_file() and (path.name.startswith("_") or path.name == "py.typed"):
                shutil.copy(path, package / path.name)
        for rel, data in result.files.items():
            if rel.startswith(prefix) and not rel.endswith(".relay-codegen-stamp.json"):
                target = package / rel[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                written += 1
    assert (site / "relay_mcp" / "_generated" / "tools.py").is_file()
    assert b"gadgets_spin" in (site / "relay_mcp" / "_generated" / "tools.py").read_bytes()
    assert written > 50
    proc = subprocess.run(
        [sys.executable, "-c", f"TMP = {str(tmp_path)!r}\n" + USE],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "NEW-TOOL-OK" in proc.stdout
