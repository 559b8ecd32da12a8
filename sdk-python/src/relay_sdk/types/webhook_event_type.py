# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 85c3e0b2afc668ad69c14b6bbb0f619cac3044b7aa43fbdb3c1ef46a78e8d556
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
