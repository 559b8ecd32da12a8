# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e
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
