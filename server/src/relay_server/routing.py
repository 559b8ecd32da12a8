"""Binds the generated route table to hand-written handlers and runs every request's pipeline.

Pipeline per request: method dispatch (405 + ``Allow``; ``HEAD`` runs the ``GET`` operation and sends
no body, RFC 9110) → authentication (401; 429 when the client address or the key prefix has too many
failed authentications) → the workspace's rate limit (429) → role (403) → path/query/header params
(422; a list's ``after`` cursor is checked and turned into a position, 422 ``invalid_cursor``) → body:
size (413), media type (415), I-JSON (400), schema (422) → idempotency (replay / 409 / 422) → handler
(typed inputs, typed result; a list's ``next_cursor`` is signed) → audit.
Every failure is problem+json. An operation of the spec without a handler answers 501
``not_implemented`` once the caller is authenticated and allowed, whatever its inputs (the server test
suite fails until it has a handler).

A replay of a stored response that created a secret (an API key, a webhook endpoint) goes through the
operation's *replay guard* (``handlers.replay_guard``): once the key was revoked or the endpoint deleted
the replay is 409 ``conflict`` — a secret is never handed out again after it stopped being valid.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterable, AsyncIterator, Mapping, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from relay_server._generated.models import ErrorCode
from relay_server._generated.routes import OperationSpec
from relay_server.audit import record
from relay_server.config import credentials_path
from relay_server.context import Ctx, Handler, ReplayGuard
from relay_server.cursors import InvalidCursor
from relay_server.errors import ApiError, error_response, internal_error
from relay_server.idempotency import fingerprint
from relay_server.inputs import Inputs
from relay_server.keys import Principal, Throttled
from relay_server.middleware import request_id_of
from relay_server.ratelimit import Decision, KeyRevoked
from relay_server.services import Services
from relay_server.stores import executions

log = logging.getLogger("relay_server")

JSON_CT = "application/json"
#: how long the 429 of a throttled failed-authentication client waits before it is sent
THROTTLED_ANSWER_DELAY_SECONDS = 1.0
_MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_REPLAY_HEADERS = ("content-type", "location")


def dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class OperationBinding:
    def __init__(
        self, op: OperationSpec, handler: Handler | None, replay_guard: ReplayGuard | None = None
    ) -> None:
        self.op = op
        self.handler = handler  # None: the server does not implement the operation
        self.replay_guard = replay_guard
        self.inputs = Inputs(op)
        self.audit_name = f"{op.resource}.{op.method_name}"
        self.mutating = op.http_method.upper() in _MUTATING
        # the keyword arguments the handler takes (see relay_server.context)
        self._path = op.path_model is not None
        self._query = op.query_model is not None
        self._headers = op.headers_model is not None
        self._body = op.request_model is not None

    async def invoke(self, ctx: Ctx) -> Response:
        """Calls the handler with the operation's typed inputs and turns its result into the response."""
        inputs: dict[str, Any] = {}
        if self._path:
            inputs["path"] = ctx.path
        if self._query:
            inputs["query"] = ctx.query
        if self._headers:
            inputs["headers"] = ctx.headers
        if self._body:
            inputs["body"] = ctx.body
        assert self.handler is not None  # PathDispatcher answers 501 for an operation without one
        result = await self.handler(ctx, **inputs)
        if isinstance(result, Response):
            return result
        if self.op.paginated and isinstance(result, dict) and isinstance(result.get("next_cursor"), str):
            result["next_cursor"] = ctx.services.cursors.issue(
                ctx.workspace_id, self.op.operation_id, result["next_cursor"]
            )
        status = ctx.status or self.op.success_status
        if result is None:
            return Response(status_code=status, headers=ctx.response_headers)
        return Response(dumps(result), status_code=status, media_type=JSON_CT, headers=ctx.response_headers)

    def resolve_cursor(self, ctx: Ctx) -> None:
        """Replaces a list's ``after`` cursor by the position it stands for; 422 ``invalid_cursor``
        unless this server issued it for this list and workspace."""
        cursor = ctx.query.get("after")
        if not self.op.paginated or cursor is None or ctx.principal is None:
            return
        try:
            ctx.query["after"] = ctx.services.cursors.position(cursor, ctx.workspace_id, self.op.operation_id)
        except InvalidCursor:
            raise ApiError(
                422,
                ErrorCode.invalid_cursor,
                "The `after` cursor was not issued by this list; pass `next_cursor` back unchanged, or start "
                "from the first page.",
                errors=[{"pointer": "/query/after", "message": "not a cursor this list returned"}],
            ) from None


