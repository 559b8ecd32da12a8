"""The generated attrs models keep wire names that shadow a builtin: ``event.type``, not ``type_``."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any, Dict, List, Tuple

import attrs
import pytest

from relay_sdk import types
from relay_sdk.types import (
    ChatActionSuggestionEvent,
    ChatDoneEvent,
    ChatErrorEvent,
    ChatTextDeltaEvent,
    ExecutionFailedEvent,
    ExecutionSucceededEvent,
    PingEvent,
    Problem,
)
from relay_sdk.types._unions import parse_webhook_event

TYPES_DIR = Path(__file__).resolve().parents[1] / "src" / "relay_sdk" / "types"

# (model, its `type` const on the wire)
TAGGED: List[Tuple[Any, str]] = [
    (ChatTextDeltaEvent, "text_delta"),
    (ChatActionSuggestionEvent, "action_suggestion"),
    (ChatDoneEvent, "done"),
    (ChatErrorEvent, "error"),
    (ExecutionSucceededEvent, "execution.succeeded"),
    (ExecutionFailedEvent, "execution.failed"),
    (PingEvent, "ping"),
]


@pytest.mark.parametrize(("model", "const"), TAGGED, ids=[m.__name__ for m, _ in TAGGED])
def test_type_is_the_attrs_field(model: Any, const: str) -> None:
    names = [f.name for f in attrs.fields(model)]
    assert "type" in names
    assert "type_" not in names
    assert not hasattr(model, "type_")
    # the annotation as written (postponed): the Literal of the wire const
    assert attrs.fields_dict(model)["type"].type == f"Literal[{const!r}]"


def test_no_generated_model_renames_a_wire_field_to_type_() -> None:
    models = [getattr(types, name) for name in types.__all__]
    fields = {f.name for m in models if attrs.has(m) for f in attrs.fields(m)}
    assert "type" in fields
    assert not {name for name in fields if name.endswith("_")}


def test_round_trip_keeps_the_wire_name() -> None:
    wire = {"type": "text_delta", "delta": "Hel", "extra": 1}
    event = ChatTextDeltaEvent.from_dict(wire)
    assert event.type == "text_delta"
    assert event.delta == "Hel"
    assert event.to_dict() == wire
    built = ChatTextDeltaEvent(type="text_delta", delta="lo")
    assert built.to_dict() == {"type": "text_delta", "delta": "lo"}
    assert (
        repr(built) == "ChatTextDeltaEvent(type='text_delta', delta='lo', additional_properties={})"
    )


def test_const_mismatch_is_rejected() -> None:
    with pytest.raises(ValueError, match="type must match const 'done'"):
        ChatDoneEvent.from_dict({"type": "text_delta", "session_id": "s", "message_id": "m"})


def test_problem_type_is_plain_str() -> None:
    wire: Dict[str, Any] = {
        "type": "https://relay.dev/problems/not_found",
        "title": "Not found",
        "status": 404,
        "detail": "No such action.",
        "code": "not_found",
        "request_id": "req_1",
    }
    problem = Problem.from_dict(wire)
    assert problem.type == "https://relay.dev/problems/not_found"
    assert problem.to_dict()["type"] == wire["type"]


def test_webhook_event_exposes_type() -> None:
    event = parse_webhook_event(
        {
            "type": "ping",
            "timestamp": "2026-11-22T10:00:00Z",
            "data": {"endpoint_id": "we_1"},
        }
    )
    assert isinstance(event, PingEvent)
    assert event.type == "ping"


def test_models_parse_as_python_3_9() -> None:
    """Every generated model is valid Python 3.9 syntax with postponed annotations (so
    ``builtins.type[T]`` and ``X | None`` annotations are never evaluated on 3.9)."""
    for path in sorted(TYPES_DIR.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        ast.parse(source, filename=str(path), feature_version=(3, 9))
        if "@_attrs_define" in source:
            assert "from __future__ import annotations" in source, path.name


def test_field_error_is_one_class() -> None:
    """The spec's FieldError is the runtime's: what APIStatusError.errors and Problem.errors hold."""
    import relay_sdk

    assert types.FieldError is relay_sdk.FieldError
    wire: Dict[str, Any] = {
        "type": "https://relay.dev/problems/validation_failed",
        "title": "Validation failed",
        "status": 422,
        "code": "validation_failed",
        "request_id": "req_1",
        "errors": [{"pointer": "/params/to", "message": "must be an email"}],
    }
    problem = Problem.from_dict(wire)
    assert problem.errors == [relay_sdk.FieldError("/params/to", "must be an email")]
    assert problem.to_dict() == wire
