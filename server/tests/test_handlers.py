"""Every handler is typed with its operation's generated types, so "typed" cannot silently rot.

A handler takes ``ctx`` and, by keyword, exactly the inputs its operation has — ``path``, ``query``,
``headers``, ``body`` — annotated with the route table's types, and is annotated to return the
operation's success type (with a ``Response`` where the success is a stream or not JSON). mypy --strict
then holds each handler's body to those types.
"""

from __future__ import annotations

import inspect
import types
import typing
from typing import Any

import pytest
from starlette.responses import Response

from relay_server.context import Ctx
from relay_server.handlers import load_handlers
from relay_server.operations import OPERATIONS, OperationSpec


def _expected_parameters(op: OperationSpec) -> dict[str, Any]:
    expected: dict[str, Any] = {"ctx": Ctx}
    for name, model in (("path", op.path_model), ("query", op.query_model), ("headers", op.headers_model)):
        if model is not None:
            expected[name] = model
    if op.request_model is not None:
        expected["body"] = op.request_model if op.request_required else typing.Optional[op.request_model]  # noqa: UP045
    return expected


def _returns_response(annotation: Any) -> bool:
    return inspect.isclass(annotation) and issubclass(annotation, Response)


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.operation_id in load_handlers()], ids=str)
def test_handler_is_typed_with_its_operations_types(op: OperationSpec) -> None:
    handler = load_handlers()[op.operation_id]
    hints = typing.get_type_hints(handler)
    parameters = inspect.signature(handler).parameters
    expected = _expected_parameters(op)
    assert list(parameters) == list(expected), f"{op.operation_id}: takes {list(parameters)}"
    for name, annotation in expected.items():
        assert hints.get(name) == annotation, f"{op.operation_id}: {name} is {hints.get(name)!r}"
    returned = hints.get("return")
    if op.stream is not None:  # the JSON reply, or the event stream
        assert isinstance(returned, types.UnionType), f"{op.operation_id} returns {returned!r}"
        json_part = [a for a in typing.get_args(returned) if not _returns_response(a)]
        assert json_part == [op.response_model], f"{op.operation_id} returns {returned!r}"
        assert any(_returns_response(a) for a in typing.get_args(returned))
    elif op.response_model is not None:
        assert returned == op.response_model, f"{op.operation_id} returns {returned!r}"
    elif op.success_content_types:  # not JSON: the handler builds the response
        assert _returns_response(returned), f"{op.operation_id} returns {returned!r}"
    else:  # no content
        assert returned is type(None), f"{op.operation_id} returns {returned!r}"
