"""The typed intermediate model every target renders from.

Targets never walk the raw spec for operation data: they read :class:`Api`. The raw document is
still reachable (``Api.document``) together with ``$ref`` helpers for targets that need schemas.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from relay_codegen.names import camel_case

JSON = Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF_PREFIX = "#/components/schemas/"
PARAMETER_REF_PREFIX = "#/components/parameters/"


@dataclass(frozen=True)
class Example:
    """A named example of a media type (``example`` alone is named ``default``)."""

    name: str
    value: JSON
    summary: str | None = None


@dataclass(frozen=True)
class MediaType:
    content_type: str
    schema: Mapping[str, JSON] | None  # as written in the spec (may be a $ref)
    schema_ref: str | None  # component schema name when ``schema`` is a $ref to one
    examples: tuple[Example, ...] = ()

    @property
    def is_json(self) -> bool:
        return is_json_content_type(self.content_type)


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # "path" | "query" | "header" | "cookie"
    required: bool
    schema: Mapping[str, JSON]  # $refs inlined
    description: str | None = None
    component: str | None = None  # name under components/parameters when referenced
    deprecated: bool = False
    example: JSON = None


@dataclass(frozen=True)
class RequestBody:
    required: bool
    contents: tuple[MediaType, ...]
    description: str | None = None

    @property
    def json(self) -> MediaType | None:
        return next((c for c in self.contents if c.is_json), None)


@dataclass(frozen=True)
class ResponseHeader:
    name: str
    required: bool
    schema: Mapping[str, JSON]
    description: str | None = None


@dataclass(frozen=True)
class Link:
    name: str
    operation_id: str | None
    parameters: Mapping[str, JSON]
    request_body: JSON = None
    description: str | None = None


@dataclass(frozen=True)
class Response:
    status: str  # "200", "404", "default"
    description: str
    contents: tuple[MediaType, ...] = ()
    headers: tuple[ResponseHeader, ...] = ()
    links: tuple[Link, ...] = ()
    component: str | None = None  # name under components/responses when referenced

    @property
    def status_code(self) -> int | None:
        return int(self.status) if self.status.isdigit() else None

    @property
    def is_success(self) -> bool:
        code = self.status_code
        return code is not None and 200 <= code < 300

    @property
    def json(self) -> MediaType | None:
        return next((c for c in self.contents if c.is_json), None)

    @property
    def content_types(self) -> tuple[str, ...]:
        return tuple(c.content_type for c in self.contents)


@dataclass(frozen=True)
class SdkNames:
    """How both SDKs spell a call: ``client.<resource>.<method>`` (ARCHITECTURE.md, "SDK names").

    Built once per operation (and per stream method) by :mod:`relay_codegen.build`; every target
    that names a call (the SDKs themselves, their docs, the Postman descriptions) reads it here.
    """

    python_resource: str  # api_keys
    python_method: str  # list_deliveries
    ts_resource: str  # apiKeys
    ts_method: str  # listDeliveries

    @classmethod
    def of(cls, resource: str, method: str) -> SdkNames:
        return cls(resource, method, camel_case(resource), camel_case(method))

    @property
    def python(self) -> str:
        return f"client.{self.python_resource}.{self.python_method}"

    @property
    def typescript(self) -> str:
        return f"client.{self.ts_resource}.{self.ts_method}"


@dataclass(frozen=True)
class PathPart:
    """A piece of an operation's path template: literal text, or a ``{parameter}``."""

    text: str  # the literal text, or the parameter's name
    is_param: bool


def path_parts(path: str) -> tuple[PathPart, ...]:
    """``/v1/actions/{action_id}/preview`` → ``/v1/actions/``, ``{action_id}``, ``/preview``."""
    parts: list[PathPart] = []
    rest = path
    while "{" in rest:
        before, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        if before:
            parts.append(PathPart(before, False))
        parts.append(PathPart(name, True))
    if rest:
        parts.append(PathPart(rest, False))
    return tuple(parts)


@dataclass(frozen=True)
class StreamEvent:
    name: str  # the SSE ``event:`` name
    schema_ref: str | None  # component schema of the event's ``data``
    schema: Mapping[str, JSON] | None = None


