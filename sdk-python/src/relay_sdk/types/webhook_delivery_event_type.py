# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
from typing import Literal, cast

WebhookDeliveryEventType = Literal["execution.failed", "execution.succeeded", "ping"]

WEBHOOK_DELIVERY_EVENT_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "execution.failed",
        "execution.succeeded",
        "ping",
    }
)


def check_webhook_delivery_event_type(value: str) -> WebhookDeliveryEventType:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(WebhookDeliveryEventType, value)
