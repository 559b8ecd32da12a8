# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .error_code import ErrorCode, check_error_code

T = TypeVar("T", bound="ChatErrorEvent")


@_attrs_define
class ChatErrorEvent:
    """The reply failed; the last event of the stream.

    Attributes:
        type (Literal['error']):
        code (ErrorCode): A stable, machine-readable error code.
            - `invalid_request` (400): the request is malformed, e.g. its body is not JSON or not I-JSON
              (a lone surrogate, a repeated member name, a number out of range, nesting deeper than 32).
            - `validation_failed` (422): a parameter or body field is invalid; see `errors[]`.
            - `invalid_cursor` (422): `after` is not a `next_cursor` this list returned to this workspace.
            - `unauthenticated` (401): the API key is missing, malformed, revoked or expired.
            - `forbidden` (403): the key's role may not call the operation.
            - `not_found` (404): no such route, or no such resource in this workspace.
            - `method_not_allowed` (405): the path exists but not with this method; see `Allow`.
            - `conflict` (409): the request conflicts with the resource's current state.
            - `idempotency_key_reused` (422): the `Idempotency-Key` was used with another body.
            - `idempotency_in_progress` (409): a request with this `Idempotency-Key` is still running.
            - `confirm_token_invalid` (422): the confirm token is forged, malformed or bound to other params.
            - `confirm_token_expired` (422): the confirm token is older than 10 minutes.
            - `confirm_token_used` (409): the confirm token was already used.
            - `connection_required` (409): the action needs an OAuth connection to its provider.
            - `rate_limited` (429): the workspace's rate limit is exhausted, or too many authentications failed
              from this client address or for this key prefix.
            - `payload_too_large` (413): the body exceeds 1 MiB.
            - `unsupported_media_type` (415): the body is not JSON.
            - `headers_too_large` (431): the request line and header fields exceed 16 KiB.
            - `internal_error` (500): an unexpected error on Relay's side.
            - `not_implemented` (501): this deployment does not implement the operation.
            - `service_unavailable` (503): Relay cannot serve requests right now.
        message (str):
    """

    type: Literal["error"]
    code: ErrorCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        code: str = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["error"], d.pop("type"))
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        code = check_error_code(d.pop("code"))

        message = d.pop("message")

        chat_error_event = cls(
            type=type_,
            code=code,
            message=message,
        )

        chat_error_event.additional_properties = d
        return chat_error_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
