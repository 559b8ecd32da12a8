# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 d247bd318689de0522bda1bd8b00d54c27caad56b0c60c76d6e17240e9c1b670
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConnectionCompleteRequest")


@_attrs_define
class ConnectionCompleteRequest:
    """
    Attributes:
        code (str): The authorization code the provider returned.
        state (str): The `state` from `connections_authorize`.
    """

    code: str
    state: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        state = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        state = d.pop("state")

        connection_complete_request = cls(
            code=code,
            state=state,
        )

        return connection_complete_request
