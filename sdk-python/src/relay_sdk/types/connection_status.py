# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
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
