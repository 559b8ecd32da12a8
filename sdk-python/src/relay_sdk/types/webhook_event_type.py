# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
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
