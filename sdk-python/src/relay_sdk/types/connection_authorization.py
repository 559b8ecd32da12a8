# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._utils import parse_datetime as _parse_datetime
from .connection_provider import ConnectionProvider, check_connection_provider

T = TypeVar("T", bound="ConnectionAuthorization")


@_attrs_define
class ConnectionAuthorization:
    """
    Attributes:
        provider (ConnectionProvider):
        authorization_url (str): Send the user here.
        state (str): Single-use; pass it to `connections_complete`.
        expires_at (datetime.datetime):
    """

    provider: ConnectionProvider
    authorization_url: str
    state: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        authorization_url = self.authorization_url

        state = self.state

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "authorization_url": authorization_url,
                "state": state,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = check_connection_provider(d.pop("provider"))

        authorization_url = d.pop("authorization_url")

        state = d.pop("state")

        expires_at = _parse_datetime(d.pop("expires_at"))

        connection_authorization = cls(
            provider=provider,
            authorization_url=authorization_url,
            state=state,
            expires_at=expires_at,
        )

        connection_authorization.additional_properties = d
        return connection_authorization

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
