"""The action catalog: every action Relay can run, with the JSON Schema of its params."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from relay_server._generated.models import ActionProvider
from relay_server.validation import Schema, compile_schema

_EMAIL_LIST: dict[str, Any] = {
    "type": "array",
    "items": {"type": "string", "format": "email", "maxLength": 320},
    "minItems": 1,
    "maxItems": 50,
}
_DT: dict[str, Any] = {"type": "string", "format": "date-time"}
_EMAIL: dict[str, Any] = {"type": "string", "format": "email", "maxLength": 320}
#: one line of text without control characters (it becomes a mail header or an identifier)
_ONE_LINE = r"^[^\x00-\x1F\x7F]+$"
#: an HTTP field name (RFC 9110 token) and a field value without CR, LF, NUL or other controls but HTAB
_FIELD_NAME = r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"
_FIELD_VALUE = r"^[^\x00-\x08\x0A-\x1F\x7F]*$"


def _recipients(min_items: int) -> dict[str, Any]:
    """One email address, or a list of them."""
    return {"oneOf": [_EMAIL, {**_EMAIL_LIST, "minItems": min_items}]}


def recipients(value: Any) -> list[str]:
    """Normalises a recipients param (a string or a list) to a list."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _obj(props: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def _message_schema() -> dict[str, Any]:
    return _obj(
        {
            "to": _recipients(1),
            "cc": _recipients(0),
            "subject": {"type": "string", "minLength": 1, "maxLength": 998, "pattern": _ONE_LINE},
            "body": {"type": "string", "maxLength": 100_000},
        },
        ["to", "subject", "body"],
    )


def _event_schema(title_field: str) -> dict[str, Any]:
    return _obj(
        {
            title_field: {"type": "string", "minLength": 1, "maxLength": 1024},
            "start": _DT,
            "end": _DT,
            "attendees": _recipients(0),
            "location": {"type": "string", "maxLength": 1024},
            "description": {"type": "string", "maxLength": 8192},
        },
        [title_field, "start", "end"],
    )


@dataclass(frozen=True)
class ActionDef:
    id: str
    name: str
    description: str
    provider: ActionProvider
    category: str
    input_schema: Mapping[str, Any]
    requires_connection: str | None = None
    examples: tuple[Mapping[str, Any], ...] = ()
    validator: Schema = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "validator", compile_schema(self.input_schema))


CATALOG: dict[str, ActionDef] = {}


def _register(action: ActionDef) -> None:
    CATALOG[action.id] = action


_register(
    ActionDef(
        id="webhook.post",
        name="Post to a webhook",
        description="POSTs a JSON payload to an HTTPS endpoint, signed per Standard Webhooks.",
        provider="independent",
        category="webhook",
        input_schema=_obj(
            {
                "url": {"type": "string", "format": "uri", "maxLength": 2048, "pattern": "^https?://"},
                "payload": {"type": "object"},
                "headers": {
                    "type": "object",
                    "propertyNames": {"pattern": _FIELD_NAME, "maxLength": 256},
                    "additionalProperties": {"type": "string", "maxLength": 1024, "pattern": _FIELD_VALUE},
                    "maxProperties": 20,
                },
                "signing_secret": {"type": "string", "pattern": "^whsec_[A-Za-z0-9+/=]{8,}$"},
            },
            ["url", "payload"],
        ),
        examples=({"url": "https://example.com/hooks/relay", "payload": {"text": "hello"}},),
    )
)
_register(
    ActionDef(
        id="email.send",
        name="Send an email",
        description="Sends an email over SMTP (or to the sandbox outbox when no SMTP server is configured).",
        provider="independent",
        category="email",
        input_schema=_message_schema(),
        examples=({"to": "ada@example.com", "subject": "Hello", "body": "Hi Ada"},),
    )
)
_register(
    ActionDef(
        id="google.gmail.send",
        name="Send a Gmail message",
        description="Sends an email from the connected Google account.",
        provider="google",
        category="email",
        input_schema=_message_schema(),
        requires_connection="google",
        examples=({"to": "ada@example.com", "subject": "Hello", "body": "Hi Ada"},),
    )
)
_register(
    ActionDef(
        id="google.calendar.create_event",
        name="Create a Google Calendar event",
        description="Creates an event in the connected Google account's primary calendar.",
        provider="google",
        category="calendar",
        input_schema=_event_schema("summary"),
        requires_connection="google",
        examples=({"summary": "Sync", "start": "2030-01-01T10:00:00Z", "end": "2030-01-01T10:30:00Z"},),
    )
)
_register(
    ActionDef(
        id="google.chat.send_message",
        name="Send a Google Chat message",
        description="Posts a message to a Google Chat space.",
        provider="google",
        category="chat",
        input_schema=_obj(
            {
                "space": {"type": "string", "pattern": "^spaces/[A-Za-z0-9_-]+$", "maxLength": 200},
                "text": {"type": "string", "minLength": 1, "maxLength": 4096},
            },
            ["space", "text"],
        ),
        requires_connection="google",
        examples=({"space": "spaces/AAAA1234", "text": "Deploy finished"},),
    )
)
_register(
    ActionDef(
        id="microsoft.outlook.send",
        name="Send an Outlook email",
        description="Sends an email from the connected Microsoft 365 account.",
        provider="microsoft",
        category="email",
        input_schema=_message_schema(),
        requires_connection="microsoft",
        examples=({"to": "ada@example.com", "subject": "Hello", "body": "Hi Ada"},),
    )
)
_register(
    ActionDef(
        id="microsoft.teams.send_message",
        name="Send a Teams channel message",
        description="Posts a message to a Microsoft Teams channel.",
        provider="microsoft",
        category="chat",
        input_schema=_obj(
            {
                "team_id": {"type": "string", "minLength": 1, "maxLength": 200},
                "channel_id": {"type": "string", "minLength": 1, "maxLength": 200},
                "text": {"type": "string", "minLength": 1, "maxLength": 28000},
            },
            ["team_id", "channel_id", "text"],
        ),
        requires_connection="microsoft",
        examples=({"team_id": "team-1", "channel_id": "general", "text": "Deploy finished"},),
    )
)
_register(
    ActionDef(
        id="microsoft.calendar.create_event",
        name="Create an Outlook Calendar event",
        description="Creates an event in the connected Microsoft 365 calendar.",
        provider="microsoft",
        category="calendar",
        input_schema=_event_schema("subject"),
        requires_connection="microsoft",
        examples=({"subject": "Sync", "start": "2030-01-01T10:00:00Z", "end": "2030-01-01T10:30:00Z"},),
    )
)
