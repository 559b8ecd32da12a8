"""The ``postman`` target: schema-valid Collection v2.1, deterministic, one request per operation.

The collection is also loaded by the ``postman-collection`` npm library (``postman/tests``) and run
against the reference server with newman (``nox -s postman``).
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped,unused-ignore]  # via openapi-spec-validator (pinned); typed when types-jsonschema is around
import pytest
from helpers import GOLDEN_DIR

from relay_codegen import __version__
from relay_codegen.build import build_api
from relay_codegen.diagnostics import GenerationError
from relay_codegen.ir import Api
from relay_codegen.loader import LoadedSpec, load_spec
from relay_codegen.pipeline import render
from relay_codegen.render import make_environment
from relay_codegen.targets import TARGETS, postman_flow
from relay_codegen.targets import postman as target
from relay_codegen.targets.base import HEADER, Context

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "spec" / "openapi.yaml"
# Official Postman Collection v2.1.0 schema (postmanlabs/schemas, draft-07), vendored; see its README.
SCHEMA = REPO / "postman" / "tests" / "collection-v2.1.0.schema.json"
COLLECTION = f"postman/{target.COLLECTION_FILE}"
ENVIRONMENT = f"postman/{target.ENVIRONMENT_FILE}"
VARIABLE = re.compile(r"\{\{([^{}]+)\}\}")


def _render(spec: Path) -> dict[str, bytes]:
    return render(spec, only=["postman"]).files


@pytest.fixture(scope="module")
def loaded() -> LoadedSpec:
    return load_spec(SPEC)  # validating the spec is the slow part: once per module


def _generate(loaded: LoadedSpec) -> dict[str, bytes]:
    """The target alone, on a freshly built IR (what ``render`` does after loading the spec)."""
    api, _ = build_api(loaded.document)
    ctx = Context(
        api=api,
        spec_path=loaded.path,
        spec_sha256=loaded.sha256,
        generator_version=__version__,
        templates=make_environment(),
    )
    return {f"postman/{f.path}": f.content.encode("utf-8") for f in target.PostmanTarget().generate(ctx)}


@pytest.fixture(scope="module")
def files(loaded: LoadedSpec) -> dict[str, bytes]:
    return _generate(loaded)


@pytest.fixture(scope="module")
def collection(files: dict[str, bytes]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(files[COLLECTION])
    return data


@pytest.fixture(scope="module")
def environment(files: dict[str, bytes]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(files[ENVIRONMENT])
    return data


@pytest.fixture(scope="module")
def api(loaded: LoadedSpec) -> Api:
    built, _ = build_api(loaded.document)
    return built


def requests(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in node.get("item", []):
        if "request" in item:
            yield item
        else:
            yield from requests(item)


def folder(collection: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(f for f in collection["item"] if f["name"] == name)
    return found


def script(item: dict[str, Any], listen: str) -> str:
    events = [e for e in item.get("event", []) if e["listen"] == listen]
    assert len(events) <= 1
    return "\n".join(events[0]["script"]["exec"]) if events else ""


def path_template(item: dict[str, Any]) -> str:
    segments = item["request"]["url"]["path"]
    return "/" + "/".join(f"{{{s[1:]}}}" if s.startswith(":") else s for s in segments)


def test_the_target_is_registered() -> None:
    assert TARGETS["postman"].root == "postman"


def test_collection_is_valid_against_the_official_v2_1_schema(collection: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$id"].startswith("https://schema.getpostman.com/json/draft-07/collection/v2.1.0")
    errors = sorted(
        jsonschema.Draft7Validator(schema).iter_errors(collection), key=lambda e: list(e.absolute_path)
    )
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:20])
    assert collection["info"]["schema"] == target.COLLECTION_SCHEMA_URL


def test_the_schema_check_would_catch_an_invalid_collection(collection: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = json.loads(json.dumps(collection))
    del broken["info"]["schema"]
    broken["item"][0]["item"][0]["item"][0]["request"]["header"] = [{"key": "X"}]
    assert len(list(jsonschema.Draft7Validator(schema).iter_errors(broken))) >= 2


def test_regenerating_is_byte_identical(files: dict[str, bytes], loaded: LoadedSpec) -> None:
    again = _generate(loaded)
    assert set(again) == {COLLECTION, ENVIRONMENT}
    assert all(again[name] == files[name] for name in again)
    assert _generate(loaded) == again


def test_ids_are_unique_and_name_based(collection: dict[str, Any], environment: dict[str, Any]) -> None:
    ids: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("id", "_postman_id") and isinstance(value, str):
                    ids.append(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(collection)
    assert len(ids) == len(set(ids)) > 100
    assert all(
        re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", i) for i in ids
    )
    assert collection["info"]["_postman_id"] == target.stable_id("collection")
    assert environment["id"] == target.stable_id("environment")


def test_the_header_is_present(files: dict[str, bytes]) -> None:
    for name in (COLLECTION, ENVIRONMENT):
        assert HEADER in files[name].decode("utf-8")


def test_one_folder_per_tag_and_one_request_per_operation(collection: dict[str, Any], api: Api) -> None:
    tags = [r.name for r in api.resources if r.operations]
    assert [f["name"] for f in collection["item"]] == ["Quickstart", *tags]
    total = 0
    for resource in api.resources:
        if not resource.operations:
            continue
        items = folder(collection, resource.name)["item"]
        assert all("request" in i for i in items), "tag folders hold requests only"
        got = sorted((i["request"]["method"], path_template(i)) for i in items)
        want = sorted((op.http_method, op.path) for op in resource.operations)
        assert got == want, resource.name
        by_route = {(op.http_method, op.path): op for op in resource.operations}
        for item in items:
            op = by_route[(item["request"]["method"], path_template(item))]
            assert item["name"] == op.summary
            assert op.description.strip() in item["request"]["description"]
            assert f"`{op.operation_id}`" in item["request"]["description"]
        total += len(items)
    assert total == len(api.operations) > 0


def test_deletes_run_last_in_their_folder(collection: dict[str, Any]) -> None:
    for top in collection["item"][1:]:
        methods = [i["request"]["method"] for i in top["item"]]
        if "DELETE" in methods:
            assert methods[methods.index("DELETE") :] == ["DELETE"] * methods.count("DELETE"), top["name"]


def test_parameters_are_documented_from_the_spec(collection: dict[str, Any], api: Api) -> None:
    item = next(i for i in requests(folder(collection, "executions")) if i["name"] == "List executions")
    query = {q["key"]: q for q in item["request"]["url"]["query"]}
    op = api.operation("executions_list")
    assert list(query) == [p.name for p in op.query_params]
    for param in op.query_params:
        assert (param.description or "").strip() in query[param.name]["description"]
        assert query[param.name]["disabled"] is True, "optional parameters are off by default"
    assert query["status"]["value"] == "succeeded"
    assert "one of `pending`, `running`, `succeeded`, `failed`" in query["status"]["description"]
    messages = next(i for i in requests(folder(collection, "chat")) if i["name"] == "List chat messages")
    session = messages["request"]["url"]["query"][0]
    assert session == {**session, "key": "session_id", "value": "{{sessionId}}"}
    assert "disabled" not in session
    retrieve = next(i for i in requests(folder(collection, "api_keys")) if i["name"] == "Retrieve an API key")
    (variable,) = retrieve["request"]["url"]["variable"]
    assert variable["key"] == "key_id" and variable["value"] == "{{keyId}}"
    assert "The API key's id." in variable["description"]


def test_bodies_come_from_the_spec_examples(collection: dict[str, Any], api: Api) -> None:
    for item in requests(folder(collection, "actions")):
        if item["name"] == "Preview an action":
            media = api.operation("actions_preview").request_body
            assert media is not None and media.json is not None
            assert json.loads(item["request"]["body"]["raw"]) == media.json.examples[0].value
            assert {"key": "Content-Type", "value": "application/json"} in item["request"]["header"]
        if item["name"] == "Execute an action":
            # bound by the spec's link ExecutePreviewedAction (requestBody confirm_token)
            assert json.loads(item["request"]["body"]["raw"]) == {"confirm_token": "{{confirmToken}}"}


def test_saved_examples_cover_success_and_main_errors(collection: dict[str, Any]) -> None:
    execute = next(i for i in requests(folder(collection, "actions")) if i["name"] == "Execute an action")
    saved = [(r["code"], r["name"]) for r in execute["response"]]
    assert (200, "200 OK — succeeded") in saved and (200, "200 OK — failed") in saved
    assert {c for c, _ in saved} == {200, 401, 403, 404, 409, 422, 429}
    succeeded = next(r for r in execute["response"] if r["name"] == "200 OK — succeeded")
    assert json.loads(succeeded["body"])["status"] == "succeeded"
    assert {"key": "X-Request-Id", "value": "req_5b8e0c2a9d7f4e61"} in succeeded["header"]
    assert succeeded["originalRequest"]["url"] == "{{baseUrl}}/v1/actions/{{actionId}}/execute"
    export = next(
        i for i in requests(folder(collection, "audit_events")) if i["name"] == "Export audit events"
    )
    csv = next(r for r in export["response"] if r["header"][0]["value"] == "text/csv")
    assert csv["body"].startswith("id,occurred_at,")


def test_bearer_auth_at_collection_level(collection: dict[str, Any]) -> None:
    assert collection["auth"] == {
        "type": "bearer",
        "bearer": [{"key": "token", "type": "string", "value": "{{apiKey}}"}],
    }
    for item in requests(folder(collection, "health")):
        assert item["request"]["auth"] == {"type": "noauth"}
    for item in requests(folder(collection, "api_keys")):
        assert "auth" not in item["request"], "inherits the collection's auth"


def test_idempotency_key_prerequest_exactly_where_the_spec_takes_it(
    collection: dict[str, Any], api: Api
) -> None:
    wanted = {(op.http_method, op.path) for op in api.operations if op.idempotency_key}
    assert wanted
    seen = set()
    for item in requests(collection):
        route = (item["request"]["method"], path_template(item))
        has_header = any(h["key"] == "Idempotency-Key" for h in item["request"]["header"])
        assert has_header == (route in wanted), route
        pre = script(item, "prerequest")
        if has_header:
            seen.add(route)
            assert 'pm.variables.set("idempotencyKey", require("uuid").v4());' in pre
        else:
            assert pre == ""
    assert seen == wanted


def test_every_request_tests_status_schema_request_id_and_problems(
    collection: dict[str, Any], api: Api
) -> None:
    for item in requests(collection):
        code = script(item, "test")
        status = int(re.search(r"const expectedStatus = (\d+);", code).group(1))  # type: ignore[union-attr]
        if "const successStatus = " in code:  # an or_success expectation: the refusal or the success
            assert "pm.expect([expectedStatus, successStatus]).to.include(pm.response.code)" in code
        else:
            assert "pm.response.to.have.status(expectedStatus)" in code
        assert 'pm.response.json().code === "not_implemented"' in code and "pm.test.skip(" in code
        assert 'pm.response.headers.get("X-Request-Id")' in code
        assert "application/problem+json" in code
        op = next(
            o
            for o in api.operations
            if (o.http_method, o.path) == (item["request"]["method"], path_template(item))
        )
        declared = {r.status_code for r in op.responses}
        assert status in declared, (item["name"], status)
        response = next(r for r in op.responses if r.status_code == status)
        if response.json is not None:
            match = re.search(r"^\s*const schema = (.*?^\s*});$", code, re.S | re.M)
            assert match, item["name"]
            inlined = json.loads(match.group(1))
            assert inlined == target.schema_for_test(api, response.json.schema or {})
            assert "pm.response.to.have.jsonSchema(schema)" in code
        else:
            assert "const schema" not in code
            for media in response.contents:
                assert media.content_type in code


def test_schema_inlining_drops_annotations_but_not_property_names() -> None:
    schema = {
        "type": "object",
        "description": "dropped",
        "x-internal": True,
        "discriminator": {"propertyName": "type"},
        "properties": {
            "description": {"type": "string", "example": "dropped"},
            "example": {"type": "integer"},
        },
    }
    assert target.sanitize_schema(schema) == {
        "type": "object",
        "properties": {"description": {"type": "string"}, "example": {"type": "integer"}},
    }


def test_expected_statuses_other_than_success_are_declared_and_explained(collection: dict[str, Any]) -> None:
    connections = {i["name"]: i for i in requests(folder(collection, "connections"))}
    complete = script(connections["Complete an OAuth connection"], "test")
    assert "const expectedStatus = 422;" in complete and '.to.eql("validation_failed")' in complete
    assert (
        "**422 Unprocessable Entity**"
        in connections["Complete an OAuth connection"]["request"]["description"]
    )
    assert "const expectedStatus = 404;" in script(connections["Revoke a connection"], "test")


def test_an_undeclared_expected_status_is_an_error(api: Api) -> None:
    flow = "expectations:\n  workspace_retrieve: {status: 418, reason: not in the spec}\n"
    with pytest.raises(GenerationError, match="workspace_retrieve is expected to answer 418"):
        postman_flow.load_flow(api, flow)


QUICKSTART_STEP = """\
sections:
  - title: One
    steps:
      - operation: workspace_retrieve
        title: Retrieve
        {line}
