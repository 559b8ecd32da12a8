"""Binds the generated operation table to hand-written handlers and runs every request's pipeline.

Pipeline per request: method dispatch (405 + ``Allow``) → authentication (401) → rate limit (429) →
role (403) → path/query/header params (422) → body: size (413), media type (415), JSON (400),
schema (422) → idempotency (replay / 409 / 422) → handler → audit. Every failure is problem+json.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from relay_server.config import MAX_BODY_BYTES
from relay_server.errors import ApiError, error_response, problem_body
from relay_server.idempotency import fingerprint, parse_key
from relay_server.keys import Principal
from relay_server.operations import OperationLike
from relay_server.ratelimit import Decision
from relay_server.services import Services
from relay_server.spec import request_body_required, request_body_schema
from relay_server.validation import Schema, compile_schema

log = logging.getLogger("relay_server")

JSON_CT = "application/json"
_MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_INT_RE = re.compile(r"^-?\d{1,18}$")
_NUM_RE = re.compile(r"^-?\d+(\.\d+)?([eE][+-]?\d+)?$")
_REPLAY_HEADERS = ("content-type", "location")


def dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(dumps(body), status_code=status, media_type=JSON_CT, headers=dict(headers or {}))


@dataclass
class Ctx:
    request: Request
    services: Services
    op: OperationLike
    request_id: str
    principal: Principal | None = None
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    idempotency_key: str | None = None
    execution_began: bool = False
    audit_target: str | None = None
    audit_metadata: dict[str, Any] = field(default_factory=dict)
    audit: bool = True

    @property
    def workspace_id(self) -> str:
        assert self.principal is not None
        return self.principal.workspace_id

    def began(self) -> None:
        """Marks that execution began: from now on the idempotent response is stored whatever happens.

        Call it inside the transaction that starts the execution so the mark is atomic with it.
        """
        self.execution_began = True
        if self.idempotency_key is not None:
            self.services.idempotency.mark_executing(self.workspace_id, self.idempotency_key)

    def json(
        self, body: Any, status: int | None = None, headers: Mapping[str, str] | None = None
    ) -> Response:
        return json_response(body, status or self.op.success_status, headers)


Handler = Callable[[Ctx], Awaitable[Response]]


class _Param:
    def __init__(self, name: str, location: str, required: bool, schema: Mapping[str, Any]) -> None:
        self.name = name
        self.location = location
        self.required = required
        self.schema = dict(schema)
        self.validator: Schema = compile_schema(self.schema)
        types = self.schema.get("type")
        self.type = (
            types if isinstance(types, str) else (types[0] if isinstance(types, list) and types else "string")
        )
        self.pointer = f"/{'headers' if location == 'header' else location}/" + (
            name.lower() if location == "header" else name
        )

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


class OperationBinding:
    def __init__(self, op: OperationLike, handler: Handler) -> None:
        self.op = op
        self.handler = handler
        self.params = [_Param(p.name, p.location, p.required, p.schema) for p in op.params]
        schema = request_body_schema(op.operation_id) if op.request_content_type else None
        self.body_validator = compile_schema(schema) if schema is not None else None
        self.body_required = request_body_required(op.operation_id) if op.request_content_type else False
        self.audit_name = f"{op.resource}.{op.method_name}"
        self.mutating = op.http_method.upper() in _MUTATING


class PathDispatcher:
    """One per path: dispatches on method, answering 405 with ``Allow`` for the others."""

    def __init__(self, services: Services, path: str) -> None:
        self.services = services
        self.path = path
        self.bindings: dict[str, OperationBinding] = {}

    @property
    def allow(self) -> str:
        return ", ".join(sorted(self.bindings))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point (so Starlette leaves every method to this dispatcher)."""
        response = await self.handle(Request(scope, receive, send))
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        request_id: str = request.scope.get("state", {}).get("request_id") or "req_unknown"
        binding = self.bindings.get(request.method.upper())
        if binding is None:
            return error_response(
                ApiError(
                    405,
                    "method_not_allowed",
                    f"{request.method} is not allowed here; use {self.allow}.",
                    headers={"Allow": self.allow},
                ),
                request_id,
            )
        ctx = Ctx(request=request, services=self.services, op=binding.op, request_id=request_id)
        decision: Decision | None = None
        try:
            if binding.op.roles:
                ctx.principal = self._authenticate(request)
                decision = self.services.limiter.take(ctx.principal.workspace_id)
                if not decision.allowed:
                    raise ApiError(
                        429,
                        "rate_limited",
                        f"The workspace's rate limit of {self.services.settings.rate_limit_per_minute} requests"
                        " per minute is exhausted.",
                        headers={"Retry-After": str(decision.retry_after)},
                    )
                if ctx.principal.role not in binding.op.roles:
                    raise ApiError(
                        403,
                        "forbidden",
                        f"The role `{ctx.principal.role}` may not call this operation; it needs one of "
                        f"{', '.join(binding.op.roles)}.",
                    )
            self._parse_params(binding, ctx)
            if binding.op.request_content_type:
                await self._parse_body(binding, ctx)
            response = await self._run(binding, ctx)
        except ApiError as exc:
            response = error_response(exc, request_id)
            if self._should_audit(binding, ctx, exc.status):
                ctx.audit_metadata.setdefault("error_code", exc.code)
        except Exception:
            log.exception("unhandled error in %s (request %s)", binding.op.operation_id, request_id)
            response = self._internal(request_id)
        if decision is not None:
            response.headers["RateLimit-Policy"] = decision.policy
            response.headers["RateLimit"] = decision.header
        if self._should_audit(binding, ctx, response.status_code):
            self._audit(binding, ctx, response.status_code)
        self.services.metrics.requests.labels(binding.op.operation_id, str(response.status_code)).inc()
        return response

    @staticmethod
    def _internal(request_id: str) -> Response:
        return error_response(
            ApiError(
                500,
                "internal_error",
                "An unexpected error occurred. Quote the request id when contacting support.",
            ),
            request_id,
        )

    def _authenticate(self, request: Request) -> Principal:
        auth = request.headers.get("authorization")
        challenge = {"WWW-Authenticate": 'Bearer realm="relay"'}
        if not auth:
            raise ApiError(
                401,
                "unauthenticated",
                "Send an API key as `Authorization: Bearer relay_sk_…`.",
                headers=challenge,
            )
        scheme, _, token = auth.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiError(
                401,
                "unauthenticated",
                "The Authorization header must be `Bearer relay_sk_…`.",
                headers=challenge,
            )
        principal = self.services.keys.verify(token)
        if principal is None:
            raise ApiError(
                401, "unauthenticated", "The API key is invalid, revoked or expired.", headers=challenge
            )
        return principal

    def _parse_params(self, binding: OperationBinding, ctx: Ctx) -> None:
        request = ctx.request
        errors: list[dict[str, str]] = []
        for p in binding.params:
            if p.location == "path":
                raw: str | None = request.path_params.get(p.name)
            elif p.location == "query":
                raw = request.query_params.get(p.name)
            elif p.location == "header":
                raw = request.headers.get(p.name)
            else:
                continue
            if raw is None:
                if p.required:
                    errors.append({"pointer": p.pointer, "message": "is required"})
                continue
            if p.location == "header" and p.name.lower() == "idempotency-key":
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
                errors.append({"pointer": p.pointer, "message": str(exc)})
                continue
            found = p.validator.errors(value, p.pointer)
            if found:
                errors.extend(found)
                continue
            target = ctx.path if p.location == "path" else ctx.query if p.location == "query" else ctx.headers
            target[p.name] = value
        if errors:
            n = len(errors)
            raise ApiError(
                422,
                "validation_failed",
                f"{n} parameter{'s are' if n != 1 else ' is'} invalid.",
                errors=errors,
            )

    async def _parse_body(self, binding: OperationBinding, ctx: Ctx) -> None:
        request = ctx.request
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > MAX_BODY_BYTES:
            raise ApiError(413, "payload_too_large", f"Request bodies are limited to {MAX_BODY_BYTES} bytes.")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise ApiError(
                    413, "payload_too_large", f"Request bodies are limited to {MAX_BODY_BYTES} bytes."
                )
            chunks.append(chunk)
        raw = b"".join(chunks)
        ctype = request.headers.get("content-type")
        if not raw and not ctype:
            if binding.body_required:
                raise ApiError(400, "invalid_request", "A JSON request body is required.")
            return
        media = (ctype or "").split(";", 1)[0].strip().lower()
        if media != JSON_CT and not (media.startswith("application/") and media.endswith("+json")):
            raise ApiError(415, "unsupported_media_type", "Send the body as application/json.")
        if not raw.strip():
            if binding.body_required:
                raise ApiError(400, "invalid_request", "A JSON request body is required.")
            return
        try:
            body = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "invalid_request", "The request body is not valid JSON.") from None
        if binding.body_validator is not None:
            errors = binding.body_validator.errors(body)
            if errors:
                n = len(errors)
                raise ApiError(
                    422,
                    "validation_failed",
                    f"{n} field{'s are' if n != 1 else ' is'} invalid.",
                    errors=errors,
                )
        ctx.body = body

    async def _run(self, binding: OperationBinding, ctx: Ctx) -> Response:
        key = ctx.idempotency_key
        if key is None or ctx.principal is None:
            return await binding.handler(ctx)
        store = self.services.idempotency
        ws = ctx.principal.workspace_id
        stored = store.begin(ws, key, fingerprint(ctx.request.method, ctx.request.url.path, ctx.body))
        if stored is not None:
            headers = dict(stored.headers)
            headers["Idempotent-Replayed"] = "true"
            ctx.audit_metadata["idempotent_replayed"] = True
            return Response(stored.body, status_code=stored.status, headers=headers)
        try:
            response = await binding.handler(ctx)
        except ApiError as exc:
            if ctx.execution_began:
                response = error_response(exc, ctx.request_id)
                self._store(ws, key, response)
            else:
                store.release(ws, key)
            raise
        except BaseException:
            if ctx.execution_began:
                self._store(ws, key, self._internal(ctx.request_id))
            else:
                store.release(ws, key)
            raise
        if response.status_code < 400 or ctx.execution_began:
            self._store(ws, key, response)
        else:
            store.release(ws, key)
        return response

    def _store(self, ws: str, key: str, response: Response) -> None:
        body = bytes(response.body) if hasattr(response, "body") else b""
        headers = {k: v for k, v in response.headers.items() if k.lower() in _REPLAY_HEADERS}
        self.services.idempotency.complete(ws, key, response.status_code, body, headers)

    @staticmethod
    def _should_audit(binding: OperationBinding, ctx: Ctx, status: int) -> bool:
        return binding.mutating and ctx.principal is not None and ctx.audit and status != 429

    def _audit(self, binding: OperationBinding, ctx: Ctx, status: int) -> None:
        from relay_server.audit import record

        outcome = "success" if status < 400 else "denied" if status in (401, 403) else "failure"
        metadata = dict(ctx.audit_metadata)
        if ctx.path:
            metadata.setdefault("path_params", ctx.path)
        if isinstance(ctx.body, dict):
            metadata.setdefault("request", ctx.body)
        try:
            record(
                self.services.db,
                workspace_id=ctx.workspace_id,
                actor_key_id=ctx.principal.key_id if ctx.principal else None,
                actor_role=ctx.principal.role if ctx.principal else None,
                action=binding.audit_name,
                target=ctx.audit_target or next(iter(ctx.path.values()), None),
                outcome=outcome,
                status_code=status,
                request_id=ctx.request_id,
                metadata=metadata,  # record() redacts
            )
        except Exception:
            log.exception("could not record an audit event (request %s)", ctx.request_id)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


