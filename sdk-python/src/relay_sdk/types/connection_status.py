# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
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
