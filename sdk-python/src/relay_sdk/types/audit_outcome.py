# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
from typing import Literal, cast

AuditOutcome = Literal["denied", "failure", "success"]

AUDIT_OUTCOME_VALUES: frozenset[str] = frozenset(
    {
        "denied",
        "failure",
        "success",
    }
)


def check_audit_outcome(value: str) -> AuditOutcome:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(AuditOutcome, value)
