# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e
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
