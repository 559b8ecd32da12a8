"""Target ``ts-sdk``: the generated half of ``@relay/sdk-js`` (``sdk-ts/src/generated/``).

Writes a TypeScript type for every component schema (wire field names kept, string-literal unions
for enums, discriminated unions for ``oneOf`` + ``discriminator``), one resource class per tag with
camelCase methods, and the ``Relay`` client wiring them over the hand-written runtime in
``sdk-ts/src/core/``. Nothing here is hand-edited: adding an operation to the spec is enough.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from relay_codegen.diagnostics import Diagnostics, GenerationError
from relay_codegen.ir import SCHEMA_REF_PREFIX, Api, Operation, Param, schema_ref_name
from relay_codegen.render import camel_case, pascal_case
from relay_codegen.targets.base import Context, GeneratedFile

TS_SDK_ROOT = "sdk-ts/src/generated"
IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
TS_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
# Names the runtime already uses on the client (a resource may not shadow them).
RESERVED_CLIENT_MEMBERS = frozenset(
    {"webhooks", "baseURL", "timeout", "maxRetries", "withOptions", "request", "buildURL", "defaults"}
)


def ts_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def ts_key(name: str) -> str:
    return name if IDENTIFIER.match(name) else ts_string(name)


def ts_literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return ts_string(value)
    return "unknown"


def jsdoc(text: str | None, indent: str = "") -> str:
    """A JSDoc block (newline-terminated), or "" when there is no text."""
    if not text or not text.strip():
        return ""
    lines = [ln.rstrip().replace("*/", "*\\/") for ln in text.strip().splitlines()]
    if len(lines) == 1:
        return f"{indent}/** {lines[0]} */\n"
    body = "".join(f"{indent} *{' ' + ln if ln else ''}\n" for ln in lines)
    return f"{indent}/**\n{body}{indent} */\n"


def _ref_name(ref: str) -> str:
    if not ref.startswith(SCHEMA_REF_PREFIX):
        raise ValueError(f"unsupported $ref {ref}")
    return pascal_case(ref[len(SCHEMA_REF_PREFIX) :])


def ref_of(node: Any) -> str | None:
    """Component schema name from a ``{$ref}`` mapping or a bare ``#/components/schemas/X`` string."""
    if isinstance(node, str) and node.startswith(SCHEMA_REF_PREFIX):
        return node[len(SCHEMA_REF_PREFIX) :]
    return schema_ref_name(node)


