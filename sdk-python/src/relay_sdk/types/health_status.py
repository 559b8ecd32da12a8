# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 d247bd318689de0522bda1bd8b00d54c27caad56b0c60c76d6e17240e9c1b670
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
