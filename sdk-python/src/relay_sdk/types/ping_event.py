# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._utils import parse_datetime as _parse_datetime

T = TypeVar("T", bound="PingEvent")


@_attrs_define
class PingEvent:
    """Payload of the `ping` test event.

    Attributes:
        type (Literal['ping']):
        timestamp (datetime.datetime):
        data (PingEventData):
    """

    type: Literal["ping"]
    timestamp: datetime.datetime
    data: PingEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        timestamp = self.timestamp.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "timestamp": timestamp,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["ping"], d.pop("type"))
        if type_ != "ping":
            raise ValueError(f"type must match const 'ping', got '{type_}'")

        timestamp = _parse_datetime(d.pop("timestamp"))

        data = PingEventData.from_dict(d.pop("data"))

        ping_event = cls(
            type=type_,
            timestamp=timestamp,
            data=data,
        )

        ping_event.additional_properties = d
        return ping_event

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
from .ping_event_data import PingEventData  # noqa: E402
