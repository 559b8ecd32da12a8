# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
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
