# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
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
