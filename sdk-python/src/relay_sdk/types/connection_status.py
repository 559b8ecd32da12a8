# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
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
