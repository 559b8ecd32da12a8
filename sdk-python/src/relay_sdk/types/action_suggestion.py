# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActionSuggestion")


@_attrs_define
class ActionSuggestion:
    """
    Attributes:
        action_id (str): A dotted action id.
        params (ActionSuggestionParams):
        preview (Preview):
    """

    action_id: str
    params: ActionSuggestionParams
    preview: Preview
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        params = self.params.to_dict()

        preview = self.preview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "params": params,
                "preview": preview,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_id = d.pop("action_id")

        params = ActionSuggestionParams.from_dict(d.pop("params"))

        preview = Preview.from_dict(d.pop("preview"))

        action_suggestion = cls(
            action_id=action_id,
            params=params,
            preview=preview,
        )

        action_suggestion.additional_properties = d
        return action_suggestion

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
from .action_suggestion_params import ActionSuggestionParams  # noqa: E402
from .preview import Preview  # noqa: E402
