# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._types import UNSET, Unset

T = TypeVar("T", bound="ChatReply")


@_attrs_define
class ChatReply:
    """
    Attributes:
        session_id (str):
        message (ChatMessage):
        suggestion (ActionSuggestion | None | Unset): The suggested action, when the message asked for one.
    """

    session_id: str
    message: ChatMessage
    suggestion: ActionSuggestion | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        message = self.message.to_dict()

        suggestion: dict[str, Any] | None | Unset
        if isinstance(self.suggestion, Unset):
            suggestion = UNSET
        elif isinstance(self.suggestion, ActionSuggestion):
            suggestion = self.suggestion.to_dict()
        else:
            suggestion = self.suggestion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "message": message,
            }
        )
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        message = ChatMessage.from_dict(d.pop("message"))

        def _parse_suggestion(data: object) -> ActionSuggestion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suggestion_type_0 = ActionSuggestion.from_dict(data)

                return suggestion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ActionSuggestion | None | Unset", data)

        suggestion = _parse_suggestion(d.pop("suggestion", UNSET))

        chat_reply = cls(
            session_id=session_id,
            message=message,
            suggestion=suggestion,
        )

        chat_reply.additional_properties = d
        return chat_reply

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
from .chat_message import ChatMessage  # noqa: E402
