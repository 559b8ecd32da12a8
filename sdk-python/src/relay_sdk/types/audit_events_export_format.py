# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
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
