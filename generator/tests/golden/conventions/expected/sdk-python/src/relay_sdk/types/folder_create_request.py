# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._types import UNSET, Unset
from .colour import Colour, check_colour

T = TypeVar("T", bound="FolderCreateRequest")


@_attrs_define
class FolderCreateRequest:
    """
    Attributes:
        name (str):
        colour (Colour | Unset): A folder's colour.
        parent_id (str | Unset):
        class_ (str | Unset):
    """

    name: str
    colour: Colour | Unset = UNSET
    parent_id: str | Unset = UNSET
    class_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        colour: str | Unset = UNSET
        if not isinstance(self.colour, Unset):
            colour = self.colour

        parent_id = self.parent_id

        class_ = self.class_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if colour is not UNSET:
            field_dict["colour"] = colour
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if class_ is not UNSET:
            field_dict["class"] = class_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _colour = d.pop("colour", UNSET)
        colour: Colour | Unset
        if isinstance(_colour, Unset):
            colour = UNSET
        else:
            colour = check_colour(_colour)

        parent_id = d.pop("parent_id", UNSET)

        class_ = d.pop("class", UNSET)

        folder_create_request = cls(
            name=name,
            colour=colour,
            parent_id=parent_id,
            class_=class_,
        )

        folder_create_request.additional_properties = d
        return folder_create_request

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
