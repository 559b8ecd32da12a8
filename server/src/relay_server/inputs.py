"""A request's inputs, validated against the route table's JSON Schemas: parameters and the JSON body.

A JSON body must be I-JSON within the documented limits (:mod:`relay_server.json_body`), or 400.
What passes is exactly what the operation's generated TypedDicts describe (``models.<Op>Query``,
``models.<Body>``): the handler gets these very values. A query parameter left out takes the default
its schema declares.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from starlette.requests import Request

from relay_server._generated.models import ErrorCode, FieldError
from relay_server._generated.routes import OperationSpec, ParamSpec
from relay_server.config import MAX_BODY_BYTES
from relay_server.context import Ctx
from relay_server.errors import ApiError, validation_failed
from relay_server.idempotency import parse_key
from relay_server.json_body import NotIJson, parse
from relay_server.validation import Schema, compile_schema

JSON_CT = "application/json"
_INT_RE = re.compile(r"^-?\d{1,18}$")
_NUM_RE = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")
_MISSING = object()


class Param:
    def __init__(self, spec: ParamSpec) -> None:
        self.name = spec.name
        self.location = spec.location
        self.required = spec.required
        self.schema = dict(spec.schema)
        self.validator: Schema = compile_schema(self.schema)
        self.default = self.schema.get("default", _MISSING)
        self.is_idempotency_key = self.location == "header" and self.name.lower() == "idempotency-key"
        types = self.schema.get("type")
        self.type = (
            types if isinstance(types, str) else (types[0] if isinstance(types, list) and types else "string")
        )
        self.pointer = f"/{'headers' if self.location == 'header' else self.location}/" + (
            self.name.lower() if self.location == "header" else self.name
        )

    def raw(self, request: Request) -> str | None:
        if self.location == "path":
            value: str | None = request.path_params.get(self.name)
            return value
        if self.location == "query":
            return request.query_params.get(self.name)
        return request.headers.get(self.name)

    def coerce(self, raw: str) -> Any:
        if self.type == "integer":
            if not _INT_RE.match(raw):
                raise ValueError("must be an integer")
            return int(raw)
        if self.type == "number":
            if not _NUM_RE.match(raw):
                raise ValueError("must be a number")
            return float(raw)
        if self.type == "boolean":
            if raw not in ("true", "false"):
                raise ValueError("must be true or false")
            return raw == "true"
        return raw


class Inputs:
    """The compiled validators of one operation's inputs."""

    def __init__(self, op: OperationSpec) -> None:
        self.params = [Param(p) for p in op.params if p.location in ("path", "query", "header")]
        self.has_body = op.request_content_type is not None
        schema = op.request_schema
        self.body_validator = compile_schema(schema) if schema is not None else None
        self.body_required = op.request_required

    def parse_params(self, ctx: Ctx) -> None:
        """Fills ``ctx.path``, ``ctx.query``, ``ctx.headers`` and ``ctx.idempotency_key``; 422 otherwise."""
        errors: list[FieldError] = []
        for p in self.params:
            raw = p.raw(ctx.request)
            target = ctx.path if p.location == "path" else ctx.query if p.location == "query" else ctx.headers
            if raw is None:
                if p.required:
                    errors.append(FieldError(pointer=p.pointer, message="is required"))
                elif p.default is not _MISSING and not p.is_idempotency_key:
                    target[p.name] = copy.deepcopy(p.default)
                continue
            if p.is_idempotency_key:
                found = p.validator.errors(raw, p.pointer)
                if found:
                    errors.extend(found)
                    continue
                try:
                    ctx.idempotency_key = parse_key(raw)
                except ApiError as exc:
                    errors.extend(exc.errors or [])
                continue
            try:
                value = p.coerce(raw)
            except ValueError as exc:
                errors.append(FieldError(pointer=p.pointer, message=str(exc)))
                continue
            found = p.validator.errors(value, p.pointer)
            if found:
                errors.extend(found)
                continue
            target[p.name] = value
        if errors:
            raise validation_failed(errors, "parameter")

    async def parse_body(self, ctx: Ctx) -> None:
        """Sets ``ctx.body``: 413, 415, 400 or 422 when the body is too large, not JSON or invalid."""
        request = ctx.request
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > MAX_BODY_BYTES:
            raise _too_large()
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise _too_large()
            chunks.append(chunk)
        raw = b"".join(chunks)
        ctype = request.headers.get("content-type")
        if not raw and not ctype:
            self._absent()
            return
        media = (ctype or "").split(";", 1)[0].strip().lower()
        if media != JSON_CT and not (media.startswith("application/") and media.endswith("+json")):
            raise ApiError(415, ErrorCode.unsupported_media_type, "Send the body as application/json.")
        if not raw.strip():
            self._absent()
            return
        try:
            body = parse(raw)
        except NotIJson as exc:
            raise ApiError(400, ErrorCode.invalid_request, str(exc)) from None
        if self.body_validator is not None:
            errors = self.body_validator.errors(body)
            if errors:
                raise validation_failed(errors)
        ctx.body = body

    def _absent(self) -> None:
        if self.body_required:
            raise ApiError(400, ErrorCode.invalid_request, "A JSON request body is required.")


def _too_large() -> ApiError:
    return ApiError(
        413, ErrorCode.payload_too_large, f"Request bodies are limited to {MAX_BODY_BYTES} bytes."
    )
