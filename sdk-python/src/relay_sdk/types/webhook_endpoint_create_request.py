# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._types import UNSET, Unset
from .webhook_event_type import WebhookEventType, check_webhook_event_type

T = TypeVar("T", bound="WebhookEndpointCreateRequest")


@_attrs_define
class WebhookEndpointCreateRequest:
    """
    Attributes:
        url (str): An `https` URL of a public host (`http` and non-public hosts are accepted by a server in dev mode
            only).
        events (list[WebhookEventType]):
        description (str | Unset):
    """

    url: str
    events: list[WebhookEventType]
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_webhook_event_type(events_item_data)

            events.append(events_item)

        description = d.pop("description", UNSET)

        webhook_endpoint_create_request = cls(
            url=url,
            events=events,
            description=description,
        )

        return webhook_endpoint_create_request
