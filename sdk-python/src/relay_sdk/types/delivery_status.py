# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e
from typing import Literal, cast

DeliveryStatus = Literal["failed", "pending", "succeeded"]

DELIVERY_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "failed",
        "pending",
        "succeeded",
    }
)


def check_delivery_status(value: str) -> DeliveryStatus:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(DeliveryStatus, value)
