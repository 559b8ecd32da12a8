# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 6fd1f99f74959a0c3664009328cfa9b1e26622f7a8ca85c012b01e7fa40624e2
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
