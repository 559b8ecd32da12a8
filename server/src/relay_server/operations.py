"""The operation table the server binds: the generated ``_generated.routes.OPERATIONS``.

``OperationLike`` is the structural interface this package relies on. ``spec_operations`` derives the
same data straight from the spec; the server uses it only when the generated module is absent (a
checkout before ``relay-codegen generate`` ran), and tests use it to compare the two.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from relay_server.spec import inline_refs, operation_index


class ParamLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def required(self) -> bool: ...
    @property
    def schema(self) -> Mapping[str, Any]: ...


class OperationLike(Protocol):
    @property
    def operation_id(self) -> str: ...
    @property
    def resource(self) -> str: ...
    @property
    def method_name(self) -> str: ...
    @property
    def http_method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def roles(self) -> tuple[str, ...]: ...
    @property
    def params(self) -> Sequence[ParamLike]: ...
    @property
    def request_content_type(self) -> str | None: ...
    @property
    def success_status(self) -> int: ...
    @property
    def success_content_types(self) -> tuple[str, ...]: ...
    @property
    def error_statuses(self) -> tuple[int, ...]: ...
    @property
    def paginated(self) -> bool: ...
    @property
    def idempotency_key(self) -> bool: ...
    @property
    def stream(self) -> Mapping[str, Any] | None: ...


@dataclass(frozen=True)
class _Param:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    resource: str
    method_name: str
    http_method: str
    path: str
    roles: tuple[str, ...]
    params: tuple[_Param, ...]
    request_content_type: str | None
    success_status: int
    success_content_types: tuple[str, ...]
    error_statuses: tuple[int, ...]
    paginated: bool
    idempotency_key: bool
    stream: Mapping[str, Any] | None


def spec_operations() -> tuple[OperationLike, ...]:
    out: list[OperationLike] = []
    from relay_server.spec import spec_document

    doc = spec_document()
    for op_id, entry in sorted(operation_index().items()):
        op = entry["operation"]
        path_item = doc["paths"][entry["path"]]
        raw_params = [*path_item.get("parameters", []), *op.get("parameters", [])]
        params = []
        for raw in raw_params:
            p = inline_refs(raw)
            params.append(_Param(p["name"], p["in"], bool(p.get("required", False)), p.get("schema", {})))
        tag = op["tags"][0]
        body = op.get("requestBody")
        ctype = next(iter((inline_refs(body).get("content") or {}).keys()), None) if body else None
        responses = op.get("responses", {})
        success = sorted(int(s) for s in responses if str(s).startswith("2"))
        status = success[0] if success else 200
        resp = inline_refs(responses.get(str(status)) or responses.get(status) or {})
        out.append(
            _Operation(
                operation_id=op_id,
                resource=tag,
                method_name=op_id[len(tag) + 1 :],
                http_method=entry["method"],
                path=entry["path"],
                roles=tuple(op.get("x-relay-roles", ())),
                params=tuple(params),
                request_content_type=ctype,
                success_status=status,
                success_content_types=tuple((resp.get("content") or {}).keys()),
                error_statuses=tuple(sorted(int(s) for s in responses if not str(s).startswith("2"))),
                paginated=op.get("x-relay-pagination") == "cursor",
                idempotency_key=any(p.name == "Idempotency-Key" for p in params),
                stream=op.get("x-relay-stream"),
            )
        )
    return tuple(out)


def load_operations() -> tuple[OperationLike, ...]:
    try:
        module = importlib.import_module("relay_server._generated.routes")
    except ImportError:
        return spec_operations()
    ops: tuple[OperationLike, ...] = tuple(module.OPERATIONS)
    return ops
