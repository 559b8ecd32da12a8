# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
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
