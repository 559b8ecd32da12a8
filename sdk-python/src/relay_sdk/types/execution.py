# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._utils import parse_datetime as _parse_datetime
from .execution_status import ExecutionStatus, check_execution_status

T = TypeVar("T", bound="Execution")


@_attrs_define
class Execution:
    """
    Attributes:
        id (str):
        action_id (str): A dotted action id.
        status (ExecutionStatus):
        params (ExecutionParams): The params, with secrets redacted.
        result (ExecutionResult | None): What the adapter reported, when it succeeded.
        error (ExecutionError | None): Why it failed, when it failed.
        idempotency_key (None | str):
        created_at (datetime.datetime):
        completed_at (datetime.datetime | None):
        duration_ms (int | None):
    """

    id: str
    action_id: str
    status: ExecutionStatus
    params: ExecutionParams
    result: ExecutionResult | None
    error: ExecutionError | None
    idempotency_key: None | str
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    duration_ms: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action_id = self.action_id

        status: str = self.status

        params = self.params.to_dict()

        result: dict[str, Any] | None
        if isinstance(self.result, ExecutionResult):
            result = self.result.to_dict()
        else:
            result = self.result

        error: dict[str, Any] | None
        if isinstance(self.error, ExecutionError):
            error = self.error.to_dict()
        else:
            error = self.error

        idempotency_key: None | str
        idempotency_key = self.idempotency_key

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        duration_ms: int | None
        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action_id": action_id,
                "status": status,
                "params": params,
                "result": result,
                "error": error,
                "idempotency_key": idempotency_key,
                "created_at": created_at,
                "completed_at": completed_at,
                "duration_ms": duration_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        action_id = d.pop("action_id")

        status = check_execution_status(d.pop("status"))

        params = ExecutionParams.from_dict(d.pop("params"))

        def _parse_result(data: object) -> ExecutionResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_execution_result = ExecutionResult.from_dict(data)

                return result_execution_result
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ExecutionResult | None", data)

        result = _parse_result(d.pop("result"))

        def _parse_error(data: object) -> ExecutionError | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ExecutionError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ExecutionError | None", data)

        error = _parse_error(d.pop("error"))

        def _parse_idempotency_key(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotency_key"))

        created_at = _parse_datetime(d.pop("created_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = _parse_datetime(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_duration_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms"))

        execution = cls(
            id=id,
            action_id=action_id,
            status=status,
            params=params,
            result=result,
            error=error,
            idempotency_key=idempotency_key,
            created_at=created_at,
            completed_at=completed_at,
            duration_ms=duration_ms,
        )

        execution.additional_properties = d
        return execution

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
from .execution_error import ExecutionError  # noqa: E402
from .execution_params import ExecutionParams  # noqa: E402
from .execution_result import ExecutionResult  # noqa: E402
