"""Adding an operation to the spec needs zero hand edits: every target renders it.

The SDK suites run a new operation end to end (sdk-python/tests/test_codegen_new_operation.py,
sdk-ts/tests/generator/); here the other targets show it too: a reference entry and samples in the
docs, a request in the Postman collection, a route in the server's table.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from relay_codegen.pipeline import render

REPO = Path(__file__).resolve().parents[2]
NEW_OPERATION: dict[str, Any] = {
    "operationId": "widgets_spin",
    "tags": ["widgets"],
    "summary": "Spin a widget",
    "description": "Spins a widget.\n\nRoles: admin.",
    "x-relay-roles": ["admin"],
    "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/WidgetSpin"},
                "example": {"times": 2},
            }
        },
    },
    "responses": {
        "200": {
            "description": "The widget.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetSpin"}}},
        },
        "401": {"$ref": "#/components/responses/Unauthenticated"},
    },
}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    spec = copy.deepcopy(yaml.safe_load((REPO / "spec" / "openapi.yaml").read_text(encoding="utf-8")))
    spec["tags"].append({"name": "widgets", "description": "Widgets, added by a test."})
    spec["paths"]["/v1/widgets/spin"] = {"post": NEW_OPERATION}
    spec["components"]["schemas"]["WidgetSpin"] = {
        "type": "object",
        "required": ["times"],
        "properties": {"times": {"type": "integer", "minimum": 1}},
    }
    path = tmp_path_factory.mktemp("spec") / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return render(path).files


def test_the_docs_document_it_with_samples(files: dict[str, bytes]) -> None:
    page = files["docs/reference/widgets.md"].decode()
    assert "## Spin a widget {#widgets_spin}" in page
    assert "`client.widgets.spin` (Python), `client.widgets.spin` (TypeScript)" in page
    python = files["docs/samples/generated/widgets_spin.py"].decode()
    assert "widget_spin = client.widgets.spin(times=2)" in python
    assert "client.widgets.spin({ times: 2 })" in files["docs/samples/generated/widgets_spin.ts"].decode()
    assert "[`widgets.spin`](widgets.md#widgets_spin)" in files["docs/reference/roles.md"].decode()


def test_the_postman_collection_requests_it(files: dict[str, bytes]) -> None:
    collection = json.loads(files["postman/relay.postman_collection.json"])
    (folder,) = [f for f in collection["item"] if f["name"] == "widgets"]
    (item,) = folder["item"]
    assert item["request"]["method"] == "POST"
    assert item["request"]["url"]["raw"] == "{{baseUrl}}/v1/widgets/spin"
    assert json.loads(item["request"]["body"]["raw"]) == {"times": 2}


def test_the_sdks_and_the_server_have_it(files: dict[str, bytes]) -> None:
    assert "def spin(" in files["sdk-python/src/relay_sdk/resources/widgets.py"].decode()
    assert "spin(params: WidgetsSpinParams" in files["sdk-ts/src/generated/resources/widgets.ts"].decode()
    assert '"widgets_spin"' in files["server/src/relay_server/_generated/routes.py"].decode()
