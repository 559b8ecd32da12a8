# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._utils import parse_datetime as _parse_datetime
from .audit_outcome import AuditOutcome, check_audit_outcome
from .role import Role, check_role

T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent:
    """
    Attributes:
        id (str):
        occurred_at (datetime.datetime):
        actor_key_id (None | str): The API key that made the call; null for the system.
        actor_role (None | Role):
        action (str): `<resource>.<method>`, e.g. `api_keys.create`.
        target (None | str): The id of the object acted on.
        outcome (AuditOutcome):
        status_code (int):
        request_id (str):
        metadata (AuditEventMetadata): Details of the call, with secrets redacted.
    """

    id: str
    occurred_at: datetime.datetime
    actor_key_id: None | str
    actor_role: None | Role
    action: str
    target: None | str
    outcome: AuditOutcome
    status_code: int
    request_id: str
    metadata: AuditEventMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        occurred_at = self.occurred_at.isoformat()

        actor_key_id: None | str
        actor_key_id = self.actor_key_id

        actor_role: None | str
        if isinstance(self.actor_role, str):
            actor_role = self.actor_role
        else:
            actor_role = self.actor_role

        action = self.action

        target: None | str
        target = self.target

        outcome: str = self.outcome

        status_code = self.status_code

        request_id = self.request_id

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "actor_key_id": actor_key_id,
                "actor_role": actor_role,
                "action": action,
                "target": target,
                "outcome": outcome,
                "status_code": status_code,
                "request_id": request_id,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = _parse_datetime(d.pop("occurred_at"))

        def _parse_actor_key_id(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        actor_key_id = _parse_actor_key_id(d.pop("actor_key_id"))

        def _parse_actor_role(data: object) -> None | Role:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_role_type_0 = check_role(data)

                return actor_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Role", data)

        actor_role = _parse_actor_role(d.pop("actor_role"))

        action = d.pop("action")

        def _parse_target(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        target = _parse_target(d.pop("target"))

        outcome = check_audit_outcome(d.pop("outcome"))

        status_code = d.pop("status_code")

        request_id = d.pop("request_id")

        metadata = AuditEventMetadata.from_dict(d.pop("metadata"))

        audit_event = cls(
            id=id,
            occurred_at=occurred_at,
            actor_key_id=actor_key_id,
            actor_role=actor_role,
            action=action,
            target=target,
            outcome=outcome,
            status_code=status_code,
            request_id=request_id,
            metadata=metadata,
        )

        audit_event.additional_properties = d
        return audit_event

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
from .audit_event_metadata import AuditEventMetadata  # noqa: E402
