# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
from typing import Literal, cast

ConnectionProvider = Literal["github", "google", "microsoft"]

CONNECTION_PROVIDER_VALUES: frozenset[str] = frozenset(
    {
        "github",
        "google",
        "microsoft",
    }
)


def check_connection_provider(value: str) -> ConnectionProvider:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ConnectionProvider, value)
