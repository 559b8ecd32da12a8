"""The deterministic helpers every template relies on (names, literals)."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from relay_codegen.names import camel_case, pascal_case, python_argument, snake_case
from relay_codegen.syntax import py_literal


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        3,
        2.5,
        'tab\tquote"backslash\\ é',
        {"b": 1, "a": [1, 2, {"x": None}]},
        ("one",),
        (),
        {"pattern": "^[a-z]+(\\.[a-z_]+)+$", "enum": ["a", "b"], "nested": {"k" * 60: "v" * 60}},
    ],
)
def test_py_literal_round_trips(value: Any) -> None:
    text = py_literal(value, indent=8)
    assert ast.literal_eval(text) == value
    assert py_literal(value, indent=8) == text


def test_py_literal_keeps_mapping_order_and_wraps_long_values() -> None:
    value = {"z": 1, "a": "x" * 100}
    text = py_literal(value, indent=4)
    assert text.splitlines() == ["{", '        "z": 1,', f'        "a": "{"x" * 100}",', "    }"]


def test_py_literal_refuses_non_json_values() -> None:
    with pytest.raises(TypeError):
        py_literal({1, 2})


@pytest.mark.parametrize(
    ("name", "snake", "camel", "pascal"),
    [
        ("webhook_endpoints", "webhook_endpoints", "webhookEndpoints", "WebhookEndpoints"),
        ("list_deliveries", "list_deliveries", "listDeliveries", "ListDeliveries"),
        ("Idempotency-Key", "idempotency_key", "idempotencyKey", "IdempotencyKey"),
        ("ChatTextDelta", "chat_text_delta", "chatTextDelta", "ChatTextDelta"),
        ("class", "_class", "class", "Class"),
    ],
)
def test_case_conversions(name: str, snake: str, camel: str, pascal: str) -> None:
    assert snake_case(name) == snake
    assert camel_case(name) == camel
    assert pascal_case(name) == pascal


@pytest.mark.parametrize(
    ("wire", "argument"),
    [("class", "class_"), ("self", "self_"), ("type", "type"), ("Idempotency-Key", "idempotency_key")],
)
def test_python_arguments_are_never_keywords(wire: str, argument: str) -> None:
    assert python_argument(wire) == argument
