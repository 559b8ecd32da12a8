# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._utils import parse_datetime as _parse_datetime

T = TypeVar("T", bound="Preview")


@_attrs_define
class Preview:
    """
    Attributes:
        action_id (str): A dotted action id.
        summary (str): One sentence saying what will happen.
        effects (list[str]): Each effect the execution will have.
        warnings (list[str]): Anything to double-check before confirming.
        params (PreviewParams): The validated params the token is bound to.
        confirm_token (str): Single-use; expires at `expires_at`.
        expires_at (datetime.datetime):
    """

    action_id: str
    summary: str
    effects: list[str]
    warnings: list[str]
    params: PreviewParams
    confirm_token: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        summary = self.summary

        effects = self.effects

        warnings = self.warnings

        params = self.params.to_dict()

        confirm_token = self.confirm_token

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "summary": summary,
                "effects": effects,
                "warnings": warnings,
                "params": params,
                "confirm_token": confirm_token,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_id = d.pop("action_id")

        summary = d.pop("summary")

        effects = cast("list[str]", d.pop("effects"))

        warnings = cast("list[str]", d.pop("warnings"))

        params = PreviewParams.from_dict(d.pop("params"))

        confirm_token = d.pop("confirm_token")

        expires_at = _parse_datetime(d.pop("expires_at"))

        preview = cls(
            action_id=action_id,
            summary=summary,
            effects=effects,
            warnings=warnings,
            params=params,
            confirm_token=confirm_token,
            expires_at=expires_at,
        )

        preview.additional_properties = d
        return preview

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
from .preview_params import PreviewParams  # noqa: E402
