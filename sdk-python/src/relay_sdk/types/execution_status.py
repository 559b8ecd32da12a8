# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 d247bd318689de0522bda1bd8b00d54c27caad56b0c60c76d6e17240e9c1b670
from typing import Literal, cast

ExecutionStatus = Literal["failed", "pending", "running", "succeeded"]

EXECUTION_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "failed",
        "pending",
        "running",
        "succeeded",
    }
)


def check_execution_status(value: str) -> ExecutionStatus:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ExecutionStatus, value)