@dataclass(frozen=True)
class StreamInfo:
    """``x-relay-stream``: the SDK stream method, the request flag, and the SSE events."""

    method_name: str
    request_flag: str | None
    content_type: str
    events: tuple[StreamEvent, ...]
    union_schema_ref: str | None  # e.g. ChatStreamEvent (discriminated union of the events)
    raw: Mapping[str, JSON]
    sdk: SdkNames  # the stream method's call, e.g. client.chat.stream


@dataclass(frozen=True)
class McpOptions:
    """``x-relay-mcp``: whether the operation is an MCP tool, and the hints HTTP cannot tell.

    ``false`` in the spec → ``tool=False``. A mapping may set ``read_only`` (a non-GET that changes
    nothing a human must approve, e.g. a preview), ``destructive`` / ``idempotent`` (override what
    the HTTP method implies) and ``confirmed_by`` (the operation whose response, through its link to
    this one, supplies this operation's input: the tool takes that operation's input instead).
    """

    tool: bool = True
    read_only: bool | None = None
    destructive: bool | None = None
    idempotent: bool | None = None
    confirmed_by: str | None = None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    resource: str  # the tag, snake_case
    method_name: str  # operation_id without the "<tag>_" prefix
    http_method: str  # upper case
    path: str
    tag: str
    summary: str
    description: str
    roles: tuple[str, ...]  # () = unauthenticated
    authenticated: bool
    params: tuple[Param, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    paginated: bool
    idempotency_key: bool
    stream: StreamInfo | None
    sdk: SdkNames
    deprecated: bool = False
    pointer: str = ""
    mcp: McpOptions = McpOptions()
    errors: tuple[str, ...] = ()  # x-relay-errors: every ErrorCode it can return (errorcodes.py)

    @property
    def path_parts(self) -> tuple[PathPart, ...]:
        return path_parts(self.path)

    def param(self, name: str, location: str = "path") -> Param:
        for p in self.params:
            if p.name == name and p.location == location:
                return p
        raise KeyError(f"{self.operation_id}: no {location} parameter {name!r}")

    @property
    def success_response(self) -> Response | None:
        return next((r for r in self.responses if r.is_success), None)

    @property
    def success_status(self) -> int:
        resp = self.success_response
        code = resp.status_code if resp is not None else None
        return code if code is not None else 200

    @property
    def error_responses(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.status_code is not None and not r.is_success)

    @property
    def error_statuses(self) -> tuple[int, ...]:
        return tuple(sorted({r.status_code for r in self.error_responses if r.status_code}))

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(link for r in self.responses for link in r.links)

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def header_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "header")

    @property
    def raw_response(self) -> bool:
        """True when the success response has content but none of it is JSON."""
        resp = self.success_response
        return bool(resp and resp.contents and resp.json is None)


@dataclass(frozen=True)
class Resource:
    name: str  # the tag: the Python client's attribute
    description: str
    operations: tuple[Operation, ...]
    display_name: str = ""  # the tag's x-displayName: what people read (navigation, page titles)

    @property
    def title(self) -> str:
        return self.display_name or self.name.replace("_", " ").capitalize()

    @property
    def ts_name(self) -> str:
        """The TypeScript client's attribute (every operation's ``sdk.ts_resource``)."""
        return self.operations[0].sdk.ts_resource if self.operations else camel_case(self.name)


@dataclass(frozen=True)
class Webhook:
    name: str  # the key under ``webhooks:`` (the event type, e.g. execution.succeeded)
    http_method: str
    operation_id: str | None
    summary: str
    description: str
    request_body: RequestBody | None


