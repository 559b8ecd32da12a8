# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 ce564a81bd4ac6357433c77cca355f9155159c85d6c8ddc07bd299ca269f86d4
"""The route table of Relay API v1: one :class:`OperationSpec` per operation, in spec order.

Pure data. The reference server binds a handler to each entry by ``operation_id``.
Request/response models come from :mod:`.models` (also generated).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel

from . import models


@dataclass(frozen=True)
class ParamSpec:
    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    schema: Mapping[str, Any]  # JSON Schema with $refs inlined


@dataclass(frozen=True)
class OperationSpec:
    operation_id: str
    resource: str
    method_name: str
    http_method: str
    path: str  # "/v1/actions/{action_id}"
    roles: tuple[str, ...]  # () = unauthenticated
    params: tuple[ParamSpec, ...]
    request_model: type[BaseModel] | None
    request_content_type: str | None
    success_status: int
    response_model: type[BaseModel] | None
    success_content_types: tuple[str, ...]
    error_statuses: tuple[int, ...]  # every non-2xx status the spec documents for the op
    paginated: bool
    idempotency_key: bool
    stream: Mapping[str, Any] | None


OPERATIONS: tuple[OperationSpec, ...] = (
    OperationSpec(
        operation_id="folders_retrieve",
        resource="folders",
        method_name="retrieve",
        http_method="GET",
        path="/v1/folders/{folder_id}",
        roles=("viewer",),
        params=(
            ParamSpec(
                name="folder_id",
                location="path",
                required=True,
                schema={"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
            ),
            ParamSpec(
                name="depth",
                location="query",
                required=False,
                schema={
                    "oneOf": [{"type": "string", "enum": ["shallow", "deep"]}, {"type": "null"}],
                },
            ),
        ),
        request_model=None,
        request_content_type=None,
        success_status=200,
        response_model=models.Folder,
        success_content_types=("application/json",),
        error_statuses=(404,),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
    OperationSpec(
        operation_id="folders_delete",
        resource="folders",
        method_name="delete",
        http_method="DELETE",
        path="/v1/folders/{folder_id}",
        roles=("admin",),
        params=(
            ParamSpec(
                name="folder_id",
                location="path",
                required=True,
                schema={"type": "string"},
            ),
        ),
        request_model=None,
        request_content_type=None,
        success_status=204,
        response_model=None,
        success_content_types=(),
        error_statuses=(403, 404),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
    OperationSpec(
        operation_id="folders_archive",
        resource="folders",
        method_name="archive",
        http_method="GET",
        path="/v1/folders/{folder_id}/archive",
        roles=("admin", "viewer"),
        params=(
            ParamSpec(
                name="folder_id",
                location="path",
                required=True,
                schema={"type": "string"},
            ),
        ),
        request_model=None,
        request_content_type=None,
        success_status=200,
        response_model=None,
        success_content_types=("application/gzip",),
        error_statuses=(),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
)

OPERATIONS_BY_ID: Mapping[str, OperationSpec] = MappingProxyType(
    {op.operation_id: op for op in OPERATIONS}
)
