# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
"""The route table of Relay golden (conventions) 2.0.0: one :class:`OperationSpec` per operation, in spec order.

Pure data, and all the server knows of the spec. The reference server binds a handler to each entry by
``operation_id`` (an operation without one answers 501). JSON Schemas have their ``$ref``s inlined; the
``*_model`` fields are the types of :mod:`.models` the operation's handler takes and returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

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
    path_model: object  # TypedDict of the path parameters; None when there are none
    query_model: object  # TypedDict of the query parameters; None when there are none
    headers_model: object  # TypedDict of the header parameters but Idempotency-Key; None when none
    request_content_type: str | None
    request_schema: Mapping[str, Any] | None  # JSON Schema of the JSON request body, $refs inlined
    request_required: bool
    request_model: object  # type of the JSON request body; None without one
    success_status: int
    success_content_types: tuple[str, ...]
    response_model: object  # type of the JSON success body; None without one
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
        path_model=None,
        query_model=models.FoldersListQuery,
        headers_model=None,
        request_content_type=None,
        request_schema=None,
        request_required=False,
        request_model=None,
        success_status=200,
        success_content_types=("application/json",),
        response_model=models.FolderList,
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
        path_model=None,
        query_model=None,
        headers_model=None,
        request_content_type="application/json",
        request_schema={
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 100},
                "colour": {
                    "type": "string",
                    "description": "A folder's colour.",
                    "enum": ["red", "green", "blue"],
                },
                "parent_id": {"type": "string"},
                "class": {"type": "string"},
            },
        },
        request_required=True,
        request_model=models.FolderCreateRequest,
        success_status=201,
        success_content_types=("application/json",),
        response_model=models.Folder,
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
        path_model=models.FoldersRetrievePath,
        query_model=None,
        headers_model=None,
        request_content_type=None,
        request_schema=None,
        request_required=False,
        request_model=None,
        success_status=200,
        success_content_types=("application/json",),
        response_model=models.Folder,
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
        path_model=models.FoldersDeletePath,
        query_model=None,
        headers_model=None,
        request_content_type=None,
        request_schema=None,
        request_required=False,
        request_model=None,
        success_status=204,
        success_content_types=(),
        response_model=None,
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
        path_model=models.FoldersArchivePath,
        query_model=None,
        headers_model=None,
        request_content_type=None,
        request_schema=None,
        request_required=False,
        request_model=None,
        success_status=200,
        success_content_types=("application/gzip",),
        response_model=None,
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
        path_model=None,
        query_model=None,
        headers_model=None,
        request_content_type="application/json",
        request_schema={
            "type": "object",
            "required": ["text"],
            "properties": {
                "text": {"type": "string"},
                "stream": {"type": "boolean", "default": False},
            },
        },
        request_required=True,
        request_model=models.MessageRequest,
        success_status=200,
        success_content_types=("application/json", "text/event-stream"),
        response_model=models.Message,
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
        path_model=None,
        query_model=None,
        headers_model=None,
        request_content_type=None,
        request_schema=None,
        request_required=False,
        request_model=None,
        success_status=200,
        success_content_types=("application/json",),
        response_model=models.Health,
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
        path_model=None,
        query_model=None,
        headers_model=None,
        request_content_type=None,
        request_schema=None,
        request_required=False,
        request_model=None,
        success_status=200,
        success_content_types=("text/plain",),
        response_model=None,
        error_statuses=(),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
)

OPERATIONS_BY_ID: Mapping[str, OperationSpec] = MappingProxyType(
    {op.operation_id: op for op in OPERATIONS}
)
