# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
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
