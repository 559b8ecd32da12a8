# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e
from typing import Literal, cast

ErrorCode = Literal[
    "confirm_token_expired",
    "confirm_token_invalid",
    "confirm_token_used",
    "conflict",
    "connection_required",
    "forbidden",
    "idempotency_in_progress",
    "idempotency_key_reused",
    "internal_error",
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
        "idempotency_in_progress",
        "idempotency_key_reused",
        "internal_error",
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
