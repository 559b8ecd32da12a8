# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 85c3e0b2afc668ad69c14b6bbb0f619cac3044b7aa43fbdb3c1ef46a78e8d556
from typing import Literal, cast

Role = Literal["admin", "developer", "viewer"]

ROLE_VALUES: frozenset[str] = frozenset(
    {
        "admin",
        "developer",
        "viewer",
    }
)


def check_role(value: str) -> Role:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(Role, value)
