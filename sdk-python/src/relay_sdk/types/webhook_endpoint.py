# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._utils import parse_datetime as _parse_datetime
from .webhook_event_type import WebhookEventType, check_webhook_event_type

T = TypeVar("T", bound="WebhookEndpoint")


@_attrs_define
class WebhookEndpoint:
    """
    Attributes:
        id (str):
        url (str):
        description (None | str):
        events (list[WebhookEventType]):
        enabled (bool): False once the endpoint was disabled after repeated failures.
        disabled_reason (None | str):
        consecutive_failures (int):
        created_at (datetime.datetime):
    """

    id: str
    url: str
    description: None | str
    events: list[WebhookEventType]
    enabled: bool
    disabled_reason: None | str
    consecutive_failures: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        description: None | str
        description = self.description

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        enabled = self.enabled

        disabled_reason: None | str
        disabled_reason = self.disabled_reason

        consecutive_failures = self.consecutive_failures

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "description": description,
                "events": events,
                "enabled": enabled,
                "disabled_reason": disabled_reason,
                "consecutive_failures": consecutive_failures,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        description = _parse_description(d.pop("description"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_webhook_event_type(events_item_data)

            events.append(events_item)

        enabled = d.pop("enabled")

        def _parse_disabled_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason"))

        consecutive_failures = d.pop("consecutive_failures")

        created_at = _parse_datetime(d.pop("created_at"))

        webhook_endpoint = cls(
            id=id,
            url=url,
            description=description,
            events=events,
            enabled=enabled,
            disabled_reason=disabled_reason,
            consecutive_failures=consecutive_failures,
            created_at=created_at,
        )

        webhook_endpoint.additional_properties = d
        return webhook_endpoint

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
