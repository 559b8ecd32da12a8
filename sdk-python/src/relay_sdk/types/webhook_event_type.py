# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
from typing import Literal, cast

WebhookEventType = Literal["execution.failed", "execution.succeeded"]

WEBHOOK_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "execution.failed",
        "execution.succeeded",
    }
)


def check_webhook_event_type(value: str) -> WebhookEventType:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(WebhookEventType, value)
