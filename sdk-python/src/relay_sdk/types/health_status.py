# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
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
