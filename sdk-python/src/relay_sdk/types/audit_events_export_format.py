# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
from typing import Literal, cast

AuditEventsExportFormat = Literal["csv", "ndjson"]

AUDIT_EVENTS_EXPORT_FORMAT_VALUES: frozenset[str] = frozenset(
    {
        "csv",
        "ndjson",
    }
)


def check_audit_events_export_format(value: str) -> AuditEventsExportFormat:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(AuditEventsExportFormat, value)