class TypeRenderer:
    """JSON Schema (OpenAPI 3.1 subset used by the spec) → TypeScript type expressions."""

    def __init__(self, api: Api) -> None:
        self.api = api

    def render(self, schema: Any, indent: str = "") -> str:
        if schema is True or schema is None or schema == {}:
            return "unknown"
        if schema is False:
            return "never"
        if not isinstance(schema, Mapping):
            return "unknown"
        if "$ref" in schema:
            return _ref_name(str(schema["$ref"]))
        if "const" in schema:
            return ts_literal(schema["const"])
        if "enum" in schema:
            return " | ".join(ts_literal(v) for v in schema["enum"])
        for key in ("oneOf", "anyOf"):
            if key in schema:
                parts = _unique([self.render(s, indent) for s in schema[key]])
                return " | ".join(_paren(p) for p in parts)
        if "allOf" in schema:
            parts = _unique([self.render(s, indent) for s in schema["allOf"]])
            return " & ".join(_paren(p) for p in parts)
        type_ = schema.get("type")
        if isinstance(type_, list):
            parts = _unique([self.render({**schema, "type": t}, indent) for t in type_])
            return " | ".join(_paren(p) for p in parts)
        if type_ == "string":
            return "string"
        if type_ in ("integer", "number"):
            return "number"
        if type_ == "boolean":
            return "boolean"
        if type_ == "null":
            return "null"
        if type_ == "array":
            item = self.render(schema.get("items"), indent)
            return f"Array<{item}>"
        if type_ == "object" or "properties" in schema:
            return self.object_literal(schema, indent)
        return "unknown"

    def object_literal(self, schema: Mapping[str, Any], indent: str) -> str:
        props: Mapping[str, Any] = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        if not props:
            if extra is False:
                return "Record<string, never>"
            if isinstance(extra, Mapping) and extra:
                return f"Record<string, {self.render(extra, indent)}>"
            return "Record<string, unknown>"
        return "{\n" + self.members(schema, indent + "  ") + indent + "}"

    def members(self, schema: Mapping[str, Any], indent: str) -> str:
        props: Mapping[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        out = []
        for name, prop in props.items():
            doc = prop.get("description") if isinstance(prop, Mapping) else None
            optional = "" if name in required else "?"
            out.append(
                f"{jsdoc(doc, indent)}{indent}{ts_key(name)}{optional}: {self.render(prop, indent)};\n"
            )
        extra = schema.get("additionalProperties")
        if extra is True or (isinstance(extra, Mapping) and extra):
            value = "unknown" if extra is True else self.render(extra, indent)
            out.append(f"{indent}[key: string]: {value};\n")
        return "".join(out)


def _paren(expr: str) -> str:
    return f"({expr})" if (" | " in expr or " & " in expr) and not expr.startswith("{") else expr


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


@dataclass(frozen=True)
class SchemaView:
    name: str
    doc: str
    kind: str  # "interface" | "alias"
    body: str  # interface members, or the alias's type expression


@dataclass(frozen=True)
class ParamField:
    name: str
    type: str
    required: bool
    doc: str


@dataclass(frozen=True)
class MethodView:
    name: str  # camelCase method
    operation_id: str
    http_method: str  # lower case
    path_template: str  # a TS template literal body
    path_args: tuple[tuple[str, str], ...]  # (ts name, doc)
    params_type: str | None
    params_required: bool
    params_base: str | None  # the request body schema type the params extend
    query_fields: tuple[ParamField, ...]
    query_names: tuple[str, ...]
    has_body: bool
    return_type: str
    kind: str  # "json" | "list" | "binary" | "stream-send"
    item_type: str | None
    idempotent: bool
    no_auth: bool
    doc: str
    stream_method: str | None
    stream_flag: str | None
    stream_event_type: str | None
    body_params_exclude: tuple[str, ...]


@dataclass(frozen=True)
class ResourceView:
    class_name: str
    property_name: str
    file_stem: str
    doc: str
    methods: tuple[MethodView, ...]
    imports: tuple[str, ...]


class TsSdkTarget:
    name: ClassVar[str] = "ts-sdk"
    root: ClassVar[str] = TS_SDK_ROOT
    description: ClassVar[str] = "TypeScript SDK types, resource classes and Relay client"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        api = ctx.api
        diagnostics = Diagnostics()
        renderer = TypeRenderer(api)
        schemas = [self.schema_view(name, schema, renderer) for name, schema in api.schemas.items()]
        schema_names = {s.name for s in schemas}
        resources: list[ResourceView] = []
        for res in api.resources:
            prop = camel_case(res.name)
            if prop in RESERVED_CLIENT_MEMBERS:
                diagnostics.error(
                    res.operations[0].pointer,
                    "ts-reserved-resource",
                    f"resource {res.name!r} would shadow the TypeScript client's {prop!r}",
                )
                continue
            methods = tuple(self.method_view(op, renderer, diagnostics) for op in res.operations)
            used: set[str] = set()
            for m in methods:
                returned = m.item_type if m.kind == "list" else m.return_type
                type_exprs = [returned, m.params_base, m.stream_event_type, *(f.type for f in m.query_fields)]
                for expr in type_exprs:
                    used.update(n for n in TS_NAME.findall(expr or "") if n in schema_names)
            resources.append(
                ResourceView(
                    class_name=pascal_case(res.name) + "Resource",
                    property_name=prop,
                    file_stem=res.name.replace("_", "-"),
                    doc=res.description,
                    methods=methods,
                    imports=tuple(sorted(used)),
                )
            )
        if diagnostics.errors:
            raise GenerationError("ts-sdk: cannot generate", diagnostics)
        webhook_types = _unique(
            [
                pascal_case(ref)
                for hook in api.webhooks
                if hook.request_body is not None
                and hook.request_body.json is not None
                and (ref := hook.request_body.json.schema_ref) is not None
            ]
        )
        servers = [str(s.get("url")) for s in api.servers if isinstance(s.get("url"), str)]
        default_base_url = servers[0] if servers else "http://127.0.0.1:8080"
        header = ctx.header("//")
        files = [
            GeneratedFile(
                "types.ts", ctx.render("ts_sdk/types.ts.j2", schemas=schemas, jsdoc=jsdoc, hdr=header)
            ),
            GeneratedFile(
                "client.ts",
                ctx.render(
                    "ts_sdk/client.ts.j2",
                    resources=resources,
                    webhook_types=webhook_types,
                    default_base_url=default_base_url,
                    ts_string=ts_string,
                    jsdoc=jsdoc,
                    hdr=header,
                ),
            ),
            GeneratedFile("index.ts", ctx.render("ts_sdk/index.ts.j2", resources=resources, hdr=header)),
        ]
        for view in resources:
            files.append(
                GeneratedFile(
                    f"resources/{view.file_stem}.ts",
                    ctx.render(
                        "ts_sdk/resource.ts.j2",
                        resource=view,
                        jsdoc=jsdoc,
                        ts_string=ts_string,
                        ts_key=ts_key,
                        hdr=header,
                    ),
                )
            )
        return files

    # -- views ------------------------------------------------------------------------------

    def schema_view(self, name: str, schema: Mapping[str, Any], renderer: TypeRenderer) -> SchemaView:
        doc = str(schema.get("description") or "")
        ts_name = pascal_case(name)
        is_object = (schema.get("type") == "object" or "properties" in schema) and not any(
            k in schema for k in ("oneOf", "anyOf", "allOf", "enum", "const")
        )
        if is_object and schema.get("properties"):
            return SchemaView(ts_name, doc, "interface", renderer.members(schema, "  "))
        body = renderer.render(schema)
        if len(body) > 100 and " | " in body and "\n" not in body:
            body = "".join(f"\n  | {part}" for part in body.split(" | "))
        return SchemaView(ts_name, doc, "alias", body)

    def method_view(self, op: Operation, renderer: TypeRenderer, diagnostics: Diagnostics) -> MethodView:
        resource = pascal_case(op.resource)
        method = camel_case(op.method_name)
        path_args: list[tuple[str, str]] = []
        template = op.path
        for p in op.path_params:
            arg = camel_case(p.name)
            path_args.append((arg, str(p.description or "")))
            template = template.replace("{" + p.name + "}", "${encodeURIComponent(" + arg + ")}")
        template = template.replace("`", "\\`")
        query = tuple(self.param_field(p, renderer) for p in op.query_params)
        body_media = op.request_body.json if op.request_body is not None else None
        body_ref = body_media.schema_ref if body_media is not None else None
        body_schema: Mapping[str, Any] = (
            renderer.api.schemas.get(body_ref, {}) if body_ref is not None else {}
        )
        body_required = bool(op.request_body and op.request_body.required and body_schema.get("required"))
        stream = op.stream
        stream_flag = stream.request_flag if stream is not None else None
        exclude = (stream_flag,) if stream_flag else ()
        body_required_fields = [f for f in body_schema.get("required") or [] if f not in exclude]
        params_required = any(f.required for f in query) or (body_required and bool(body_required_fields))
        has_params = bool(query) or body_ref is not None
        params_type = f"{resource}{pascal_case(op.method_name)}Params" if has_params else None

        success = op.success_response
        success_json = success.json if success is not None else None
        kind = "json"
        item_type = None
        return_type = "void"
        if op.raw_response:
            kind = "binary"
            return_type = "Response"
        elif success_json is not None and success_json.schema_ref is not None:
            return_type = pascal_case(success_json.schema_ref)
        if op.paginated:
            kind = "list"
            list_schema = renderer.api.schemas.get(success_json.schema_ref or "", {}) if success_json else {}
            items = ((list_schema.get("properties") or {}).get("data") or {}).get("items")
            item_type = renderer.render(items) if items is not None else "unknown"

        stream_method = None
        stream_event_type = None
        if stream is not None:
            stream_method = camel_case(stream.method_name)
            union = stream.union_schema_ref or ref_of(stream.raw.get("union") or stream.raw.get("schema"))
            if union is not None:
                stream_event_type = pascal_case(union)
            else:
                names = [e.schema_ref or ref_of(e.schema) for e in stream.events]
                refs = [pascal_case(n) for n in names if n]
                stream_event_type = " | ".join(refs) if refs else "unknown"

        doc_parts = [op.summary.strip()] if op.summary.strip() else []
        if op.description.strip():
            doc_parts.append(op.description.strip())
        return MethodView(
            name=method,
            operation_id=op.operation_id,
            http_method=op.http_method.lower(),
            path_template=template,
            path_args=tuple(path_args),
            params_type=params_type,
            params_required=params_required,
            params_base=pascal_case(body_ref) if body_ref is not None else None,
            query_fields=query,
            query_names=tuple(p.name for p in op.query_params),
            has_body=body_ref is not None,
            return_type=return_type,
            kind=kind,
            item_type=item_type,
            idempotent=op.idempotency_key,
            no_auth=not op.authenticated,
            doc="\n\n".join(doc_parts),
            stream_method=stream_method,
            stream_flag=stream_flag,
            stream_event_type=stream_event_type,
            body_params_exclude=exclude,
        )

    def param_field(self, p: Param, renderer: TypeRenderer) -> ParamField:
        schema = p.schema
        # The IR inlines $refs in parameter schemas; name the component again when there is one.
        type_ = renderer.render(schema)
        for name, component in renderer.api.schemas.items():
            if component == schema:
                type_ = pascal_case(name)
                break
        return ParamField(name=p.name, type=type_, required=p.required, doc=str(p.description or ""))