class PathDispatcher:
    """One per path: dispatches on method, answering 405 with ``Allow`` for the others."""

    def __init__(self, services: Services, path: str) -> None:
        self.services = services
        self.path = path
        self.bindings: dict[str, OperationBinding] = {}

    @property
    def allow(self) -> str:
        methods = set(self.bindings)
        if "GET" in methods:
            methods.add("HEAD")  # RFC 9110: a server that answers GET answers HEAD
        return ", ".join(sorted(methods))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point (so Starlette leaves every method to this dispatcher)."""
        response = await self.handle(Request(scope, receive, send))
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        request_id = request_id_of(request.scope)
        method = request.method.upper()
        head = method == "HEAD" and "HEAD" not in self.bindings
        binding = self.bindings.get("GET" if head else method)
        if binding is None:
            return error_response(
                ApiError(
                    405,
                    ErrorCode.method_not_allowed,
                    f"{request.method} is not allowed here; use {self.allow}.",
                    headers={"Allow": self.allow},
                ),
                request_id,
            )
        ctx = Ctx(request=request, services=self.services, op=binding.op, request_id=request_id)
        decision: Decision | None = None
        try:
            if binding.op.roles:
                principal = await self._authenticate(request)
                try:
                    # one statement charges the workspace's bucket and checks the key is not revoked
                    decision = await self.services.limiter.take_for_key(
                        principal.workspace_id, principal.key_id
                    )
                except KeyRevoked:
                    self.services.keys.forget(principal.key_id)
                    raise self._unauthenticated("The API key is invalid, revoked or expired.") from None
                ctx.principal = principal
                if not decision.allowed:
                    raise ApiError(
                        429,
                        ErrorCode.rate_limited,
                        f"The workspace's rate limit of {self.services.settings.rate_limit_per_minute} requests"
                        " per minute is exhausted.",
                        headers={"Retry-After": str(decision.retry_after)},
                    )
                if ctx.principal.role not in binding.op.roles:
                    raise ApiError(
                        403,
                        ErrorCode.forbidden,
                        f"The role `{ctx.principal.role}` may not call this operation; it needs one of "
                        f"{', '.join(binding.op.roles)}.",
                    )
            if binding.handler is None:
                raise ApiError(
                    501,
                    ErrorCode.not_implemented,
                    f"This server does not implement {binding.op.operation_id} yet.",
                )
            binding.inputs.parse_params(ctx)
            binding.resolve_cursor(ctx)
            if binding.inputs.has_body:
                await binding.inputs.parse_body(ctx)
            response = await self._run(binding, ctx)
        except ApiError as exc:
            response = error_response(exc, request_id)
            if self._should_audit(binding, ctx, exc.status):
                ctx.audit_metadata.setdefault("error_code", exc.code)
        except Exception:
            log.exception("unhandled error in %s (request %s)", binding.op.operation_id, request_id)
            response = error_response(internal_error(), request_id)
        if decision is not None:
            response.headers["RateLimit-Policy"] = decision.policy
            response.headers["RateLimit"] = decision.header
        if head:
            response = _without_body(response)
        if self._should_audit(binding, ctx, response.status_code):
            await self._audit(binding, ctx, response.status_code)
        self.services.metrics.requests.labels(binding.op.operation_id, str(response.status_code)).inc()
        return response

    async def _authenticate(self, request: Request) -> Principal:
        auth = request.headers.get("authorization")
        if not auth:
            raise self._unauthenticated("Send an API key as `Authorization: Bearer relay_sk_…`.")
        scheme, _, token = auth.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise self._unauthenticated("The Authorization header must be `Bearer relay_sk_…`.")
        try:
            principal = await self.services.keys.verify(
                token, request.client and request.client.host, check_revoked=False
            )
        except Throttled as exc:
            # A client still sending keys after being throttled is guessing, or ignoring Retry-After:
            # its answer waits a moment, so each of its connections costs the server one cheap answer a
            # second instead of thousands (the wait holds only this request, nothing else).
            await asyncio.sleep(THROTTLED_ANSWER_DELAY_SECONDS)
            raise ApiError(
                429,
                ErrorCode.rate_limited,
                f"{exc.reason} Retry after {exc.decision.retry_after} s.",
                headers={
                    "Retry-After": str(exc.decision.retry_after),
                    "RateLimit-Policy": exc.decision.policy,
                    "RateLimit": exc.decision.header,
                },
            ) from None
        if principal is None:
            raise self._unauthenticated("The API key is invalid, revoked or expired.")
        return principal

    def _unauthenticated(self, reason: str) -> ApiError:
        detail = reason
        settings = self.services.settings
        if settings.dev_mode:  # a local sandbox: say where its keys come from (never the key itself)
            detail += (
                f" This reference server saved the admin key it created to {credentials_path(settings.database)}"
                " (beside its database); `relay-server keys create --workspace ws_… --role admin` makes another."
            )
        return ApiError(
            401, ErrorCode.unauthenticated, detail, headers={"WWW-Authenticate": 'Bearer realm="relay"'}
        )

    async def _run(self, binding: OperationBinding, ctx: Ctx) -> Response:
        key = ctx.idempotency_key
        if key is None or ctx.principal is None:
            return await binding.invoke(ctx)
        store = self.services.idempotency
        ws = ctx.principal.workspace_id
        stored = await store.begin(ws, key, fingerprint(ctx.request.method, ctx.request.url.path, ctx.body))
        if stored is not None:
            body = stored.body if stored.body is not None else await self._rebuild(ws, stored.ref or "")
            if binding.replay_guard is not None and 200 <= stored.status < 300:
                refusal = await binding.replay_guard(self.services, ws, json.loads(body))
                if refusal is not None:
                    raise ApiError(409, ErrorCode.conflict, refusal)
            headers = dict(stored.headers)
            headers["Idempotent-Replayed"] = "true"
            ctx.audit_metadata["idempotent_replayed"] = True
            return Response(body, status_code=stored.status, headers=headers)
        try:
            response = await binding.invoke(ctx)
        except ApiError as exc:
            if ctx.execution_began:
                response = error_response(exc, ctx.request_id)
                await self._store(ws, key, response)
            else:
                await store.release(ws, key)
            raise
        except BaseException:
            if ctx.execution_began:
                await self._store(ws, key, error_response(internal_error(), ctx.request_id))
            else:
                await store.release(ws, key)
            raise
        if isinstance(response, StreamingResponse):  # a streamed reply (chat): kept once it completes
            response.body_iterator = self._store_when_complete(ws, key, response, response.body_iterator)
        elif response.status_code < 400 and ctx.execution_id is not None:
            # the response is the finished execution: the key keeps its id, a replay reads it again
            await self._store(ws, key, response, ref=ctx.execution_id)
        elif response.status_code < 400 or ctx.execution_began:
            await self._store(ws, key, response)
        else:
            await store.release(ws, key)
        return response

    async def _rebuild(self, workspace_id: str, execution_id: str) -> bytes:
        """The body of a stored execute response: its execution, as the response showed it (a finished
        execution never changes; retention keeps it longer than the key)."""
        execution = await executions.get(self.services.db, workspace_id, execution_id)
        if execution is None:
            raise ApiError(
                409,
                ErrorCode.conflict,
                f"The response of this Idempotency-Key was execution {execution_id}, which no longer exists.",
            )
        return dumps(execution)

    async def _store_when_complete(
        self, ws: str, key: str, response: StreamingResponse, body: AsyncIterable[str | bytes | memoryview]
    ) -> AsyncIterator[str | bytes | memoryview]:
        """Passes the stream through, keeping a copy: a stream that ran to its end is stored whole (a
        retry with the key replays it at once); one cut short (the client left) frees the key instead."""
        chunks: list[bytes] = []
        complete = False
        try:
            async for chunk in body:
                chunks.append(chunk.encode() if isinstance(chunk, str) else bytes(chunk))
                yield chunk
            complete = True
        finally:
            if complete:
                await self._store(ws, key, response, body=b"".join(chunks))
            else:
                await self.services.idempotency.release(ws, key)

    async def _store(
        self, ws: str, key: str, response: Response, ref: str | None = None, body: bytes | None = None
    ) -> None:
        """Keeps what a replay of ``response`` needs: its status and headers, and its body (``body``, else
        the response's own) — or, with ``ref``, the id of the execution it is rebuilt from."""
        headers = {k: v for k, v in response.headers.items() if k.lower() in _REPLAY_HEADERS}
        if ref is None and body is None:
            body = bytes(response.body) if hasattr(response, "body") else b""
        await self.services.idempotency.complete(ws, key, response.status_code, body, headers, ref)

    @staticmethod
    def _should_audit(binding: OperationBinding, ctx: Ctx, status: int) -> bool:
        return binding.mutating and ctx.principal is not None and ctx.audit and status != 429

    async def _audit(self, binding: OperationBinding, ctx: Ctx, status: int) -> None:
        outcome = "success" if status < 400 else "denied" if status in (401, 403) else "failure"
        metadata = dict(ctx.audit_metadata)
        if ctx.path:
            metadata.setdefault("path_params", ctx.path)
        if isinstance(ctx.body, dict):
            metadata.setdefault("request", ctx.body)
        try:
            await record(
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


def _without_body(response: Response) -> Response:
    """The answer to ``HEAD``: the ``GET`` response's status and headers, no body (a streamed body is
    not even produced)."""
    headers = dict(response.headers)
    if isinstance(response, StreamingResponse):
        headers.pop("content-length", None)
    head = Response(status_code=response.status_code, headers=headers)
    if "content-length" not in headers:
        del head.headers["content-length"]
    return head


def build_dispatchers(
    services: Services,
    operations: Sequence[OperationSpec],
    handlers: Mapping[str, Handler],
    replay_guards: Mapping[str, ReplayGuard] | None = None,
) -> list[PathDispatcher]:
    """One dispatcher per path; an operation without a handler answers 501 (see ``PathDispatcher``)."""
    guards = dict(replay_guards or {})
    unknown = sorted(set(handlers) - {op.operation_id for op in operations})
    if unknown:  # a handler for an operation the spec does not have: a bug in this package
        raise RuntimeError(f"handlers for operations the spec does not have: {', '.join(unknown)}")
    missing = [op.operation_id for op in operations if op.operation_id not in handlers]
    if missing:
        log.warning("no handler for %s: these operations answer 501 not_implemented", ", ".join(missing))
    dispatchers: dict[str, PathDispatcher] = {}
    for op in operations:
        d = dispatchers.setdefault(op.path, PathDispatcher(services, op.path))
        d.bindings[op.http_method.upper()] = OperationBinding(
            op, handlers.get(op.operation_id), guards.get(op.operation_id)
        )
    # static paths before templated ones so /v1/connections/authorize is not taken for an id
    return sorted(dispatchers.values(), key=lambda d: (d.path.count("{"), d.path))


def build_routes(dispatchers: Sequence[PathDispatcher]) -> list[Route]:
    """The same dispatchers as framework routes (what the app declares; ``FastRouter`` is the fast path)."""
    return [Route(d.path, endpoint=d, methods=None, include_in_schema=False) for d in dispatchers]
