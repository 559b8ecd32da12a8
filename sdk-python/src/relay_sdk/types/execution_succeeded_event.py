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

T = TypeVar("T", bound="ExecutionSucceededEvent")


@_attrs_define
class ExecutionSucceededEvent:
    """Payload of the `execution.succeeded` webhook event.

    Attributes:
        type (Literal['execution.succeeded']):
        timestamp (datetime.datetime):
        data (Execution):
    """

    type: Literal["execution.succeeded"]
    timestamp: datetime.datetime
    data: Execution
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
        type_ = cast(Literal["execution.succeeded"], d.pop("type"))
        if type_ != "execution.succeeded":
            raise ValueError(f"type must match const 'execution.succeeded', got '{type_}'")

        timestamp = _parse_datetime(d.pop("timestamp"))

        data = Execution.from_dict(d.pop("data"))

        execution_succeeded_event = cls(
            type=type_,
            timestamp=timestamp,
            data=data,
        )

        execution_succeeded_event.additional_properties = d
        return execution_succeeded_event

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
from .execution import Execution  # noqa: E402
