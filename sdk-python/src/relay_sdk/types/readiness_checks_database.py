# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 85c3e0b2afc668ad69c14b6bbb0f619cac3044b7aa43fbdb3c1ef46a78e8d556
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
