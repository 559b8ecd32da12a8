# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._types import UNSET, Unset

T = TypeVar("T", bound="ExecuteRequest")


@_attrs_define
class ExecuteRequest:
    """
    Attributes:
        confirm_token (str): The token from `actions_preview`.
        params (ExecuteRequestParams | Unset): Optionally, the params again; when given they must equal the previewed
            ones.
    """

    confirm_token: str
    params: ExecuteRequestParams | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        confirm_token = self.confirm_token

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "confirm_token": confirm_token,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirm_token = d.pop("confirm_token")

        _params = d.pop("params", UNSET)
        params: ExecuteRequestParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ExecuteRequestParams.from_dict(_params)

        execute_request = cls(
            confirm_token=confirm_token,
            params=params,
        )

        return execute_request


# Imported here, after this module's class exists, so that models may refer to each other in a
# cycle; a call of to_dict/from_dict then runs no import machinery.
from .execute_request_params import ExecuteRequestParams  # noqa: E402
