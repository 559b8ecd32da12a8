# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 60af756c987c028f2422d202ca7a1aa33c3897f6cbf3d24ec966514670ef2d8c
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
        request_model=None,
        request_content_type=None,
        success_status=200,
        response_model=models.ActionList,
        success_content_types=("application/json",),
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
        request_model=models.PreviewRequest,
        request_content_type="application/json",
        success_status=200,
        response_model=models.Preview,
        success_content_types=("application/json",),
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
        request_model=models.ExecuteRequest,
        request_content_type="application/json",
        success_status=201,
        response_model=models.Execution,
        success_content_types=("application/json",),
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
        request_model=models.ChatRequest,
        request_content_type="application/json",
        success_status=200,
        response_model=models.ChatReply,
        success_content_types=("application/json", "text/event-stream"),
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
