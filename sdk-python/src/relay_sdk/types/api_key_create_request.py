# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._types import UNSET, Unset
from .._utils import parse_datetime as _parse_datetime
from .role import Role, check_role

T = TypeVar("T", bound="ApiKeyCreateRequest")


@_attrs_define
class ApiKeyCreateRequest:
    """
    Attributes:
        name (str): A label for the key (one line; no control characters).
        role (Role): An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys,
            webhook endpoints and connections, and reads the audit log.
        expires_at (datetime.datetime | Unset): When the key stops working; must be in the future. Omit for never.
    """

    name: str
    role: Role
    expires_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role: str = self.role

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "role": role,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = check_role(d.pop("role"))

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = _parse_datetime(_expires_at)

        api_key_create_request = cls(
            name=name,
            role=role,
            expires_at=expires_at,
        )

        return api_key_create_request
