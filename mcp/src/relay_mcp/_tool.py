"""What one MCP tool is: the row type of the generated table (``relay_mcp._generated.tools.TOOLS``).

The generator fills every field from the spec; the runtime (``_server.py``) reads them and never knows
an operation by name.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from relay_sdk import AsyncAPIResponse, AsyncRelay

__all__ = ["Arguments", "Call", "Confirmation", "Tool"]

Arguments = Mapping[str, Any]
"""A tool call's arguments (validated against the tool's input schema), or for a confirmed call, the
confirming operation's response body."""

Call = Callable[[AsyncRelay, Arguments, str], Awaitable[AsyncAPIResponse[Any]]]
"""``(client, arguments, idempotency_key) → raw response``: one ``relay_sdk`` call. The key is sent
only by operations that take an ``Idempotency-Key``."""


@dataclass(frozen=True)
class Confirmation:
    """The tool takes ``tool``'s input; ``call`` runs that operation (a preview) whose response the
    human confirms, and whose body the tool's own ``call`` then reads (through the spec's link).
    ``withheld``: the paths of that response's secrets (its confirm token), never shown."""

    tool: str
    call: Call
    withheld: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per tool
class Tool:
    name: str  # the operationId
    title: str  # the summary
    description: str
    input_schema: Mapping[str, Any]
    output_schema: Mapping[str, Any] | None  # None: the result is text (the response is not JSON)
    read_only: bool  # False: the human must consent before it runs
    destructive: bool
    idempotent: bool
    paginated: bool
    locations: Mapping[str, str]  # argument → "path" | "query" | "header" | "body"
    withheld: tuple[tuple[str, ...], ...]  # result paths holding secrets ("*": every array item)
    call: Call
    confirmation: Confirmation | None = None

    @property
    def needs_consent(self) -> bool:
        return not self.read_only
