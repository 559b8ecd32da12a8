# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 fa182f57e5ec4dfa0684ba8264c4c006e95bb302a05e8c626f7f7d0240e9dc73
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
