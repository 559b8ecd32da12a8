"""Human consent for side effects: what the human is shown, and the consents already given.

A tool that is not read-only runs only after the human accepted an MCP elicitation showing what will
happen: for a tool confirmed by a preview, the preview's summary, effects and warnings; otherwise the
operation and its arguments. Each consent fixes one Idempotency-Key. The ledger keeps consents for the
lifetime of a preview's confirm token, by call (tool + arguments, within one MCP session where the
transport has sessions): a retry of a consented call — the client's, the model's — reuses that key and that preview, so Relay replays the first result instead
of running the call twice, and the human is not asked again.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import mcp_types as types

from ._tool import Arguments, Tool

__all__ = [
    "CONSENT_TTL",
    "Consent",
    "ConsentLedger",
    "Decision",
    "Pending",
    "consent_request",
    "decide",
    "fingerprint",
    "reveal_request",
]

CONSENT_TTL = 600.0  # seconds: a preview's confirm token lives 10 minutes
PENDING_TTL = 900.0  # seconds an unanswered prompt (2026-07-28 input-required round) is kept
CONFIRM_FIELD = "confirm"

Decision = Literal["accepted", "declined", "cancelled"]


def fingerprint(tool: Tool, arguments: Arguments, scope: str = "") -> str:
    """One call, whatever the JSON key order: the tool and its canonical arguments, within ``scope``
    (the MCP session, where the transport has one)."""
    canonical = json.dumps(
        [scope, tool.name, arguments], sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True)
class Consent:
    """A consent to one call: its Idempotency-Key and the preview the human saw (``confirmed``)."""

    key: str
    confirmed: Mapping[str, Any] | None
    how: str  # "accepted" (by the human) or "auto-confirmed" (--auto-confirm, no way to ask)
    at: float = field(default_factory=time.time)

    @staticmethod
    def new(confirmed: Mapping[str, Any] | None, how: str) -> Consent:
        return Consent(key=f"relay-mcp-{uuid.uuid4()}", confirmed=confirmed, how=how)

    @property
    def when(self) -> str:
        return time.strftime("%H:%M:%S UTC", time.gmtime(self.at))


class ConsentLedger:
    """Consents by call fingerprint, each kept for ``CONSENT_TTL`` seconds (process memory only)."""

    def __init__(self, ttl: float = CONSENT_TTL) -> None:
        self.ttl = ttl
        self._items: dict[str, Consent] = {}

    def find(self, call: str) -> Consent | None:
        self._expire()
        return self._items.get(call)

    def record(self, call: str, consent: Consent) -> None:
        self._expire()
        self._items[call] = consent

    def _expire(self) -> None:
        now = time.time()
        for call in [c for c, item in self._items.items() if now - item.at > self.ttl]:
            del self._items[call]


@dataclass(frozen=True)
class Pending:
    """A question waiting for the client's next round (protocol 2026-07-28's input-required results):
    a consent to give, or a created secret shown to the human before the result goes to the model."""

    call: str
    kind: Literal["consent", "reveal"]
    confirmed: Mapping[str, Any] | None = None
    result: types.CallToolResult | None = None
    at: float = field(default_factory=time.time)


class PendingRounds:
    """Open input-required rounds by their ``requestState`` (an unguessable id; the client echoes it)."""

    def __init__(self) -> None:
        self._items: dict[str, Pending] = {}

    def open(self, pending: Pending) -> str:
        now = time.time()
        for state in [s for s, p in self._items.items() if now - p.at > PENDING_TTL]:
            del self._items[state]
        state = secrets.token_urlsafe(24)
        self._items[state] = pending
        return state

    def take(self, state: str | None, call: str) -> Pending | None:
        """The round ``state`` names, if it is open and for this same call (else ``None``)."""
        pending = self._items.get(state or "")
        if pending is None or pending.call != call:
            return None
        del self._items[state or ""]
        return pending


def _lines(items: Any) -> str:
    return "".join(f"\n  • {item}" for item in items) if isinstance(items, list) else ""


def _consent_message(tool: Tool, arguments: Arguments, confirmed: Mapping[str, Any] | None) -> str:
    if confirmed is not None:  # a preview: what Relay says will happen
        text = f"Relay — {tool.title}: {confirmed.get('action_id', '')}\n\n{confirmed.get('summary', '')}"
        if confirmed.get("effects"):
            text += "\n\nEffects:" + _lines(confirmed["effects"])
        if confirmed.get("warnings"):
            text += "\n\nWarnings:" + _lines(confirmed["warnings"])
    else:
        text = f"Relay — {tool.title} ({tool.name})"
        for name, value in arguments.items():
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            text += f"\n  {name}: {shown}"
    if tool.destructive:
        text += "\n\nThis cannot be undone."
    return text + "\n\nRun it?"


def consent_request(
    tool: Tool, arguments: Arguments, confirmed: Mapping[str, Any] | None
) -> types.ElicitRequestFormParams:
    """The elicitation asking the human to consent to this call."""
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            CONFIRM_FIELD: {
                "type": "boolean",
                "title": "Yes, run it",
                "description": "Relay runs this only when you confirm.",
                "default": False,
            }
        },
        "required": [CONFIRM_FIELD],
    }
    return types.ElicitRequestFormParams(
        message=_consent_message(tool, arguments, confirmed), requested_schema=schema
    )


def reveal_request(tool: Tool, revealed: list[tuple[str, str]]) -> types.ElicitRequestFormParams:
    """The elicitation showing the human, once, the secrets a consented call created (withheld from the
    model)."""
    shown = "\n".join(f"{path}: {value}" for path, value in revealed)
    message = (
        f"Relay — {tool.title}: shown once, here only (the model does not see it). Store it now:\n\n{shown}"
    )
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {"stored": {"type": "boolean", "title": "I have stored it", "default": False}},
    }
    return types.ElicitRequestFormParams(message=message, requested_schema=schema)


def decide(result: types.ElicitResult | Any) -> Decision:
    """accept with ``confirm: true`` → accepted; accept without it counts as declined."""
    if not isinstance(result, types.ElicitResult):
        return "cancelled"
    if result.action == "accept":
        return "accepted" if (result.content or {}).get(CONFIRM_FIELD) is True else "declined"
    return "declined" if result.action == "decline" else "cancelled"
