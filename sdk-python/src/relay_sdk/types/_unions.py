# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""Union aliases for ``oneOf`` schemas (streamed chat events, webhook events) and their parsers."""

from __future__ import annotations

from typing import Any, Callable, Dict, Union

from .chat_action_suggestion_event import ChatActionSuggestionEvent
from .chat_done_event import ChatDoneEvent
from .chat_error_event import ChatErrorEvent
from .chat_text_delta_event import ChatTextDeltaEvent
from .execution_failed_event import ExecutionFailedEvent
from .execution_succeeded_event import ExecutionSucceededEvent
from .ping_event import PingEvent

__all__ = [
    "ChatStreamEvent",
    "WebhookEvent",
    "WEBHOOK_EVENT_PARSERS",
    "parse_webhook_event",
]

ChatStreamEvent = Union[
    ChatTextDeltaEvent, ChatActionSuggestionEvent, ChatDoneEvent, ChatErrorEvent
]
"""The data of one chat Server-Sent Event; `type` equals the SSE event name."""

WebhookEvent = Union[ExecutionSucceededEvent, ExecutionFailedEvent, PingEvent]
"""Any webhook event payload, discriminated by `type`."""

WEBHOOK_EVENT_PARSERS: Dict[str, Callable[[Any], WebhookEvent]] = {
    "execution.succeeded": ExecutionSucceededEvent.from_dict,
    "execution.failed": ExecutionFailedEvent.from_dict,
    "ping": PingEvent.from_dict,
}


def parse_webhook_event(data: Any) -> WebhookEvent:
    """Parse a webhook body (already JSON-decoded) into its typed event by its ``type``."""
    if not isinstance(data, dict):
        raise TypeError("a webhook event must be a JSON object")
    return WEBHOOK_EVENT_PARSERS[data["type"]](data)
