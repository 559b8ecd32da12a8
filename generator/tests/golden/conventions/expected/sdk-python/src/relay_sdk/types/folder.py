# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._types import UNSET, Unset
from .._utils import parse_datetime as _parse_datetime
from .colour import Colour, check_colour

T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """
    Attributes:
        id (str):
        name (str):
        class_ (str): A field named after a Python keyword.
        type (Literal['folder']): A field named after a Python builtin.
        colour (Colour | None):
        children (list[Folder]):
        parent_id (None | str | Unset):
        metadata (FolderMetadata | None | Unset): Free-form, named by its title.
        created_at (datetime.datetime | Unset):
    """

    id: str
    name: str
    class_: str
    type: Literal["folder"]
    colour: Colour | None
    children: list[Folder]
    parent_id: None | str | Unset = UNSET
    metadata: FolderMetadata | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        class_ = self.class_

        type_ = self.type

        colour: None | str
        if isinstance(self.colour, str):
            colour = self.colour
        else:
            colour = self.colour

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, FolderMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "class": class_,
                "type": type_,
                "colour": colour,
                "children": children,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        class_ = d.pop("class")

        type_ = cast(Literal["folder"], d.pop("type"))
        if type_ != "folder":
            raise ValueError(f"type must match const 'folder', got '{type_}'")

        def _parse_colour(data: object) -> Colour | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                colour_type_0 = check_colour(data)

                return colour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("Colour | None", data)

        colour = _parse_colour(d.pop("colour"))

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = Folder.from_dict(children_item_data)

            children.append(children_item)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_metadata(data: object) -> FolderMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_folder_metadata = FolderMetadata.from_dict(data)

                return metadata_folder_metadata
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("FolderMetadata | None | Unset", data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _parse_datetime(_created_at)

        folder = cls(
            id=id,
            name=name,
            class_=class_,
            type=type_,
            colour=colour,
            children=children,
            parent_id=parent_id,
            metadata=metadata,
            created_at=created_at,
        )

        folder.additional_properties = d
        return folder

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
from .folder_metadata import FolderMetadata  # noqa: E402
