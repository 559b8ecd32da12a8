"""The spec under test, read once: operations, roles, error codes and schema validators.

Everything the hand-written cases know about the API (which operations exist, who may call them, which
are paginated, which error codes are legal) is derived from ``spec/openapi.yaml`` here, never copied.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_URI = "urn:relay:openapi"


def default_spec_path() -> Path:
    """``RELAY_SPEC`` when set; else the spec this release ships (``relay_contract/openapi.yaml``, put into
    the sdist and wheel by ``hatch_build.py``); else, in an editable install, the checkout's spec."""
    env = os.environ.get("RELAY_SPEC")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    packaged = here.parent / "openapi.yaml"
    if packaged.is_file():
        return packaged
    return here.parents[3] / "spec" / "openapi.yaml"


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    example: Any


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    roles: tuple[str, ...]  # () for unauthenticated operations
    paginated: bool
    params: tuple[Param, ...]
    body_schema: dict[str, Any] | None
    body_example: Any
    responses: dict[str, Any]
    raw: dict[str, Any]

    @property
    def authenticated(self) -> bool:
        return bool(self.roles)

    @property
    def takes_idempotency_key(self) -> bool:
        return any(p.location == "header" and p.name.lower() == "idempotency-key" for p in self.params)

    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    def required_query(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query" and p.required)

    def documents_status(self, status: int) -> bool:
        return str(status) in self.responses


class Spec:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_spec_path()
        with self.path.open(encoding="utf-8") as fh:
            self.document: dict[str, Any] = yaml.safe_load(fh)
        self._registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(self.document, default_specification=DRAFT202012)
        )
        self.operations: tuple[Operation, ...] = tuple(self._operations())
        self.by_id = {op.operation_id: op for op in self.operations}

    # -- resolution -----------------------------------------------------------------------------
    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $refs are supported, got {ref}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operations(self) -> list[Operation]:
        ops = []
        global_security = self.document.get("security", [])
        for path, item in self.document.get("paths", {}).items():
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                own = [self.resolve(p) for p in raw.get("parameters", [])]
                merged = {(p["in"], p["name"]): p for p in [*shared, *own]}
                params = tuple(
                    Param(
                        name=p["name"],
                        location=p["in"],
                        required=bool(p.get("required", False)),
                        schema=self.resolve(p.get("schema", {})),
                        example=p.get("example"),
                    )
                    for p in merged.values()
                )
                security = raw.get("security", global_security)
                roles = tuple(raw.get("x-relay-roles", ())) if security else ()
                body_schema = body_example = None
                if "requestBody" in raw:
                    media = self.resolve(raw["requestBody"])["content"].get("application/json", {})
                    body_schema = media.get("schema")
                    examples = media.get("examples", {})
                    if examples:
                        body_example = self.resolve(next(iter(examples.values())))["value"]
                ops.append(
                    Operation(
                        operation_id=raw["operationId"],
                        method=method.upper(),
                        path=path,
                        roles=roles,
                        paginated=raw.get("x-relay-pagination") == "cursor",
                        params=params,
                        body_schema=body_schema,
                        body_example=body_example,
                        responses={k: self.resolve(v) for k, v in raw.get("responses", {}).items()},
                        raw=raw,
                    )
                )
        return ops

    # -- vocabulary -----------------------------------------------------------------------------
    @functools.cached_property
    def error_codes(self) -> frozenset[str]:
        return frozenset(self.document["components"]["schemas"]["ErrorCode"]["enum"])

    @functools.cached_property
    def roles(self) -> tuple[str, ...]:
        return tuple(self.document["components"]["schemas"]["Role"]["enum"])

    @functools.cached_property
    def stream(self) -> dict[str, Any]:
        """``x-relay-stream`` of the one streaming operation."""
        for op in self.operations:
            if "x-relay-stream" in op.raw:
                return dict(op.raw["x-relay-stream"], operation_id=op.operation_id)
        raise LookupError("no operation carries x-relay-stream")

    @functools.cached_property
    def stream_item_schema(self) -> dict[str, Any]:
        """The schema of one event of the stream: the event-stream media type's ``x-relay-item-schema``
        (OpenAPI 3.2's ``itemSchema``, as an extension of the 3.1 spec)."""
        op = self.by_id[self.stream["operation_id"]]
        media = op.responses["200"]["content"][self.stream["content_type"]]
        schema: dict[str, Any] = media["x-relay-item-schema"]
        return schema

    def allowed_methods(self, path: str) -> set[str]:
        item = self.document["paths"][path]
        return {m.upper() for m in HTTP_METHODS if m in item}

    # -- validation -----------------------------------------------------------------------------
    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        """A 2020-12 validator for ``schema`` whose ``#/components/...`` refs resolve against the spec."""
        return Draft202012Validator(
            _rebase(schema), registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    def component_validator(self, name: str) -> Draft202012Validator:
        return self.validator({"$ref": f"#/components/schemas/{name}"})

    def response_schema(self, operation_id: str, status: int, media_type: str = "application/json") -> Any:
        response = self.by_id[operation_id].responses[str(status)]
        return response["content"][media_type]["schema"]


def _rebase(node: Any) -> Any:
    """Rewrite local ``#/...`` refs to point into the registered spec document."""
    if isinstance(node, dict):
        return {
            k: (SPEC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


@functools.cache
def load_spec(path: str | None = None) -> Spec:
    return Spec(Path(path) if path else None)
