# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
from typing import Literal, cast

ConnectionStatus = Literal["active", "expired", "revoked"]

CONNECTION_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "active",
        "expired",
        "revoked",
    }
)


def check_connection_status(value: str) -> ConnectionStatus:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ConnectionStatus, value)
