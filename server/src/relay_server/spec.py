"""The committed OpenAPI document: located, loaded once, with ``$ref``s inlined for validation."""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path
from typing import Any

import yaml

_HERE = Path(__file__).resolve()


def spec_path() -> Path:
    """``RELAY_SPEC_PATH`` when set; else ``spec/openapi.yaml`` of the checkout the package lives in."""
    env = os.environ.get("RELAY_SPEC_PATH")
    if env:
        return Path(env)
    packaged = _HERE.parent / "openapi.yaml"
    for parent in _HERE.parents:
        candidate = parent / "spec" / "openapi.yaml"
        if candidate.is_file():
            return candidate
    return packaged


@functools.cache
def spec_bytes() -> bytes:
    return spec_path().read_bytes()


@functools.cache
def spec_document() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = yaml.load(spec_bytes(), Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(doc, dict):
        raise ValueError("the OpenAPI document is not a mapping")
    return doc


def _resolve(doc: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"external $ref not supported: {ref}")
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def inline_refs(node: Any, doc: dict[str, Any] | None = None, _stack: tuple[str, ...] = ()) -> Any:
    """A deep copy of ``node`` with every local ``$ref`` replaced by its target (siblings merged)."""
    doc = spec_document() if doc is None else doc
    if isinstance(node, dict):
        if "$ref" in node and isinstance(node["$ref"], str):
            ref = node["$ref"]
            if ref in _stack:
                raise ValueError(f"recursive $ref {ref}")
            target = inline_refs(_resolve(doc, ref), doc, (*_stack, ref))
            siblings = {k: inline_refs(v, doc, _stack) for k, v in node.items() if k != "$ref"}
            if isinstance(target, dict):
                merged = dict(target)
                merged.update(siblings)
                return merged
            return target
        return {k: inline_refs(v, doc, _stack) for k, v in node.items()}
    if isinstance(node, list):
        return [inline_refs(v, doc, _stack) for v in node]
    return copy.copy(node)


HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def operation_index() -> dict[str, dict[str, Any]]:
    """operationId → {"path", "method", "operation"} for every operation under ``paths``."""
    out: dict[str, dict[str, Any]] = {}
    for path, item in (spec_document().get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and "operationId" in op:
                out[op["operationId"]] = {"path": path, "method": method.upper(), "operation": op}
    return out


@functools.cache
def request_body_schema(operation_id: str) -> dict[str, Any] | None:
    entry = operation_index().get(operation_id)
    if entry is None:
        return None
    body = entry["operation"].get("requestBody")
    if not body:
        return None
    body = inline_refs(body)
    content = body.get("content") or {}
    media = content.get("application/json")
    if not media or "schema" not in media:
        return None
    schema: dict[str, Any] = media["schema"]
    return schema


def request_body_required(operation_id: str) -> bool:
    entry = operation_index().get(operation_id)
    if entry is None:
        return False
    body = entry["operation"].get("requestBody") or {}
    return bool(inline_refs(body).get("required", False))
