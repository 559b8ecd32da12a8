# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 60af756c987c028f2422d202ca7a1aa33c3897f6cbf3d24ec966514670ef2d8c
"""The route table of Relay golden (basic) 1.0.0: one :class:`OperationSpec` per operation, in spec order.

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
        operation_id="actions_list",
        resource="actions",
        method_name="list",
        http_method="GET",
        path="/v1/actions",
        roles=("admin", "developer", "viewer"),
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
                name="provider",
                location="query",
                required=False,
                schema={"type": "string", "enum": ["relay", "google", "microsoft"]},
            ),
        ),
        path_model=None,
        query_model=models.ActionsListQuery,
        headers_model=None,
        request_content_type=None,
        request_schema=None,
        request_required=False,
        request_model=None,
        success_status=200,
        success_content_types=("application/json",),
        response_model=models.ActionList,
        error_statuses=(401,),
        paginated=True,
        idempotency_key=False,
        stream=None,
    ),
    OperationSpec(
        operation_id="actions_preview",
        resource="actions",
        method_name="preview",
        http_method="POST",
        path="/v1/actions/{action_id}/preview",
        roles=("admin", "developer"),
        params=(
            ParamSpec(
                name="action_id",
                location="path",
                required=True,
                schema={"type": "string", "pattern": "^[a-z]+(\\.[a-z_]+)+$"},
            ),
        ),
        path_model=models.ActionsPreviewPath,
        query_model=None,
        headers_model=None,
        request_content_type="application/json",
        request_schema={
            "type": "object",
            "additionalProperties": False,
            "required": ["params"],
            "properties": {"params": {"type": "object", "additionalProperties": True}},
        },
        request_required=True,
        request_model=models.PreviewRequest,
        success_status=200,
        success_content_types=("application/json",),
        response_model=models.Preview,
        error_statuses=(401, 422),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
    OperationSpec(
        operation_id="actions_execute",
        resource="actions",
        method_name="execute",
        http_method="POST",
        path="/v1/actions/{action_id}/execute",
        roles=("admin", "developer"),
        params=(
            ParamSpec(
                name="action_id",
                location="path",
                required=True,
                schema={"type": "string", "pattern": "^[a-z]+(\\.[a-z_]+)+$"},
            ),
            ParamSpec(
                name="Idempotency-Key",
                location="header",
                required=False,
                schema={"type": "string", "maxLength": 255},
            ),
        ),
        path_model=models.ActionsExecutePath,
        query_model=None,
        headers_model=None,
        request_content_type="application/json",
        request_schema={
            "type": "object",
            "required": ["confirm_token"],
            "properties": {
                "confirm_token": {"type": "string"},
                "dry_run": {"type": "boolean", "default": False},
            },
        },
        request_required=True,
        request_model=models.ExecuteRequest,
        success_status=201,
        success_content_types=("application/json",),
        response_model=models.Execution,
        error_statuses=(401, 409, 422),
        paginated=False,
        idempotency_key=True,
        stream=None,
    ),
    OperationSpec(
        operation_id="chat_send",
        resource="chat",
        method_name="send",
        http_method="POST",
        path="/v1/chat",
        roles=("admin", "developer", "viewer"),
        params=(),
        path_model=None,
        query_model=None,
        headers_model=None,
        request_content_type="application/json",
        request_schema={
            "type": "object",
            "required": ["message"],
            "properties": {
                "message": {"type": "string", "minLength": 1},
                "stream": {"type": "boolean", "default": False},
            },
        },
        request_required=True,
        request_model=models.ChatRequest,
        success_status=200,
        success_content_types=("application/json", "text/event-stream"),
        response_model=models.ChatReply,
        error_statuses=(401,),
        paginated=False,
        idempotency_key=False,
        stream={
            "method": "stream",
            "request_flag": "stream",
            "content_type": "text/event-stream",
            "event_model": models.ChatStreamEvent,
            "events": {
                "text.delta": models.ChatTextDelta,
                "done": models.ChatDone,
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
