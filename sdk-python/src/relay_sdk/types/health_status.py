# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e
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
