# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._types import UNSET, Unset
from .connection_provider import ConnectionProvider, check_connection_provider

T = TypeVar("T", bound="ConnectionAuthorizeRequest")


@_attrs_define
class ConnectionAuthorizeRequest:
    """
    Attributes:
        provider (ConnectionProvider):
        redirect_uri (str | Unset): Where the provider sends the user back; defaults to the server's configured
            callback.
        scopes (list[str] | Unset): Scopes to request; defaults to what the provider's actions need.
    """

    provider: ConnectionProvider
    redirect_uri: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        redirect_uri = self.redirect_uri

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
            }
        )
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = check_connection_provider(d.pop("provider"))

        redirect_uri = d.pop("redirect_uri", UNSET)

        scopes = cast("list[str]", d.pop("scopes", UNSET))

        connection_authorize_request = cls(
            provider=provider,
            redirect_uri=redirect_uri,
            scopes=scopes,
        )

        return connection_authorize_request