"""


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("capture: {workspaceId: /nope}", "/nope is not in the workspace_retrieve response schema"),
        (
            "checks: [{name: n, expect: [{at: /id, equals: 1, is_a: string}]}]",
            "unknown assertion",
        ),
        ("checks: [{name: n, expect: [{at: /id, is_a: text}]}]", "is_a must be one of"),
        ("expect: {status: 401}", "needs status and reason"),
    ],
)
def test_the_quickstart_data_is_checked_against_the_spec(api: Api, line: str, error: str) -> None:
    with pytest.raises(GenerationError, match=error):
        postman_flow.load_flow(api, QUICKSTART_STEP.format(line=line))


def test_a_section_with_an_operation_the_spec_lacks_is_left_out(api: Api) -> None:
    text = QUICKSTART_STEP.format(line="note: n") + QUICKSTART_STEP.format(line="note: n").replace(
        "workspace_retrieve", "gadgets_spin"
    ).replace("sections:\n", "")
    flow = postman_flow.load_flow(api, text)
    assert [s.steps[0].operation_id for s in flow.sections] == ["workspace_retrieve"]


def test_a_recursive_response_schema_keeps_its_recursion_in_definitions() -> None:
    spec = GOLDEN_DIR / "conventions" / "spec.yaml"
    api, _ = build_api(load_spec(spec).document)
    media = api.operation("folders_retrieve").success_response.json  # type: ignore[union-attr]
    assert media is not None and media.schema is not None
    schema = target.schema_for_test(api, media.schema)
    assert schema["properties"]["children"]["items"] == {"$ref": "#/definitions/Folder"}
    assert set(schema["definitions"]) == {"Folder"}
    folder: dict[str, Any] = {"id": "fld_" + "a" * 24, "name": "a", "class": "c", "type": "folder"}

    def nested(grandchild_colour: str | None) -> dict[str, Any]:
        grandchild = {**folder, "colour": grandchild_colour, "children": []}
        return {**folder, "colour": None, "children": [{**folder, "colour": None, "children": [grandchild]}]}

    validator = jsonschema.Draft7Validator(schema)
    assert not list(validator.iter_errors(nested("red")))
    assert list(validator.iter_errors(nested("purple"))), "the recursion is checked, not skipped"


def test_quickstart_runs_the_vertical_slice_in_order(collection: dict[str, Any]) -> None:
    quickstart = collection["item"][0]
    assert quickstart["name"] == "Quickstart"
    flow = [
        [(i["request"]["method"], path_template(i)) for i in section["item"]]
        for section in quickstart["item"]
    ]
    assert flow == [
        [
            ("GET", "/v1/workspace"),
            ("GET", "/v1/actions"),
            ("POST", "/v1/actions/{action_id}/preview"),
            ("POST", "/v1/actions/{action_id}/execute"),
            ("GET", "/v1/executions/{execution_id}"),
            ("GET", "/v1/executions"),
        ],
        [
            ("POST", "/v1/api-keys"),
            ("GET", "/v1/workspace"),
            ("DELETE", "/v1/api-keys/{key_id}"),
            ("GET", "/v1/workspace"),
        ],
        [
            ("POST", "/v1/webhook-endpoints"),
            ("POST", "/v1/webhook-endpoints/{endpoint_id}/test"),
            ("GET", "/v1/webhook-endpoints/{endpoint_id}/deliveries"),
            ("DELETE", "/v1/webhook-endpoints/{endpoint_id}"),
        ],
    ]
    slice_, keys, hooks = (section["item"] for section in quickstart["item"])
    assert 'scope.set("confirmToken", String(body["confirm_token"]));' in script(slice_[2], "test")
    assert json.loads(slice_[3]["request"]["body"]["raw"]) == {"confirm_token": "{{confirmToken}}"}
    assert 'scope.set("executionId", String(body["id"]));' in script(slice_[3], "test")
    assert slice_[4]["request"]["url"]["variable"][0]["value"] == "{{executionId}}"
    assert 'scope.set("newApiKey", String(body["secret"]));' in script(keys[0], "test")
    assert keys[1]["request"]["auth"]["bearer"][0]["value"] == "{{newApiKey}}"
    assert keys[2]["request"]["url"]["variable"][0]["value"] == "{{keyId}}"
    assert "const expectedStatus = 401;" in script(keys[3], "test")
    assert 'scope.set("endpointId", String(body["id"]));' in script(hooks[0], "test")
    assert all(h["request"]["url"]["variable"][0]["value"] == "{{endpointId}}" for h in hooks[1:])


def test_every_variable_used_is_in_the_environment_and_documented(
    collection: dict[str, Any], environment: dict[str, Any]
) -> None:
    text = json.dumps(collection["item"]) + json.dumps(collection["auth"])
    used = set(VARIABLE.findall(text)) - {target.IDEMPOTENCY_VARIABLE}
    values = {v["key"]: v for v in environment["values"]}
    assert used <= set(values), used - set(values)
    assert values["apiKey"]["type"] == values["newApiKey"]["type"] == "secret"
    assert values["apiKey"]["value"] == ""
    assert values["baseUrl"]["value"] == "https://api.relay.dev"
    captured = set(re.findall(r'scope\.set\("(\w+)"', text))
    assert captured <= set(values)
    description = collection["info"]["description"]
    for name in values:
        assert f"| `{name}` |" in description, name
    collection_vars = {v["key"] for v in collection["variable"]}
    assert collection_vars == {k for k, v in values.items() if v["type"] != "secret"}


MINIMAL = textwrap.dedent(
    """\
    openapi: 3.1.0
    info: {title: Widgets, version: '2'}
    security: [{bearer: []}]
    paths:
      /v1/widgets/{widget_id}:
        post:
          operationId: widgets_update
          tags: [widgets]
          summary: Update a widget
          description: 'Roles: admin.'
          x-relay-roles: [admin]
          parameters:
            - {name: widget_id, in: path, required: true, schema: {type: string}}
            - {name: Idempotency-Key, in: header, schema: {type: string}}
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/WidgetUpdate'}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Widget'}
    components:
      securitySchemes:
        bearer: {type: http, scheme: bearer}
      schemas:
        WidgetUpdate:
          type: object
          required: [name, size]
          properties: {name: {type: string}, size: {type: integer}, tags: {type: array}}
        Widget:
          type: object
          properties: {id: {type: string}}
    """
)


def test_a_spec_without_examples_or_servers_still_yields_a_valid_collection(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(MINIMAL, encoding="utf-8")
    out = _render(spec)
    collection = json.loads(out[COLLECTION])
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft7Validator(schema).iter_errors(collection))
    assert [f["name"] for f in collection["item"]] == ["widgets"], "no Quickstart without its operations"
    (item,) = collection["item"][0]["item"]
    assert json.loads(item["request"]["body"]["raw"]) == {"name": "string", "size": 0}
    assert item["request"]["url"]["variable"][0]["value"] == "{{widgetId}}"
    env = json.loads(out[ENVIRONMENT])
    assert [v["key"] for v in env["values"]] == ["baseUrl", "apiKey", "widgetId"]


def test_the_saved_examples_satisfy_the_inlined_schemas(collection: dict[str, Any], api: Api) -> None:
    """What newman checks live, checked here on the spec's own examples (draft-07, as newman's ajv)."""
    checked = 0
    for item in requests(collection):
        code = script(item, "test")
        match = re.search(r"^\s*const schema = (.*?^\s*});$", code, re.S | re.M)
        status = int(re.search(r"const expectedStatus = (\d+);", code).group(1))  # type: ignore[union-attr]
        if not match:
            continue
        validator = jsonschema.Draft7Validator(json.loads(match.group(1)))
        for saved in item["response"]:
            if saved["code"] == status and "json" in saved["header"][0]["value"]:
                errors = [e.message for e in validator.iter_errors(json.loads(saved["body"]))]
                assert not errors, (item["name"], saved["name"], errors)
                checked += 1
    refused = postman_flow.load_flow(api).expectations  # these check a refusal instead
    with_examples = [
        op
        for op in api.operations
        if op.success_response is not None
        and op.success_response.json is not None
        and op.success_response.json.examples
        and op.operation_id not in refused
    ]
    assert checked >= len(with_examples) > 0
