"""Tool results: the API's JSON as structured content (secrets withheld), and every failure as a tool
error an agent can act on (the problem's ``code``, ``detail`` and field pointers), never a traceback."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import mcp_types as types
from relay_sdk import APIConnectionError, APIStatusError, APITimeoutError, AsyncAPIResponse

from ._arguments import argument_pointer
from ._tool import Tool

__all__ = ["Withheld", "error_result", "ok_result", "problem_result", "withhold"]

MAX_TEXT = 100_000  # characters of a non-JSON body shown to the model

Withheld = list[tuple[str, str]]  # (dotted path, secret value) — for the human's eyes only


def withhold(value: Any, paths: Sequence[tuple[str, ...]]) -> tuple[Any, Withheld]:
    """A copy of ``value`` without the fields at ``paths`` (``*`` = every array item), and what was
    removed."""
    removed: Withheld = []

    def strip(node: Any, path: tuple[str, ...], seen: tuple[str, ...]) -> Any:
        if not path:
            return node
        head, rest = path[0], path[1:]
        if head == "*" and isinstance(node, list):
            return [strip(item, rest, (*seen, str(i))) for i, item in enumerate(node)]
        if isinstance(node, Mapping) and head in node:
            if not rest:
                removed.append((".".join((*seen, head)), str(node[head])))
                return {k: v for k, v in node.items() if k != head}
            return {**node, head: strip(node[head], rest, (*seen, head))}
        return node

    for path in paths:
        value = strip(value, path, ())
    return value, removed


def _text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def ok_result(
    tool: Tool, response: AsyncAPIResponse[Any], notes: Sequence[str] = ()
) -> tuple[types.CallToolResult, Withheld]:
    """The response as the tool's result; ``notes`` (what relay-mcp did) lead the text."""
    prefix = "".join(note + "\n" for note in notes)
    if tool.output_schema is None or not response.content:
        body = response.text
        if len(body) > MAX_TEXT:
            body = body[:MAX_TEXT] + f"\n[… {len(body) - MAX_TEXT} more characters not shown]"
        text = body or f"Done (HTTP {response.status_code}, no content)."
        return types.CallToolResult(content=[types.TextContent(type="text", text=prefix + text)]), []
    data, removed = withhold(response.json(), tool.withheld)
    if removed:
        prefix += "".join(f"`{path}` is withheld: secrets never reach the model.\n" for path, _ in removed)
    result = types.CallToolResult(
        content=[types.TextContent(type="text", text=prefix + _text(data))],
        structured_content=data,
    )
    return result, removed


def error_result(code: str, detail: str, **extra: Any) -> types.CallToolResult:
    """A tool error: ``{"code", "detail", …}`` as JSON text (``is_error``), for the model to read."""
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=_text({"code": code, "detail": detail, **extra}))],
        is_error=True,
    )


def problem_result(tool: Tool, error: Exception, base_url: str) -> types.CallToolResult:
    """What the SDK raised, as a tool error: a problem's ``code``/``detail``/field pointers (pointing
    into the tool's arguments), or why Relay could not be reached."""
    if isinstance(error, APIStatusError):
        extra: dict[str, Any] = {"status": error.status_code, "title": error.title}
        if error.errors:
            extra["errors"] = [
                {"pointer": argument_pointer(tool, e.pointer), "message": e.message} for e in error.errors
            ]
        extra["request_id"] = error.request_id
        return error_result(error.code or f"http_{error.status_code}", error.detail or str(error), **extra)
    if isinstance(error, APITimeoutError):
        return error_result(
            "relay_timeout",
            f"Relay at {base_url} did not answer in time, after the SDK's retries: the call may have taken effect.",
        )
    if isinstance(error, APIConnectionError):
        return error_result("relay_unreachable", f"relay-mcp could not reach Relay at {base_url}.")
    raise TypeError(f"not an SDK error: {type(error).__name__}")
