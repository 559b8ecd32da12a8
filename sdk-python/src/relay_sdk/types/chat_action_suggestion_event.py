# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatActionSuggestionEvent")


@_attrs_define
class ChatActionSuggestionEvent:
    """A suggested action with a ready preview and confirm token.

    Attributes:
        type (Literal['action_suggestion']):
        suggestion (ActionSuggestion):
    """

    type: Literal["action_suggestion"]
    suggestion: ActionSuggestion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        suggestion = self.suggestion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "suggestion": suggestion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["action_suggestion"], d.pop("type"))
        if type_ != "action_suggestion":
            raise ValueError(f"type must match const 'action_suggestion', got '{type_}'")

        suggestion = ActionSuggestion.from_dict(d.pop("suggestion"))

        chat_action_suggestion_event = cls(
            type=type_,
            suggestion=suggestion,
        )

        chat_action_suggestion_event.additional_properties = d
        return chat_action_suggestion_event

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
from .action_suggestion import ActionSuggestion  # noqa: E402
