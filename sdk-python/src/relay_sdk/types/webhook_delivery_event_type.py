# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
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
