# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 ce564a81bd4ac6357433c77cca355f9155159c85d6c8ddc07bd299ca269f86d4
"""The route table of Relay golden (edge) 1.0.0: one :class:`OperationSpec` per operation, in spec order.

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
        path_model=models.FoldersRetrievePath,
        query_model=models.FoldersRetrieveQuery,
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
                schema={"type": "string"},
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
        error_statuses=(),
        paginated=False,
        idempotency_key=False,
        stream=None,
    ),
)

OPERATIONS_BY_ID: Mapping[str, OperationSpec] = MappingProxyType(
    {op.operation_id: op for op in OPERATIONS}
)
