# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
from typing import Literal, cast

ReadinessStatus = Literal["not_ready", "ready"]

READINESS_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "not_ready",
        "ready",
    }
)


def check_readiness_status(value: str) -> ReadinessStatus:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ReadinessStatus, value)
