# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
from typing import Literal, cast

ReadinessChecksDatabase = Literal["error", "ok"]

READINESS_CHECKS_DATABASE_VALUES: frozenset[str] = frozenset(
    {
        "error",
        "ok",
    }
)


def check_readiness_checks_database(value: str) -> ReadinessChecksDatabase:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ReadinessChecksDatabase, value)
