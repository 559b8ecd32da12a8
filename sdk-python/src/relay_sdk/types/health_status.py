# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 f4c210593995f0941541561a6c86e1b30f6c9794bfe7a89de6395f8d0f8169aa
from typing import Literal, cast

HealthStatus = Literal["ok"]

HEALTH_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "ok",
    }
)


def check_health_status(value: str) -> HealthStatus:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(HealthStatus, value)
