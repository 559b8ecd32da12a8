# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
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