class FastRouter:
    """Routes API requests straight to their ``PathDispatcher`` (a dict lookup for static paths, a few
    compiled patterns for templated ones), skipping the framework's per-request routing layers; anything
    else falls through to the wrapped FastAPI app (``/openapi.yaml``, dev-mode OAuth pages, 404s)."""

    def __init__(self, app: ASGIApp, dispatchers: Sequence[PathDispatcher]) -> None:
        self.app = app
        self.static: dict[str, PathDispatcher] = {}
        self.templated: list[tuple[re.Pattern[str], PathDispatcher]] = []
        for d in dispatchers:
            if "{" in d.path:
                regex = re.sub(r"\\{([a-z_]+)\\}", r"(?P<\1>[^/]+)", re.escape(d.path))
                self.templated.append((re.compile(f"^{regex}$"), d))
            else:
                self.static[d.path] = d

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            d = self.static.get(path)
            if d is not None:
                await d(scope, receive, send)
                return
            for regex, dispatcher in self.templated:
                m = regex.match(path)
                if m is not None:
                    scope["path_params"] = m.groupdict()
                    await dispatcher(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def build_dispatchers(
    services: Services, operations: Sequence[OperationLike], handlers: Mapping[str, Handler]
) -> list[PathDispatcher]:
    dispatchers: dict[str, PathDispatcher] = {}
    missing = [op.operation_id for op in operations if op.operation_id not in handlers]
    if missing:
        raise RuntimeError(f"no handler for operations: {', '.join(sorted(missing))}")
    for op in operations:
        d = dispatchers.setdefault(op.path, PathDispatcher(services, op.path))
        d.bindings[op.http_method.upper()] = OperationBinding(op, handlers[op.operation_id])
    # static paths before templated ones so /v1/connections/authorize is not taken for an id
    return sorted(dispatchers.values(), key=lambda d: (d.path.count("{"), d.path))


def build_routes(dispatchers: Sequence[PathDispatcher]) -> list[Route]:
    """The same dispatchers as framework routes (what the app declares; ``FastRouter`` is the fast path)."""
    return [Route(d.path, endpoint=d, methods=None, include_in_schema=False) for d in dispatchers]


def problem_json(status: int, code: str, detail: str, request_id: str) -> bytes:
    return dumps(problem_body(status, code, detail, request_id))
