# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e
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
