"""The suite's own helpers (no deployment needed): SSE framing parser, schemathesis hook instance
builder, load-report arithmetic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from relay_contract.cases import parse_sse
from relay_contract.load import load_steps, summarize
from relay_contract.st_hooks import _instance


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
