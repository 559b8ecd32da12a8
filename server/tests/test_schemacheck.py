"""The compiled validity predicates (``schemacheck``) agree with jsonschema, and every API schema compiles.

Request validation trusts a ``True`` from the predicate without running jsonschema, so a predicate that
accepted an invalid instance would let bad input through; these tests hold the two to the same verdict
on every schema the server validates with, on valid examples, on mutations of them and on arbitrary JSON.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relay_server.catalog import CATALOG
from relay_server.operations import OPERATIONS
from relay_server.schemacheck import compile_predicate
from relay_server.validation import Schema, format_checker


def _api_schemas() -> dict[str, dict[str, Any]]:
    schemas: dict[str, dict[str, Any]] = {}
    for op in OPERATIONS:
        for p in op.params:
            schemas[f"{op.operation_id} {p.location} {p.name}"] = dict(p.schema)
        body = op.request_schema
        if body is not None:
            schemas[f"{op.operation_id} body"] = dict(body)
    for action in CATALOG.values():
        schemas[f"action {action.id}"] = dict(action.input_schema)
    return schemas


API_SCHEMAS = _api_schemas()

# Every keyword of the subset, alone and combined, with the edges where jsonschema's rules are subtle
# (bool is not a number, 1.0 is an integer, `$` before a trailing newline, code-point lengths).
KEYWORD_SCHEMAS: dict[str, dict[str, Any]] = {
    "integer": {"type": "integer", "minimum": 1, "maximum": 10},
    "number exclusive": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1.5},
    "nullable string": {"type": ["string", "null"], "minLength": 2, "maxLength": 3},
    "pattern": {"type": "string", "pattern": "^[a-z]+$"},
    "enum with null": {"enum": ["a", "b", None]},
    "const": {"const": "x"},
    "formats": {
        "type": "object",
        "properties": {
            "e": {"type": "string", "format": "email"},
            "d": {"type": "string", "format": "date-time"},
            "day": {"format": "date"},
            "u": {"type": "string", "format": "uri"},
        },
    },
    "array": {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 3},
    "unique items": {"type": "array", "uniqueItems": True},
    "object": {
        "type": "object",
        "required": ["a"],
        "properties": {"a": {"type": "boolean"}, "b": {"type": "null"}},
        "additionalProperties": {"type": "string"},
        "minProperties": 1,
        "maxProperties": 2,
    },
    "closed object": {"type": "object", "properties": {"a": {}}, "additionalProperties": False},
    "oneOf": {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]},
    "anyOf allOf": {"anyOf": [{"type": "string"}, {"allOf": [{"type": "array"}, {"maxItems": 1}]}]},
    "no constraints": {"description": "anything"},
}

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-20, 20)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.sampled_from(
        ["", "a", "ab", "abc\n", "ada@example.com", "2030-01-01T10:00:00Z", "https://x.io", "é"]
    )
    | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["a", "b", "c"]), inner, max_size=3)
    ),
    max_leaves=8,
)


_COMPILED: dict[str, Schema] = {}


def _verdicts(schema: dict[str, Any], instance: Any) -> tuple[bool, bool]:
    key = repr(schema)
    compiled = _COMPILED.get(key) or _COMPILED.setdefault(key, Schema(schema))
    assert compiled.predicate is not None
    return compiled.predicate(instance), bool(compiled.validator.is_valid(instance))


@pytest.mark.parametrize("name", sorted(API_SCHEMAS))
def test_every_api_schema_compiles(name: str) -> None:
    assert compile_predicate(API_SCHEMAS[name], format_checker) is not None, name


def test_unsupported_keywords_fall_back_to_jsonschema() -> None:
    unsupported: list[dict[str, Any]] = [
        {"$ref": "#/x"},
        {"not": {}},
        {"patternProperties": {}},
        {"enum": [1, True]},
    ]
    for schema in unsupported:
        assert compile_predicate(schema, format_checker) is None
        assert Schema(schema).predicate is None


@pytest.mark.parametrize("name", sorted(KEYWORD_SCHEMAS))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instance=_JSON)
def test_keyword_schemas_agree_with_jsonschema(name: str, instance: Any) -> None:
    fast, reference = _verdicts(KEYWORD_SCHEMAS[name], instance)
    assert fast == reference, (KEYWORD_SCHEMAS[name], instance)


@pytest.mark.parametrize("action_id", sorted(CATALOG))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_action_schemas_agree_on_mutated_examples(action_id: str, data: st.DataObject) -> None:
    action = CATALOG[action_id]
    schema = dict(action.input_schema)
    example = dict(data.draw(st.sampled_from(action.examples)))
    fields = sorted({*example, *dict(schema.get("properties", {})), "unknown"})
    for _ in range(data.draw(st.integers(0, 3))):
        name = data.draw(st.sampled_from(fields))
        if data.draw(st.booleans()):
            example.pop(name, None)
        else:
            example[name] = data.draw(_JSON)
    fast, reference = _verdicts(schema, example)
    assert fast == reference, (action_id, example)


def test_valid_examples_take_the_fast_path() -> None:
    for action in CATALOG.values():
        for example in action.examples:
            assert action.validator.is_valid(example)
            assert action.validator.errors(example, "/params") == []


def test_invalid_instances_still_get_jsonschema_messages() -> None:
    errors = CATALOG["email.send"].validator.errors({"to": "not-an-email", "subject": ""}, "/params")
    pointers = {e["pointer"] for e in errors}
    assert pointers == {"/params/to", "/params/subject", "/params/body"}
