# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
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
        operation_id="folders_list",
        resource="folders",
        method_name="list",
        http_method="GET",
        path="/v1/folders",
        roles=("admin", "viewer"),
        params=(
            ParamSpec(
                name="limit",
                location="query",
                required=False,
                schema={"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
            ),
            ParamSpec(
                name="after",
                location="query",
                required=False,
                schema={"type": "string"},
            ),
            ParamSpec(
                name="colour",
                location="query",
                required=False,
                schema={
                    "type": "string",
                    "description": "A folder's colour.",
                    "enum": ["red", "green", "blue"],
                },
            ),
        ),
        request_model=None,
        request_content_type=None,
        success_status=200,
        response_model=models.FolderList,
        success_content_types=("application/json",),
        error_statuses=(401,),
        paginated=True,
        idempotency_key=False,
        stream=None,
    ),
    OperationSpec(
        operation_id="folders_create",
        resource="folders",
        method_name="create",
        http_method="POST",
        path="/v1/folders",
        roles=("admin",),
        params=(
            ParamSpec(
                name="Idempotency-Key",
                location="header",
                required=False,
                schema={"type": "string", "maxLength": 255},
            ),
        ),
        request_model=models.FolderCreateRequest,
        request_content_type="application/json",
        success_status=201,
        response_model=models.Folder,
        success_content_types=("application/json",),
        error_statuses=(401, 422),
        paginated=False,
        idempotency_key=True,
        stream=None,
    ),
    OperationSpec(
        operation_id="folders_retrieve",
        resource="folders",
        method_name="retrieve",
        http_method="GET",
        path="/v1/folders/{folder_id}",
        roles=("admin", "viewer"),
        params=(
            ParamSpec(
                name="folder_id",
                location="path",
                required=True,
                schema={"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
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
                schema={"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
            ),
        ),
        request_model=None,
        request_content_type=None,
        success_status=204,
        response_model=None,
        success_content_types=(),
        error_statuses=(404,),
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
                schema={"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
            ),
        ),
        request_model=None,
        request_content_type=None,
        success_status=200,
        response_model=None,
        success_content_types=("application/gzip",),
        error_statuses=(404,),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
    OperationSpec(
        operation_id="messages_send",
        resource="messages",
        method_name="send",
        http_method="POST",
        path="/v1/messages",
        roles=("admin", "viewer"),
        params=(
            ParamSpec(
                name="Idempotency-Key",
                location="header",
                required=False,
                schema={"type": "string", "maxLength": 255},
            ),
        ),
        request_model=models.MessageRequest,
        request_content_type="application/json",
        success_status=200,
        response_model=models.Message,
        success_content_types=("application/json", "text/event-stream"),
        error_statuses=(422,),
        paginated=False,
        idempotency_key=True,
        stream={
            "method": "stream",
            "request_flag": "stream",
            "content_type": "text/event-stream",
            "event_model": models.MessageEvent,
            "events": {
                "delta": models.MessageDelta,
                "done": models.MessageDone,
            },
        },
    ),
    OperationSpec(
        operation_id="health_check",
        resource="health",
        method_name="check",
        http_method="GET",
        path="/health",
        roles=(),
        params=(),
        request_model=None,
        request_content_type=None,
        success_status=200,
        response_model=models.Health,
        success_content_types=("application/json",),
        error_statuses=(),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
    OperationSpec(
        operation_id="health_metrics",
        resource="health",
        method_name="metrics",
        http_method="GET",
        path="/metrics",
        roles=(),
        params=(),
        request_model=None,
        request_content_type=None,
        success_status=200,
        response_model=None,
        success_content_types=("text/plain",),
        error_statuses=(),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
)

OPERATIONS_BY_ID: Mapping[str, OperationSpec] = MappingProxyType(
    {op.operation_id: op for op in OPERATIONS}
)
