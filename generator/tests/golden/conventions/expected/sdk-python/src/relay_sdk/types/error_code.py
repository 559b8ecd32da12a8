# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
from typing import Literal, cast

ErrorCode = Literal["not_found", "unauthenticated", "validation_failed"]

ERROR_CODE_VALUES: frozenset[str] = frozenset(
    {
        "not_found",
        "unauthenticated",
        "validation_failed",
    }
)


def check_error_code(value: str) -> ErrorCode:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ErrorCode, value)
