"""Build the intermediate model from a validated spec document, collecting diagnostics.

The spec conventions checked here are the ones in ARCHITECTURE.md ("Spec conventions"): they are
what lets every target derive SDK names, roles, pagination, idempotency and streaming from the spec
alone. A violation is a diagnostic (collected, never raised); errors stop generation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from relay_codegen import errorcodes
from relay_codegen.diagnostics import Diagnostics, pointer
from relay_codegen.ir import (
    HTTP_METHODS,
    JSON,
    PARAMETER_REF_PREFIX,
    Api,
    ErrorCodeDoc,
    Example,
    Link,
    McpOptions,
    MediaType,
    Operation,
    Param,
    RequestBody,
    Resource,
    Response,
    ResponseHeader,
    SdkNames,
    StreamEvent,
    StreamInfo,
    Webhook,
    deref,
    inline_refs,
    schema_ref_name,
)

KNOWN_ROLES = ("admin", "developer", "viewer")
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
PAGINATION_PARAMS = ("limit", "after")
PAGINATION_FIELDS = ("data", "has_more", "next_cursor")
IDEMPOTENCY_HEADER = "idempotency-key"
SSE_CONTENT_TYPE = "text/event-stream"
# ErrorCode's description documents each code on a line "- `code` (status): cause".
ERROR_CODE_SCHEMA = "ErrorCode"
ERROR_CODE_LINE = re.compile(r"^- `([a-z_]+)` \((\d{3})\): (.+)$")
MCP_HINTS = ("read_only", "destructive", "idempotent")


def build_api(document: Mapping[str, JSON]) -> tuple[Api, Diagnostics]:
    builder = _Builder(document)
    api = builder.build()
    return api, builder.diagnostics


class _Builder:
    def __init__(self, document: Mapping[str, JSON]) -> None:
        self.doc = document
        self.diagnostics = Diagnostics()

    # -- helpers ---------------------------------------------------------------------------

    def deref(self, node: JSON, where: str) -> JSON:
        try:
            return deref(self.doc, node)
        except (KeyError, IndexError, ValueError) as exc:
            self.diagnostics.error(where, "unresolved-ref", f"cannot resolve $ref: {exc}")
            return {}

    def inline(self, node: JSON, where: str) -> JSON:
        try:
            return inline_refs(self.doc, node)
        except (KeyError, IndexError, ValueError) as exc:
            self.diagnostics.error(where, "unresolved-ref", f"cannot resolve $ref: {exc}")
            return {}

    def examples(self, media: Mapping[str, JSON], where: str) -> tuple[Example, ...]:
        out: list[Example] = []
        if "example" in media:
            out.append(Example("default", media["example"]))
        for name, ex in (media.get("examples") or {}).items():
            resolved = self.deref(ex, f"{where}/examples/{name}")
            if isinstance(resolved, Mapping) and "value" in resolved:
                out.append(Example(str(name), resolved["value"], resolved.get("summary")))
        return tuple(out)

    def contents(self, content: Mapping[str, JSON] | None, where: str) -> tuple[MediaType, ...]:
        out: list[MediaType] = []
        for ctype, media in (content or {}).items():
            media = media or {}
            schema = media.get("schema")
            out.append(
                MediaType(
                    content_type=str(ctype),
                    schema=schema,
                    schema_ref=schema_ref_name(schema),
                    examples=self.examples(media, f"{where}/{pointer(str(ctype))[1:]}"),
                )
            )
        return tuple(out)

    # -- build -----------------------------------------------------------------------------

    def build(self) -> Api:
        info = self.doc.get("info") or {}
        global_security = self.doc.get("security")
        operations: list[Operation] = []
        for path, item in (self.doc.get("paths") or {}).items():
            item_ptr = pointer("paths", str(path))
            item = self.deref(item, item_ptr)
            shared_params = item.get("parameters") or []
            for method in HTTP_METHODS:
                if method in item:
                    op = self.operation(str(path), method, item[method], shared_params, global_security)
                    if op is not None:
                        operations.append(op)
        seen: dict[str, str] = {}
        for op in operations:
            if op.operation_id in seen:
                self.diagnostics.error(
                    op.pointer,
                    "duplicate-operation-id",
                    f"operationId {op.operation_id!r} is also used at {seen[op.operation_id]}",
                )
            seen[op.operation_id] = op.pointer
        self.check_links(operations)
        self.check_secret_markers(self.doc.get("components") or {}, pointer("components"))
        error_codes = self.error_codes()
        for op in operations:
            errorcodes.check(op, {e.code: e for e in error_codes}, self.diagnostics)
        return Api(
            title=str(info.get("title", "")),
            version=str(info.get("version", "")),
            description=str(info.get("description", "")),
            servers=tuple(self.doc.get("servers") or ()),
            operations=tuple(operations),
            resources=self.resources(operations),
            webhooks=self.webhooks(),
            schemas=dict((self.doc.get("components") or {}).get("schemas") or {}),
            document=self.doc,
            error_codes=error_codes,
        )

    def resources(self, operations: list[Operation]) -> tuple[Resource, ...]:
        descriptions: dict[str, str] = {}
        display_names: dict[str, str] = {}
        order: list[str] = []
        for tag in self.doc.get("tags") or []:
            name = str(tag.get("name"))
            descriptions[name] = str(tag.get("description", ""))
            display_names[name] = str(tag.get("x-displayName") or "")
            order.append(name)
        for op in operations:
            if op.resource not in order:
                order.append(op.resource)
        out = []
        for name in order:
            ops = tuple(op for op in operations if op.resource == name)
            if ops:
                out.append(Resource(name, descriptions.get(name, ""), ops, display_names.get(name, "")))
        return tuple(out)

    def operation(
        self,
        path: str,
        method: str,
        raw: Mapping[str, JSON],
        shared_params: list[JSON],
        global_security: JSON,
    ) -> Operation | None:
        where = pointer("paths", path, method)
        d = self.diagnostics
        operation_id = raw.get("operationId")
        if not operation_id:
            d.error(where, "missing-operation-id", "operation has no operationId")
            return None
        operation_id = str(operation_id)
        if not SNAKE_CASE.match(operation_id):
            d.error(where, "operation-id-case", f"operationId {operation_id!r} is not snake_case")
        tags = raw.get("tags") or []
        if len(tags) != 1:
            d.error(where, "one-tag", f"{operation_id}: expected exactly one tag, got {len(tags)}")
        tag = str(tags[0]) if tags else operation_id.split("_", 1)[0]
        if not SNAKE_CASE.match(tag):
            d.error(where, "tag-case", f"{operation_id}: tag {tag!r} is not snake_case")
        if operation_id.startswith(tag + "_") and len(operation_id) > len(tag) + 1:
            method_name = operation_id[len(tag) + 1 :]
        else:
            d.error(
                where,
                "operation-id-convention",
                f"operationId {operation_id!r} must be '<tag>_<method>' with tag {tag!r}",
            )
            method_name = operation_id
        summary = str(raw.get("summary") or "")
        description = str(raw.get("description") or "")
        if not summary:
            d.warning(where, "missing-summary", f"{operation_id}: no summary")

        # security and roles
        security = raw.get("security", global_security)
        authenticated = bool(security) and all(bool(req) for req in security)
        roles_raw = raw.get("x-relay-roles")
        roles: tuple[str, ...] = ()
        if authenticated:
            if not roles_raw:
                d.error(where, "missing-roles", f"{operation_id}: authenticated but no x-relay-roles")
            else:
                roles = tuple(str(r) for r in roles_raw)
                unknown = [r for r in roles if r not in KNOWN_ROLES]
                if unknown:
                    d.error(where, "unknown-role", f"{operation_id}: unknown roles {unknown}")
                missing_in_text = [r for r in roles if r not in description]
                if missing_in_text:
                    d.warning(
                        where,
                        "roles-not-described",
                        f"{operation_id}: description does not mention roles {missing_in_text}",
                    )
        elif roles_raw:
            d.error(where, "roles-unauthenticated", f"{operation_id}: x-relay-roles on an open operation")

        params = self.params(shared_params, raw.get("parameters") or [], where)
        request_body = None
        if "requestBody" in raw:
            rb_where = where + "/requestBody"
            rb = self.deref(raw["requestBody"], rb_where)
            request_body = RequestBody(
                required=bool(rb.get("required", False)),
                contents=self.contents(rb.get("content"), rb_where + "/content"),
                description=rb.get("description"),
            )
            for media in request_body.contents:
                if media.is_json and media.schema_ref is None:
                    d.error(
                        rb_where,
                        "inline-request-schema",
                        f"{operation_id}: JSON request body schema must be a $ref to "
                        "#/components/schemas so every generator names it the same",
                    )
        responses = self.responses(raw.get("responses") or {}, where, operation_id)
        if not any(r.is_success for r in responses):
            d.error(where, "no-success-response", f"{operation_id}: no 2xx response")
        elif sum(r.is_success for r in responses) > 1:
            d.warning(where, "several-success", f"{operation_id}: more than one 2xx response")

        paginated = self.pagination(raw, params, responses, where, operation_id, method_name)
        idempotency_key = any(p.location == "header" and p.name.lower() == IDEMPOTENCY_HEADER for p in params)
        if idempotency_key and method.upper() != "POST":
            d.error(where, "idempotency-method", f"{operation_id}: Idempotency-Key on non-POST")
        stream = self.stream(raw.get("x-relay-stream"), tag, request_body, responses, where)
        mcp = self.mcp(raw.get("x-relay-mcp", True), method, where, operation_id)

        return Operation(
            operation_id=operation_id,
            resource=tag,
            method_name=method_name,
            http_method=method.upper(),
            path=path,
            tag=tag,
            summary=summary,
            description=description,
            roles=roles,
            authenticated=authenticated,
            params=params,
            request_body=request_body,
            responses=responses,
            paginated=paginated,
            idempotency_key=idempotency_key,
            stream=stream,
            sdk=SdkNames.of(tag, method_name),
            deprecated=bool(raw.get("deprecated", False)),
            pointer=where,
            mcp=mcp,
            errors=errorcodes.parse(
                raw.get("x-relay-errors"), where, operation_id, d, expected=self.has_error_code_schema
            ),
        )

    def params(self, shared: list[JSON], own: list[JSON], where: str) -> tuple[Param, ...]:
        merged: dict[tuple[str, str], Param] = {}
        for i, raw in enumerate([*shared, *own]):
            p_where = f"{where}/parameters/{i}"
            component = None
            if isinstance(raw, Mapping) and str(raw.get("$ref", "")).startswith(PARAMETER_REF_PREFIX):
                component = str(raw["$ref"])[len(PARAMETER_REF_PREFIX) :]
            p = self.deref(raw, p_where)
            if not p:
                continue
            param = Param(
                name=str(p["name"]),
                location=str(p["in"]),
                required=bool(p.get("required", p.get("in") == "path")),
                schema=self.inline(p.get("schema") or {}, p_where),
                description=p.get("description"),
                component=component,
                deprecated=bool(p.get("deprecated", False)),
                example=p.get("example"),
            )
            merged[(param.location, param.name)] = param
        return tuple(merged.values())

    def responses(self, raw: Mapping[str, JSON], where: str, operation_id: str) -> tuple[Response, ...]:
        out: list[Response] = []
        for status, resp_raw in raw.items():
            r_where = f"{where}/responses/{status}"
            component = None
            if isinstance(resp_raw, Mapping) and "$ref" in resp_raw:
                component = str(resp_raw["$ref"]).rsplit("/", 1)[-1]
            resp = self.deref(resp_raw, r_where)
            headers = []
            for h_name, h_raw in (resp.get("headers") or {}).items():
                h = self.deref(h_raw, f"{r_where}/headers/{h_name}")
                headers.append(
                    ResponseHeader(
                        name=str(h_name),
                        required=bool(h.get("required", False)),
                        schema=self.inline(h.get("schema") or {}, r_where),
                        description=h.get("description"),
                    )
                )
            links = []
            for l_name, l_raw in (resp.get("links") or {}).items():
                link = self.deref(l_raw, f"{r_where}/links/{l_name}")
                links.append(
                    Link(
                        name=str(l_name),
                        operation_id=link.get("operationId"),
                        parameters=dict(link.get("parameters") or {}),
                        request_body=link.get("requestBody"),
                        description=link.get("description"),
                    )
                )
            response = Response(
                status=str(status),
                description=str(resp.get("description", "")),
                contents=self.contents(resp.get("content"), r_where + "/content"),
                headers=tuple(headers),
                links=tuple(links),
                component=component,
            )
            if response.is_success:
                for media in response.contents:
                    if media.is_json and media.schema_ref is None:
                        self.diagnostics.error(
                            r_where,
                            "inline-response-schema",
                            f"{operation_id}: JSON success schema must be a $ref to #/components/schemas",
                        )
            out.append(response)
        return tuple(out)

    def mcp(self, raw: JSON, method: str, where: str, operation_id: str) -> McpOptions:
        """``x-relay-mcp``: ``false`` (no MCP tool) or a mapping of hints (see :class:`McpOptions`)."""
        m_where = where + "/x-relay-mcp"
        d = self.diagnostics
        if raw is False:
            return McpOptions(tool=False)
        options = McpOptions()
        if isinstance(raw, Mapping):
            unknown = sorted(set(raw) - {*MCP_HINTS, "confirmed_by"})
            if unknown:
                d.error(m_where, "mcp-shape", f"{operation_id}: unknown x-relay-mcp keys {unknown}")
            hints = {k: raw[k] for k in MCP_HINTS if k in raw}
            for key, value in hints.items():
                if not isinstance(value, bool):
                    d.error(m_where, "mcp-shape", f"{operation_id}: x-relay-mcp {key} must be a boolean")
            confirmed_by = raw.get("confirmed_by")
            if confirmed_by is not None and not isinstance(confirmed_by, str):
                d.error(
                    m_where, "mcp-shape", f"{operation_id}: x-relay-mcp confirmed_by must name an operation"
                )
                confirmed_by = None
            if hints.get("read_only") and method.upper() in ("PUT", "PATCH", "DELETE"):
                d.error(m_where, "mcp-read-only", f"{operation_id}: a {method.upper()} cannot be read_only")
            options = McpOptions(
                read_only=_bool_or_none(hints.get("read_only")),
                destructive=_bool_or_none(hints.get("destructive")),
                idempotent=_bool_or_none(hints.get("idempotent")),
                confirmed_by=confirmed_by,
            )
        elif raw is not True:
            d.error(m_where, "mcp-shape", f"{operation_id}: x-relay-mcp must be false or a mapping of hints")
        return options

    def pagination(
        self,
        raw: Mapping[str, JSON],
        params: tuple[Param, ...],
        responses: tuple[Response, ...],
        where: str,
        operation_id: str,
        method_name: str,
    ) -> bool:
        d = self.diagnostics
        marker = raw.get("x-relay-pagination")
        names = {p.name for p in params if p.location == "query"}
        is_list = method_name == "list" or method_name.startswith("list_")
        if marker is None:
            if is_list:
                d.error(
                    where,
                    "list-without-pagination",
                    f"{operation_id}: list operation without x-relay-pagination: cursor",
                )
            return False
        if marker != "cursor":
            d.error(where, "pagination-style", f"{operation_id}: x-relay-pagination must be cursor")
        missing = [n for n in PAGINATION_PARAMS if n not in names]
        if missing:
            d.error(
                where,
                "pagination-params",
                f"{operation_id}: paginated operation lacks query parameters {missing}",
            )
        success = next((r for r in responses if r.is_success), None)
        media = success.json if success else None
        schema = self.inline(media.schema, where) if media and media.schema else {}
        props = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
        absent = [f for f in PAGINATION_FIELDS if f not in props]
        if absent:
            d.error(
                where,
                "pagination-envelope",
                f"{operation_id}: paginated response lacks envelope fields {absent}",
            )
        return True

    def stream(
        self,
        raw: JSON,
        resource: str,
        request_body: RequestBody | None,
        responses: tuple[Response, ...],
        where: str,
    ) -> StreamInfo | None:
        if raw is None:
            return None
        s_where = where + "/x-relay-stream"
        d = self.diagnostics
        if not isinstance(raw, Mapping):
            d.error(s_where, "stream-shape", "x-relay-stream must be a mapping")
            return None
        method_name = raw.get("method") or raw.get("sdk_method") or raw.get("method_name")
        if not method_name:
            d.error(s_where, "stream-method", "x-relay-stream names no SDK method ('method')")
        flag = raw.get("request_flag") or raw.get("flag") or raw.get("request_field")
        if flag and request_body is not None and request_body.json is not None:
            body_schema = self.inline(request_body.json.schema or {}, s_where)
            if flag not in (body_schema.get("properties") or {}):
                d.error(s_where, "stream-flag", f"request body has no property {flag!r}")
        content_type = str(raw.get("content_type") or SSE_CONTENT_TYPE)
        success = next((r for r in responses if r.is_success), None)
        if success is None or content_type not in success.content_types:
            d.error(s_where, "stream-content-type", f"success response does not offer {content_type}")
        events: list[StreamEvent] = []
        raw_events = raw.get("events") or {}
        items: list[tuple[str, JSON]]
        if isinstance(raw_events, Mapping):
            items = [(str(k), v) for k, v in raw_events.items()]
        else:
            items = [
                (str(e.get("name") or e.get("event")), e.get("schema") or e)
                for e in raw_events
                if isinstance(e, Mapping)
            ]
        for name, schema in items:
            if isinstance(schema, Mapping) and "schema" in schema:
                schema = schema["schema"]
            ref = schema_ref_name(schema)
            if ref is None:
                d.error(s_where, "stream-event-schema", f"event {name!r}: data schema must be a $ref")
            events.append(StreamEvent(name, ref, schema if isinstance(schema, Mapping) else None))
        if not events:
            d.error(s_where, "stream-events", "x-relay-stream lists no events")
        union = raw.get("schema") or raw.get("union") or raw.get("event_schema")
        return StreamInfo(
            method_name=str(method_name or "stream"),
            request_flag=str(flag) if flag else None,
            content_type=content_type,
            events=tuple(events),
            union_schema_ref=schema_ref_name(union) if union else None,
            raw=dict(raw),
            sdk=SdkNames.of(resource, str(method_name or "stream")),
        )

    @property
    def has_error_code_schema(self) -> bool:
        return ERROR_CODE_SCHEMA in ((self.doc.get("components") or {}).get("schemas") or {})

    def error_codes(self) -> tuple[ErrorCodeDoc, ...]:
        """The ``ErrorCode`` values with the status and cause its description documents for each."""
        schema = ((self.doc.get("components") or {}).get("schemas") or {}).get(ERROR_CODE_SCHEMA)
        if not isinstance(schema, Mapping):
            return ()
        where = pointer("components", "schemas", ERROR_CODE_SCHEMA)
        described: dict[str, tuple[int, str]] = {}
        for line in str(schema.get("description", "")).splitlines():
            match = ERROR_CODE_LINE.match(line.strip())
            if match:
                described[match.group(1)] = (int(match.group(2)), match.group(3).strip())
        out = []
        for code in schema.get("enum") or ():
            if code in described:
                out.append(ErrorCodeDoc(str(code), *described[code]))
            else:
                self.diagnostics.error(
                    where,
                    "error-code-undocumented",
                    f"ErrorCode {code!r} has no line '- `{code}` (<status>): <cause>' in its description",
                )
        return tuple(out)

    def check_links(self, operations: list[Operation]) -> None:
        ids = {op.operation_id for op in operations}
        by_id = {op.operation_id: op for op in operations}
        for op in operations:
            confirmer = by_id.get(op.mcp.confirmed_by or "")
            if op.mcp.confirmed_by and (
                confirmer is None or not any(link.operation_id == op.operation_id for link in confirmer.links)
            ):
                self.diagnostics.error(
                    op.pointer + "/x-relay-mcp",
                    "mcp-confirmed-by",
                    f"{op.operation_id}: confirmed_by {op.mcp.confirmed_by!r} must name an operation whose "
                    f"success response links to {op.operation_id}",
                )
            for link in op.links:
                if link.operation_id and link.operation_id not in ids:
                    self.diagnostics.error(
                        op.pointer,
                        "link-target",
                        f"{op.operation_id}: link {link.name!r} targets unknown operation "
                        f"{link.operation_id!r}",
                    )

    def check_secret_markers(self, node: JSON, where: str) -> None:
        """``x-relay-secret: true`` marks a schema property whose value never reaches an agent."""
        if isinstance(node, Mapping):
            if "x-relay-secret" in node and node["x-relay-secret"] is not True:
                self.diagnostics.error(where, "secret-marker", "x-relay-secret must be true (or absent)")
            for key, value in node.items():
                self.check_secret_markers(value, f"{where}/{pointer(str(key))[1:]}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.check_secret_markers(value, f"{where}/{i}")

    def webhooks(self) -> tuple[Webhook, ...]:
        out: list[Webhook] = []
        for name, item in (self.doc.get("webhooks") or {}).items():
            w_where = pointer("webhooks", str(name))
            item = self.deref(item, w_where)
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                raw: Mapping[str, Any] = item[method]
                rb = None
                if "requestBody" in raw:
                    body = self.deref(raw["requestBody"], w_where)
                    rb = RequestBody(
                        required=bool(body.get("required", False)),
                        contents=self.contents(body.get("content"), w_where),
                        description=body.get("description"),
                    )
                out.append(
                    Webhook(
                        name=str(name),
                        http_method=method.upper(),
                        operation_id=raw.get("operationId"),
                        summary=str(raw.get("summary") or ""),
                        description=str(raw.get("description") or ""),
                        request_body=rb,
                    )
                )
        return tuple(out)


def _bool_or_none(value: JSON) -> bool | None:
    return value if isinstance(value, bool) else None
