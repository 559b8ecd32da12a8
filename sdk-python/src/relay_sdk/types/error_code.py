# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from typing import Literal, cast

ErrorCode = Literal[
    "confirm_token_expired",
    "confirm_token_invalid",
    "confirm_token_used",
    "conflict",
    "connection_required",
    "forbidden",
    "headers_too_large",
    "idempotency_in_progress",
    "idempotency_key_reused",
    "internal_error",
    "invalid_cursor",
    "invalid_request",
    "method_not_allowed",
    "not_found",
    "not_implemented",
    "payload_too_large",
    "rate_limited",
    "service_unavailable",
    "unauthenticated",
    "unsupported_media_type",
    "validation_failed",
]

ERROR_CODE_VALUES: frozenset[str] = frozenset(
    {
        "confirm_token_expired",
        "confirm_token_invalid",
        "confirm_token_used",
        "conflict",
        "connection_required",
        "forbidden",
        "headers_too_large",
        "idempotency_in_progress",
        "idempotency_key_reused",
        "internal_error",
        "invalid_cursor",
        "invalid_request",
        "method_not_allowed",
        "not_found",
        "not_implemented",
        "payload_too_large",
        "rate_limited",
        "service_unavailable",
        "unauthenticated",
        "unsupported_media_type",
        "validation_failed",
    }
)


def check_error_code(value: str) -> ErrorCode:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ErrorCode, value)
