"""The suite's own helpers (no deployment needed): SSE framing parser, schemathesis hook instance
builder, load-report arithmetic."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from relay_contract.cases import Api, not_implemented, parse_sse
from relay_contract.implemented import says_not_implemented, write_skipped_junit
from relay_contract.load import load_steps, summarize
from relay_contract.spec import load_spec
from relay_contract.st_hooks import _instance, expose_item_schemas


def test_parse_sse_framing() -> None:
    text = (
        ': heartbeat\r\nid: 1\r\nevent: text_delta\r\ndata: {"a":\r\ndata: 1}\r\n\r\n'
        ": again\n\nid: 2\nevent: done\ndata:x\n\n"
    )
    events, comments = parse_sse(text)
    assert comments == 2
    assert [(e.id, e.event, e.data) for e in events] == [("1", "text_delta", '{"a":\n1}'), ("2", "done", "x")]


def test_parse_sse_keeps_blocks_without_id_visible() -> None:
    # The contract requires an `id:` on EVERY event, so ids are deliberately not carried over.
    events, _ = parse_sse("id: 7\nevent: a\ndata: 1\n\nevent: b\ndata: 2\n\n")
    assert [e.id for e in events] == ["7", None]


def test_instance_satisfies_action_input_schemas() -> None:
    schemas: list[dict[str, Any]] = [
        {
            "type": "object",
            "required": ["to", "subject", "body"],
            "properties": {
                "to": {"type": "array", "items": {"type": "string", "format": "email"}, "minItems": 1},
                "subject": {"type": "string", "minLength": 1, "maxLength": 5},
                "body": {"type": "string"},
            },
            "additionalProperties": False,
        },
        {
            "type": "object",
            "required": ["url", "payload", "when"],
            "properties": {
                "url": {"type": "string", "format": "uri"},
                "payload": {"type": "object"},
                "when": {"type": "string", "format": "date-time"},
            },
        },
    ]
    for schema in schemas:
        instance = _instance(schema)
        errors = list(
            Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(
                instance
            )
        )
        assert not errors, (instance, [e.message for e in errors])


def test_load_report(tmp_path: Path) -> None:
    def entry(name: str, hist: dict[str, int], failures: int = 0) -> dict[str, object]:
        return {
            "name": name,
            "start_time": 100.0,
            "last_request_timestamp": 110.0,
            "num_requests": sum(hist.values()),
            "num_failures": failures,
            "response_times": hist,
        }

    stats = tmp_path / "stats.json"
    stats.write_text(
        json.dumps(
            [
                entry("actions.list", {"10": 90, "20": 10}),
                entry("actions.preview", {"30": 100}),
                entry("actions.execute", {"100": 94, "1500": 6}),
            ]
        )
    )
    steps = load_steps(stats)
    by_name = {s.name: s for s in steps}
    assert by_name["actions.list"].percentile(0.5) == 10
    assert by_name["actions.list"].percentile(0.95) == 20
    assert by_name["actions.execute"].percentile(0.95) == 1500
    assert by_name["Aggregated"].requests == 300
    assert by_name["Aggregated"].rps == 30.0
    report, ok = summarize(steps)
    assert ok
    assert "actions.execute p95 1500 ms" in report
    assert "does NOT meet" in report


def test_the_event_stream_carries_its_item_schema_as_an_extension() -> None:
    """OpenAPI 3.1 reads a media type's ``schema`` as the whole body: the text of an event stream has
    none (Prism reported "Response body must be object"); the schema of one event is the extension, and
    the schemathesis hook hands it over as 3.2's ``itemSchema``."""
    spec = load_spec()
    for op in spec.operations:
        for response in op.responses.values():
            media = (response.get("content") or {}).get("text/event-stream")
            if media is not None:
                assert "schema" not in media and "itemSchema" not in media, op.operation_id
                assert media["x-relay-item-schema"]["type"] == "object"
    document = copy.deepcopy(spec.document)
    assert expose_item_schemas(document) == 1
    chat = document["paths"]["/v1/chat"]["post"]["responses"]["200"]["content"]["text/event-stream"]
    assert chat["itemSchema"] == chat["x-relay-item-schema"] == spec.stream_item_schema


def test_501_not_implemented_is_recognised_and_nothing_else() -> None:
    problem = "application/problem+json; charset=utf-8"
    assert says_not_implemented(501, problem, lambda: {"code": "not_implemented", "status": 501})
    assert not says_not_implemented(501, problem, lambda: {"code": "internal_error"})
    assert not says_not_implemented(500, problem, lambda: {"code": "not_implemented"})
    assert not says_not_implemented(501, "text/plain", lambda: {"code": "not_implemented"})

    def not_json() -> object:
        raise ValueError("not JSON")

    assert not says_not_implemented(501, problem, not_json)
    request = httpx.Request("GET", "https://relay.example/v1/new-thing")
    problem_response = httpx.Response(
        501, json={"code": "not_implemented"}, headers={"content-type": problem}, request=request
    )
    assert not_implemented(problem_response)


def test_unimplemented_operations_are_listed_as_skipped_junit_cases(tmp_path: Path) -> None:
    spec = load_spec()
    report = tmp_path / "skipped.xml"
    write_skipped_junit(report, spec, ["usage_retrieve", "health_check"])
    suite = ET.parse(report).getroot().find("testsuite")  # noqa: S314 - our own file
    assert suite is not None and suite.get("skipped") == "2" and suite.get("failures") == "0"
    names = [case.get("name") for case in suite.iter("testcase")]
    assert names == ["GET /v1/usage (usage_retrieve)", "GET /health (health_check)"]
    assert all(case.find("skipped") is not None for case in suite.iter("testcase"))


def test_a_case_meeting_501_is_skipped_not_failed() -> None:
    """The cases' client turns a 501 not_implemented into a pytest skip (the operation is not in this
    deployment); any other status goes through."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/new-thing":
            return httpx.Response(
                501,
                json={"code": "not_implemented", "status": 501},
                headers={"content-type": "application/problem+json"},
            )
        return httpx.Response(200, json={"ok": True})

    api = Api("https://relay.example", "relay_sk_test", transport=httpx.MockTransport(handler))
    try:
        assert api.get("/v1/workspace").status_code == 200
        with pytest.raises(pytest.skip.Exception, match="not implemented by this deployment"):
            api.get("/v1/new-thing")
    finally:
        api.close()
