"""Target ``server-routes``: the server's route table (``_generated/routes.py``) and the spec it serves.

The route table is everything the server knows of the spec: per operation its parameters with their
JSON Schemas, the JSON Schema of its request body (``$ref``s inlined) and whether the body is required,
its success status and content types, its error statuses, pagination, idempotency and streaming, and
the types of :mod:`.models` its handler takes and returns. ``openapi.yaml`` is the spec, byte for byte
after a header, for the server to serve as package data (it never reads the spec file).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from relay_codegen.diagnostics import Diagnostics, GenerationError
from relay_codegen.ir import Operation, Param
from relay_codegen.targets.base import Context, GeneratedFile
from relay_codegen.targets.server_models import SERVER_GENERATED_ROOT, model_class_name, param_model_names


@dataclass(frozen=True)
class _StreamView:
    method_name: str
    request_flag: str | None
    content_type: str
    event_model: str
    events: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _OperationView:
    operation_id: str
    resource: str
    method_name: str
    http_method: str
    path: str
    roles: tuple[str, ...]
    params: tuple[Param, ...]
    path_model: str
    query_model: str
    headers_model: str
    request_content_type: str | None
    request_schema: Mapping[str, Any] | None
    request_required: bool
    request_model: str
    success_status: int
    success_content_types: tuple[str, ...]
    response_model: str
    error_statuses: tuple[int, ...]
    paginated: bool
    idempotency_key: bool
    stream: _StreamView | None


def _model(ref: str | None, diagnostics: Diagnostics, where: str) -> str:
    if ref is None:
        return "None"
    try:
        return f"models.{model_class_name(ref)}"
    except ValueError as exc:
        diagnostics.error(where, "model-name", str(exc))
        return "None"


def _self_contained(schema: Any, diagnostics: Diagnostics, where: str, what: str) -> None:
    """The server compiles these schemas alone: a ``$ref`` left by inlining (recursion) cannot resolve."""
    if isinstance(schema, Mapping):
        if "$ref" in schema:
            diagnostics.error(
                where,
                "server-recursive-schema",
                f"{what} refers to itself ({schema['$ref']}); the server validates with self-contained "
                "schemas, so a request schema cannot be recursive",
            )
            return
        for value in schema.values():
            _self_contained(value, diagnostics, where, what)
    elif isinstance(schema, list):
        for value in schema:
            _self_contained(value, diagnostics, where, what)


def _view(ctx: Context, op: Operation, diagnostics: Diagnostics) -> _OperationView:
    body = op.request_body
    body_media = body.json if body is not None else None
    if body is not None and body_media is None and body.contents:
        body_media = body.contents[0]
    request_schema = None
    if body_media is not None and body_media.is_json and body_media.schema is not None:
        request_schema = ctx.api.inline(body_media.schema)
        _self_contained(request_schema, diagnostics, op.pointer, f"{op.operation_id}'s request body")
    params = tuple(p for p in op.params if p.location in ("path", "query", "header"))
    for p in params:
        _self_contained(p.schema, diagnostics, op.pointer, f"{op.operation_id}'s parameter {p.name}")
    success = op.success_response
    success_json = success.json if success is not None else None
    stream = None
    if op.stream is not None:
        stream = _StreamView(
            method_name=op.stream.method_name,
            request_flag=op.stream.request_flag,
            content_type=op.stream.content_type,
            event_model=_model(op.stream.union_schema_ref, diagnostics, op.pointer),
            events=tuple((e.name, _model(e.schema_ref, diagnostics, op.pointer)) for e in op.stream.events),
        )
    names = param_model_names(op)
    return _OperationView(
        operation_id=op.operation_id,
        resource=op.resource,
        method_name=op.method_name,
        http_method=op.http_method,
        path=op.path,
        roles=op.roles,
        params=params,
        path_model=f"models.{names['path']}" if names["path"] else "None",
        query_model=f"models.{names['query']}" if names["query"] else "None",
        headers_model=f"models.{names['headers']}" if names["headers"] else "None",
        request_content_type=body_media.content_type if body_media else None,
        request_schema=request_schema,
        request_required=bool(body is not None and body.required),
        request_model=_model(
            body_media.schema_ref if body_media and body_media.is_json else None, diagnostics, op.pointer
        ),
        success_status=op.success_status,
        success_content_types=success.content_types if success is not None else (),
        response_model=_model(success_json.schema_ref if success_json else None, diagnostics, op.pointer),
        error_statuses=op.error_statuses,
        paginated=op.paginated,
        idempotency_key=op.idempotency_key,
        stream=stream,
    )


class ServerRoutesTarget:
    name: ClassVar[str] = "server-routes"
    root: ClassVar[str] = SERVER_GENERATED_ROOT
    description: ClassVar[str] = "route table (OperationSpec per operation) and the served spec (server)"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        diagnostics = Diagnostics()
        views = [_view(ctx, op, diagnostics) for op in ctx.api.operations]
        if diagnostics.errors:
            raise GenerationError("server-routes: cannot build the route table", diagnostics)
        spec = ctx.spec_bytes if ctx.spec_bytes is not None else ctx.spec_path.read_bytes()
        return [
            GeneratedFile("routes.py", ctx.render("server/routes.py.j2", operations=views)),
            GeneratedFile("openapi.yaml", ctx.header("#") + spec.decode("utf-8")),
        ]
