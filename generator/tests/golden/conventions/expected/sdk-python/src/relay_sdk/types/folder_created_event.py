# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FolderCreatedEvent")


@_attrs_define
class FolderCreatedEvent:
    """
    Attributes:
        type (Literal['folder.created']):
        data (Folder):
    """

    type: Literal["folder.created"]
    data: Folder
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["folder.created"], d.pop("type"))
        if type_ != "folder.created":
            raise ValueError(f"type must match const 'folder.created', got '{type_}'")

        data = Folder.from_dict(d.pop("data"))

        folder_created_event = cls(
            type=type_,
            data=data,
        )

        folder_created_event.additional_properties = d
        return folder_created_event

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
from .folder import Folder  # noqa: E402
