"""Target ``server-routes``: the server's pure-data route table (``_generated/routes.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from relay_codegen.diagnostics import Diagnostics, GenerationError
from relay_codegen.ir import Operation
from relay_codegen.targets.base import Context, GeneratedFile
from relay_codegen.targets.server_models import SERVER_GENERATED_ROOT, model_class_name


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
    params: object
    request_model: str
    request_content_type: str | None
    success_status: int
    response_model: str
    success_content_types: tuple[str, ...]
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


def _view(op: Operation, diagnostics: Diagnostics) -> _OperationView:
    body = op.request_body
    body_media = body.json if body is not None else None
    if body is not None and body_media is None and body.contents:
        body_media = body.contents[0]
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
    return _OperationView(
        operation_id=op.operation_id,
        resource=op.resource,
        method_name=op.method_name,
        http_method=op.http_method,
        path=op.path,
        roles=op.roles,
        params=tuple(p for p in op.params if p.location in ("path", "query", "header")),
        request_model=_model(body_media.schema_ref if body_media else None, diagnostics, op.pointer),
        request_content_type=body_media.content_type if body_media else None,
        success_status=op.success_status,
        response_model=_model(success_json.schema_ref if success_json else None, diagnostics, op.pointer),
        success_content_types=success.content_types if success is not None else (),
        error_statuses=op.error_statuses,
        paginated=op.paginated,
        idempotency_key=op.idempotency_key,
        stream=stream,
    )


class ServerRoutesTarget:
    name: ClassVar[str] = "server-routes"
    root: ClassVar[str] = SERVER_GENERATED_ROOT
    description: ClassVar[str] = "route table (OperationSpec per operation) for the reference server"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        diagnostics = Diagnostics()
        views = [_view(op, diagnostics) for op in ctx.api.operations]
        if diagnostics.errors:
            raise GenerationError("server-routes: cannot name models", diagnostics)
        return [GeneratedFile("routes.py", ctx.render("server/routes.py.j2", operations=views))]
