# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._utils import parse_date as _parse_date

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """
    Attributes:
        start_date (datetime.date): First day counted (after a longer range was shortened to 366 days).
        end_date (datetime.date): Last day counted.
        data (list[UsageRow]):
    """

    start_date: datetime.date
    end_date: datetime.date
    data: list[UsageRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = _parse_date(d.pop("start_date"))

        end_date = _parse_date(d.pop("end_date"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = UsageRow.from_dict(data_item_data)

            data.append(data_item)

        usage = cls(
            start_date=start_date,
            end_date=end_date,
            data=data,
        )

        usage.additional_properties = d
        return usage

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
from .usage_row import UsageRow  # noqa: E402
