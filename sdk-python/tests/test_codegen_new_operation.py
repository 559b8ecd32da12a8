"""Adding an operation to the spec needs zero hand edits: generate from an extended copy of the spec,
import the result, and call the new operations (sync and async) against respx."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")
pipeline = pytest.importorskip("relay_codegen.pipeline", reason="relay-codegen is not installed")

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "sdk-python" / "src" / "relay_sdk"
GENERATED_PREFIX = "sdk-python/src/relay_sdk/"


def _extended_spec() -> dict:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    spec = copy.deepcopy(spec)
    spec["tags"].append({"name": "gadgets", "description": "Gadgets, added by a test."})
    spec["components"]["schemas"]["Gadget"] = {
        "type": "object",
        "required": ["id", "name", "spins"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "spins": {"type": "integer"},
            # a nullable enum: a named component, as ARCHITECTURE.md's "SDK names" convention asks
            "color": {"oneOf": [{"$ref": "#/components/schemas/GadgetColor"}, {"type": "null"}]},
            # models that refer to each other in a cycle (Gadget -> Part -> Gadget, Part -> Part)
            "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
        },
    }
    spec["components"]["schemas"]["GadgetColor"] = {"type": "string", "enum": ["red", "blue"]}
    spec["components"]["schemas"]["Part"] = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "gadget": {"$ref": "#/components/schemas/Gadget"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
        },
    }
    spec["components"]["schemas"]["GadgetList"] = {
        "type": "object",
        "required": ["data", "has_more", "next_cursor"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Gadget"}},
            "has_more": {"type": "boolean"},
            "next_cursor": {"type": ["string", "null"]},
        },
    }
    spec["components"]["schemas"]["GadgetSpinRequest"] = {
        "type": "object",
        "required": ["times"],
        "properties": {"times": {"type": "integer"}, "note": {"type": "string"}},
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
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/GadgetList"}}
                    },
                },
                "401": problem,
            },
        }
    }
    spec["paths"]["/v1/gadgets/{gadget_id}/spin"] = {
        "parameters": [
            {"name": "gadget_id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
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
                        "schema": {"$ref": "#/components/schemas/GadgetSpinRequest"}
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "The spun gadget.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}
                    },
                },
                "401": problem,
            },
        },
    }
    return spec


USE = textwrap.dedent(
    """
    import asyncio, json
    import httpx, respx
    import relay_sdk
    from relay_sdk import AsyncRelay, Relay
    from relay_sdk.types import Gadget

    assert relay_sdk.__file__.startswith(TMP), relay_sdk.__file__
    from relay_sdk.types import Part
    nested = {"id": "g0", "name": "Outer", "spins": 1, "color": "red", "parts": [
        {"id": "p1", "children": [{"id": "p2"}], "gadget": {"id": "g2", "name": "In", "spins": 0, "color": None}},
    ]}
    outer = Gadget.from_dict(nested)
    assert isinstance(outer.parts[0], Part) and isinstance(outer.parts[0].gadget, Gadget)
    assert isinstance(outer.parts[0].children[0], Part) and outer.parts[0].children[0].id == "p2"
    assert outer.to_dict() == nested
    assert Part.from_dict({"id": "p"}).to_dict() == {"id": "p"}
    gadget = {"id": "g1", "name": "Top", "spins": 3, "color": None}
    sleeps = []
    with respx.mock(base_url="http://relay.test") as mock:
        spin = mock.post("/v1/gadgets/g%2F1/spin").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=gadget)]
        )
        listing = mock.get("/v1/gadgets").mock(
            side_effect=[
                httpx.Response(200, json={"data": [gadget], "has_more": True, "next_cursor": "c"}),
                httpx.Response(200, json={"data": [gadget], "has_more": False, "next_cursor": None}),
            ]
        )
        client = Relay(api_key="k", base_url="http://relay.test")
        client._sleep = sleeps.append
        out = client.gadgets.spin("g/1", times=2)
        assert isinstance(out, Gadget) and out.spins == 3 and out.color is None
        assert json.loads(spin.calls[0].request.content) == {"times": 2}
        keys = {c.request.headers["idempotency-key"] for c in spin.calls}
        assert len(keys) == 1 and spin.call_count == 2 and len(sleeps) == 1
        assert [g.id for g in client.gadgets.list(limit=1)] == ["g1", "g1"]
        assert listing.calls[1].request.url.params["after"] == "c"
        spin.side_effect = None
        spin.return_value = httpx.Response(200, json=gadget, headers={"x-request-id": "r1"})
        raw = client.with_raw_response.gadgets.spin("g/1", times=1, idempotency_key="mine")
        assert raw.request_id == "r1" and raw.parse().id == "g1"
        assert spin.calls[-1].request.headers["idempotency-key"] == "mine"

        async def main():
            async with AsyncRelay(api_key="k", base_url="http://relay.test") as ac:
                got = await ac.gadgets.spin("g/1", times=5, note="n")
                assert got.name == "Top"
                assert json.loads(spin.calls[-1].request.content) == {"times": 5, "note": "n"}

        asyncio.run(main())
    print("NEW-OPERATION-OK")
    """
)


def test_new_operation_needs_no_hand_edit(tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(_extended_spec(), sort_keys=False), encoding="utf-8")
    result = pipeline.render(spec_path, only=["python-sdk"])

    pkg = tmp_path / "site" / "relay_sdk"
    pkg.mkdir(parents=True)
    for path in RUNTIME.iterdir():  # the hand-written runtime, as in the repository
        if path.is_file() and (path.name.startswith("_") or path.name == "py.typed"):
            shutil.copy(path, pkg / path.name)
    written = 0
    for rel, data in result.files.items():
        if rel.startswith(GENERATED_PREFIX):
            target = pkg / rel[len(GENERATED_PREFIX) :]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            written += 1
    assert (pkg / "resources" / "gadgets.py").is_file()
    assert written > 50
    # the hand-written files must not have been produced by the generator
    assert not any(rel.endswith("/_base_client.py") for rel in result.files)

    script = f"TMP = {str(tmp_path)!r}\n" + USE
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "NEW-OPERATION-OK" in proc.stdout
