# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._types import UNSET, Unset

T = TypeVar("T", bound="ChatRequest")


@_attrs_define
class ChatRequest:
    """
    Attributes:
        message (str): What the user said.
        session_id (str | Unset):
        stream (bool | Unset): Reply as Server-Sent Events (`chat.stream` in the SDKs). Default: False.
    """

    message: str
    session_id: str | Unset = UNSET
    stream: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        session_id = self.session_id

        stream = self.stream

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        session_id = d.pop("session_id", UNSET)

        stream = d.pop("stream", UNSET)

        chat_request = cls(
            message=message,
            session_id=session_id,
            stream=stream,
        )

        return chat_request
