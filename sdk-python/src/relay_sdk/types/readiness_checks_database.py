# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d
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
