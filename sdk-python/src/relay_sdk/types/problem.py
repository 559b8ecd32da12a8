# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._types import UNSET, Unset
from .error_code import ErrorCode, check_error_code

T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """An RFC 9457 problem details document.

    Attributes:
        type (str): A URI identifying the problem type.
        title (str): A short summary of the problem type.
        status (int): The HTTP status code.
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
        request_id (str): The request's id, as in `X-Request-Id`.
        detail (str | Unset): A human explanation of this occurrence.
        instance (str | Unset): A URI reference identifying this occurrence (the request path).
        errors (list[FieldError] | Unset): The invalid fields, for `validation_failed`.
    """

    type: str
    title: str
    status: int
    code: ErrorCode
    request_id: str
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        title = self.title

        status = self.status

        code: str = self.code

        request_id = self.request_id

        detail = self.detail

        instance = self.instance

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "code": code,
                "request_id": request_id,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        code = check_error_code(d.pop("code"))

        request_id = d.pop("request_id")

        detail = d.pop("detail", UNSET)

        instance = d.pop("instance", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[FieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = FieldError.from_dict(errors_item_data)

                errors.append(errors_item)

        problem = cls(
            type=type_,
            title=title,
            status=status,
            code=code,
            request_id=request_id,
            detail=detail,
            instance=instance,
            errors=errors,
        )

        problem.additional_properties = d
        return problem

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


# Imported here, after this module's class exists, so that models may refer to each other in a
# cycle; a call of to_dict/from_dict then runs no import machinery.
from .field_error import FieldError  # noqa: E402