@dataclass(frozen=True)
class ErrorCodeDoc:
    """One value of the ``ErrorCode`` schema, with the status and cause its description gives."""

    code: str
    status: int
    cause: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    servers: tuple[Mapping[str, JSON], ...]
    operations: tuple[Operation, ...]  # in spec order
    resources: tuple[Resource, ...]  # in tag order (spec ``tags:`` first, then first use)
    webhooks: tuple[Webhook, ...]
    schemas: Mapping[str, Mapping[str, JSON]]  # components/schemas as written
    document: Mapping[str, JSON] = field(repr=False)
    error_codes: tuple[ErrorCodeDoc, ...] = ()  # from components/schemas/ErrorCode, in enum order

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    def resolve(self, ref: str) -> JSON:
        return resolve_ref(self.document, ref)

    def inline(self, node: JSON) -> JSON:
        return inline_refs(self.document, node)

    def with_defs(self, schema: JSON) -> JSON:
        """An inlined ``schema`` made to stand alone: the component schemas its recursive ``$ref``s
        still name are added under ``$defs`` (themselves inlined, recursion kept as ``$ref``) and the
        ``$ref``s point there (``#/$defs/Name``). A schema without ``$ref`` is returned as it is."""
        pending = _component_refs(schema)
        defs: dict[str, JSON] = {}
        while pending:
            name = pending.pop()
            if name in defs:
                continue
            ref = SCHEMA_REF_PREFIX + name
            defs[name] = inline_refs(self.document, resolve_ref(self.document, ref), (ref,))
            pending |= _component_refs(defs[name]) - set(defs)
        if not defs or not isinstance(schema, Mapping):
            return schema
        out = dict(_retarget(schema))
        out["$defs"] = {name: _retarget(defs[name]) for name in sorted(defs)}
        return out


def is_json_content_type(content_type: str) -> bool:
    base = content_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def resolve_ref(document: Mapping[str, JSON], ref: str) -> JSON:
    """Resolve a local ``#/...`` JSON pointer."""
    if not ref.startswith("#"):
        raise KeyError(f"only local $refs are supported: {ref}")
    node: JSON = document
    for raw in ref[1:].split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping):
            node = node[part]
        elif isinstance(node, list):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node


def deref(document: Mapping[str, JSON], node: JSON) -> JSON:
    """Follow ``$ref`` chains at the top of ``node`` (not inside it)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise KeyError(f"$ref cycle at {ref}")
        seen.add(ref)
        node = resolve_ref(document, ref)
    return node


def inline_refs(document: Mapping[str, JSON], node: JSON, _stack: tuple[str, ...] = ()) -> JSON:
    """Return a deep copy of ``node`` with every local $ref replaced by its target.

    A recursive reference (a schema that contains itself) is left as a ``$ref``.
    Sibling keywords next to a ``$ref`` (allowed in 3.1) are merged over the target.
    """
    if isinstance(node, Mapping):
        if "$ref" in node and isinstance(node["$ref"], str):
            ref = node["$ref"]
            if ref in _stack:
                return dict(node)
            target = inline_refs(document, resolve_ref(document, ref), (*_stack, ref))
            siblings = {k: inline_refs(document, v, _stack) for k, v in node.items() if k != "$ref"}
            if isinstance(target, dict):
                return {**target, **siblings}
            return target
        return {k: inline_refs(document, v, _stack) for k, v in node.items()}
    if isinstance(node, list):
        return [inline_refs(document, v, _stack) for v in node]
    return copy.deepcopy(node)


def schema_refs(node: JSON) -> list[str]:
    """The component schemas ``node`` names with a ``$ref`` (not following them), in order, once."""
    found: list[str] = []

    def walk(value: JSON) -> None:
        if isinstance(value, Mapping):
            name = schema_ref_name(value)
            if name is not None and name not in found:
                found.append(name)
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(node)
    return found


def schema_ref_name(schema: JSON) -> str | None:
    """The component name if ``schema`` is exactly a $ref to components/schemas."""
    if isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        ref: str = schema["$ref"]
        if ref.startswith(SCHEMA_REF_PREFIX):
            return ref[len(SCHEMA_REF_PREFIX) :]
    return None


def _component_refs(node: JSON) -> set[str]:
    """The component schema names of the ``$ref``s left in ``node``."""
    if isinstance(node, Mapping):
        own = schema_ref_name(node)
        found = {own} if own else set()
        for value in node.values():
            found |= _component_refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_component_refs(v) for v in node)) if node else set()
    return set()


def _retarget(node: JSON) -> JSON:
    """``node`` with ``#/components/schemas/X`` references pointed at ``#/$defs/X``."""
    if isinstance(node, Mapping):
        name = schema_ref_name(node)
        out = {k: _retarget(v) for k, v in node.items()}
        if name is not None:
            out["$ref"] = "#/$defs/" + name
        return out
    if isinstance(node, list):
        return [_retarget(v) for v in node]
    return node
