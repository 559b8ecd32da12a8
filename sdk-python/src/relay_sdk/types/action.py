# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .action_provider import ActionProvider, check_action_provider

T = TypeVar("T", bound="Action")


@_attrs_define
class Action:
    """
    Attributes:
        id (str): A dotted action id.
        name (str):
        description (str):
        provider (ActionProvider): Who performs the action.
        requires_connection (bool): Whether executing needs an OAuth connection to the provider.
        input_schema (ActionInputSchema): The JSON Schema (2020-12) that `params` must satisfy.
    """

    id: str
    name: str
    description: str
    provider: ActionProvider
    requires_connection: bool
    input_schema: ActionInputSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        provider: str = self.provider

        requires_connection = self.requires_connection

        input_schema = self.input_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "provider": provider,
                "requires_connection": requires_connection,
                "input_schema": input_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        provider = check_action_provider(d.pop("provider"))

        requires_connection = d.pop("requires_connection")

        input_schema = ActionInputSchema.from_dict(d.pop("input_schema"))

        action = cls(
            id=id,
            name=name,
            description=description,
            provider=provider,
            requires_connection=requires_connection,
            input_schema=input_schema,
        )

        action.additional_properties = d
        return action

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
from .action_input_schema import ActionInputSchema  # noqa: E402
