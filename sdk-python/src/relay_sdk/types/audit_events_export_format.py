# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d
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
