# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
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
