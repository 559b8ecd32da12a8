"""Tool arguments are checked against the tool's input schema (JSON Schema 2020-12) before anything is
sent, and problems from Relay are pointed back at the arguments that caused them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from ._tool import Tool

__all__ = ["argument_errors", "argument_pointer"]


@cache
def _validator(tool: Tool) -> Draft202012Validator:
    return Draft202012Validator(dict(tool.input_schema))


def _pointer(parts: list[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _flatten(error: ValidationError) -> Iterator[dict[str, str]]:
    """One ``{pointer, message}`` per invalid value; a missing or unexpected property is pointed at
    by its own name (jsonschema points at the object that lacks or has it)."""
    where = list(error.absolute_path)
    instance = error.instance
    if (
        error.validator == "required"
        and isinstance(instance, Mapping)
        and isinstance(error.validator_value, list)
    ):
        for name in error.validator_value:
            if name not in instance:
                yield {"pointer": _pointer([*where, name]), "message": "is required"}
        return
    if error.validator == "additionalProperties" and isinstance(instance, Mapping):
        known = set((error.schema.get("properties") or {}) if isinstance(error.schema, Mapping) else ())
        for name in sorted(set(instance) - known):
            yield {"pointer": _pointer([*where, name]), "message": "is not an argument of this tool"}
        return
    yield {"pointer": _pointer(where), "message": error.message}


def argument_errors(tool: Tool, arguments: Mapping[str, Any]) -> list[dict[str, str]]:
    """The field errors of ``arguments`` (empty when they satisfy the tool's input schema)."""
    errors = sorted(
        _validator(tool).iter_errors(dict(arguments)), key=lambda e: list(map(str, e.absolute_path))
    )
    return [item for error in errors for item in _flatten(error)]


def argument_pointer(tool: Tool, pointer: str) -> str:
    """A problem's field pointer (into the HTTP request: ``/query/limit``, ``/path/action_id``,
    ``/params/to``) as a pointer into the tool's arguments (``/limit``, ``/action_id``, ``/params/to``);
    a pointer naming no argument (an ``Idempotency-Key`` header) is returned as it is."""
    for prefix, location in (("/path/", "path"), ("/query/", "query"), ("/headers/", "header")):
        if pointer.startswith(prefix):
            head, _, rest = pointer[len(prefix) :].partition("/")
            name = next(
                (a for a, loc in tool.locations.items() if loc == location and a.lower() == head), None
            )
            return pointer if name is None else f"/{name}" + (f"/{rest}" if rest else "")
    return pointer
