# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._utils import parse_datetime as _parse_datetime
from .connection_provider import ConnectionProvider, check_connection_provider
from .connection_status import ConnectionStatus, check_connection_status

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """
    Attributes:
        id (str):
        provider (ConnectionProvider):
        status (ConnectionStatus): `active` while usable; `expired` when its token could not be refreshed; `revoked`
            once revoked.
        scopes (list[str]):
        account (None | str): The provider account, when the provider tells it.
        created_at (datetime.datetime):
        token_expires_at (datetime.datetime | None): When the current access token expires; Relay refreshes it before
            then.
    """

    id: str
    provider: ConnectionProvider
    status: ConnectionStatus
    scopes: list[str]
    account: None | str
    created_at: datetime.datetime
    token_expires_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider: str = self.provider

        status: str = self.status

        scopes = self.scopes

        account: None | str
        account = self.account

        created_at = self.created_at.isoformat()

        token_expires_at: None | str
        if isinstance(self.token_expires_at, datetime.datetime):
            token_expires_at = self.token_expires_at.isoformat()
        else:
            token_expires_at = self.token_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
                "status": status,
                "scopes": scopes,
                "account": account,
                "created_at": created_at,
                "token_expires_at": token_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        provider = check_connection_provider(d.pop("provider"))

        status = check_connection_status(d.pop("status"))

        scopes = cast("list[str]", d.pop("scopes"))

        def _parse_account(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        account = _parse_account(d.pop("account"))

        created_at = _parse_datetime(d.pop("created_at"))

        def _parse_token_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                token_expires_at_type_0 = _parse_datetime(data)

                return token_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        token_expires_at = _parse_token_expires_at(d.pop("token_expires_at"))

        connection = cls(
            id=id,
            provider=provider,
            status=status,
            scopes=scopes,
            account=account,
            created_at=created_at,
            token_expires_at=token_expires_at,
        )

        connection.additional_properties = d
        return connection

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
