# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 85c3e0b2afc668ad69c14b6bbb0f619cac3044b7aa43fbdb3c1ef46a78e8d556
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
