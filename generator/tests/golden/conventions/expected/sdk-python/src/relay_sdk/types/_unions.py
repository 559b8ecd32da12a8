# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

"""Union aliases for ``oneOf`` schemas (streamed chat events, webhook events) and their parsers."""

from __future__ import annotations

from typing import Any, Callable, Dict, Union

from .folder_created_event import FolderCreatedEvent
from .folder_deleted_event import FolderDeletedEvent
from .message_delta import MessageDelta
from .message_done import MessageDone

__all__ = [
    "MessageEvent",
    "WebhookEvent",
    "WEBHOOK_EVENT_PARSERS",
    "parse_webhook_event",
]

MessageEvent = Union[MessageDelta, MessageDone]
"""An event of a streamed reply."""

WebhookEvent = Union[FolderCreatedEvent, FolderDeletedEvent]
"""Any webhook event."""

WEBHOOK_EVENT_PARSERS: Dict[str, Callable[[Any], WebhookEvent]] = {
    "folder.created": FolderCreatedEvent.from_dict,
    "folder.deleted": FolderDeletedEvent.from_dict,
}


def parse_webhook_event(data: Any) -> WebhookEvent:
    """Parse a webhook body (already JSON-decoded) into its typed event by its ``type``."""
    if not isinstance(data, dict):
        raise TypeError("a webhook event must be a JSON object")
    return WEBHOOK_EVENT_PARSERS[data["type"]](data)
