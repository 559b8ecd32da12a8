"""Target ``ts-sdk``: the generated half of ``@relay/sdk-js`` (``sdk-ts/src/generated/``).

Writes a TypeScript type for every component schema (wire field names kept, string-literal unions
for enums, discriminated unions for ``oneOf`` + ``discriminator``), one resource class per tag with
camelCase methods, and the ``Relay`` client wiring them over the hand-written runtime in
``sdk-ts/src/core/``. Nothing here is hand-edited: adding an operation to the spec is enough.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from relay_codegen.diagnostics import Diagnostics, GenerationError
from relay_codegen.ir import SCHEMA_REF_PREFIX, Api, Operation, Param, schema_ref_name, schema_refs
from relay_codegen.names import camel_case, kebab_case, pascal_case
from relay_codegen.syntax import jsdoc, ts_key, ts_literal, ts_template_text
from relay_codegen.targets.base import Context, GeneratedFile

TS_SDK_ROOT = "sdk-ts/src/generated"
# Names the runtime already uses on the client (a resource may not shadow them).
RESERVED_CLIENT_MEMBERS = frozenset(
    {"webhooks", "baseURL", "timeout", "maxRetries", "withOptions", "request", "buildURL", "defaults"}
)


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
        members = self.union_members(schema, indent)
        if members is not None:
            return " | ".join(members)
        if "allOf" in schema:
            parts = _unique([self.render(s, indent) for s in schema["allOf"]])
            return " & ".join(_paren(p) for p in parts)
        type_ = schema.get("type")
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

    def union_members(self, schema: Mapping[str, Any], indent: str = "") -> list[str] | None:
        """The members of a union type (``enum``, ``oneOf``/``anyOf``, a list of types), else None."""
        if "enum" in schema:
            return [ts_literal(v) for v in schema["enum"]]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return [_paren(p) for p in _unique([self.render(s, indent) for s in schema[key]])]
        if isinstance(schema.get("type"), list):
            parts = _unique([self.render({**schema, "type": t}, indent) for t in schema["type"]])
            return [_paren(p) for p in parts]
        return None

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
    kind: str  # "interface" | "alias" | "union" (an alias laid out one member per line)
    body: str  # interface members, or the alias's type expression
    members: tuple[str, ...] = ()  # a "union"'s members


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
    schema_types: frozenset[str]  # the component schema types its signatures name


@dataclass(frozen=True)
class ResourceView:
    class_name: str
    property_name: str
    file_stem: str
    doc: str
    methods: tuple[MethodView, ...]
    imports: tuple[str, ...]


# A union alias longer than this is laid out one member per line.
UNION_LINE_LIMIT = 100


class TsSdkTarget:
    name: ClassVar[str] = "ts-sdk"
    root: ClassVar[str] = TS_SDK_ROOT
    description: ClassVar[str] = "TypeScript SDK types, resource classes and Relay client"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        api = ctx.api
        diagnostics = Diagnostics()
        renderer = TypeRenderer(api)
        schemas = [self.schema_view(name, schema, renderer) for name, schema in api.schemas.items()]
        resources: list[ResourceView] = []
        for res in api.resources:
            if res.ts_name in RESERVED_CLIENT_MEMBERS:
                diagnostics.error(
                    res.operations[0].pointer,
                    "ts-reserved-resource",
                    f"resource {res.name!r} would shadow the TypeScript client's {res.ts_name!r}",
                )
                continue
            methods = tuple(self.method_view(op, renderer) for op in res.operations)
            used = frozenset().union(*(m.schema_types for m in methods))
            resources.append(
                ResourceView(
                    class_name=pascal_case(res.name) + "Resource",
                    property_name=res.ts_name,
                    file_stem=kebab_case(res.name),
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
            GeneratedFile("types.ts", ctx.render("ts_sdk/types.ts.j2", schemas=schemas, hdr=header)),
            GeneratedFile(
                "client.ts",
                ctx.render(
                    "ts_sdk/client.ts.j2",
                    resources=resources,
                    webhook_types=webhook_types,
                    default_base_url=default_base_url,
                    hdr=header,
                ),
            ),
            GeneratedFile("index.ts", ctx.render("ts_sdk/index.ts.j2", resources=resources, hdr=header)),
        ]
        for view in resources:
            files.append(
                GeneratedFile(
                    f"resources/{view.file_stem}.ts",
                    ctx.render("ts_sdk/resource.ts.j2", resource=view, hdr=header),
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
        members = renderer.union_members(schema) if "const" not in schema else None
        if members and len(body) > UNION_LINE_LIMIT and not any("\n" in m for m in members):
            return SchemaView(ts_name, doc, "union", body, tuple(members))
        return SchemaView(ts_name, doc, "alias", body)

    def method_view(self, op: Operation, renderer: TypeRenderer) -> MethodView:
        resource = pascal_case(op.resource)
        types: set[str] = set()
        path_args = [(camel_case(p.name), str(p.description or "")) for p in op.path_params]
        args = {p.name: arg for p, (arg, _) in zip(op.path_params, path_args, strict=True)}
        template = "".join(
            "${encodeURIComponent(" + args[part.text] + ")}" if part.is_param else ts_template_text(part.text)
            for part in op.path_parts
        )
        query = tuple(self.param_field(p, renderer, types) for p in op.query_params)
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
        if body_ref is not None:
            types.add(pascal_case(body_ref))

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
            types.update(pascal_case(name) for name in schema_refs(items))
        elif return_type not in ("void", "Response"):
            types.add(return_type)

        stream_method = None
        stream_event_type = None
        if stream is not None:
            stream_method = stream.sdk.ts_method
            union = stream.union_schema_ref or ref_of(stream.raw.get("union") or stream.raw.get("schema"))
            if union is not None:
                stream_event_type = pascal_case(union)
                types.add(stream_event_type)
            else:
                names = [e.schema_ref or ref_of(e.schema) for e in stream.events]
                refs = [pascal_case(n) for n in names if n]
                stream_event_type = " | ".join(refs) if refs else "unknown"
                types.update(refs)

        doc_parts = [op.summary.strip()] if op.summary.strip() else []
        if op.description.strip():
            doc_parts.append(op.description.strip())
        return MethodView(
            name=op.sdk.ts_method,
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
            schema_types=frozenset(types),
        )

    def param_field(self, p: Param, renderer: TypeRenderer, types: set[str]) -> ParamField:
        """A query parameter's field; the component schema types its type names go to ``types``."""
        # The IR inlines $refs in parameter schemas; name the component again when there is one.
        component = next((name for name, schema in renderer.api.schemas.items() if schema == p.schema), None)
        if component is not None:
            type_ = pascal_case(component)
            types.add(type_)
        else:
            type_ = renderer.render(p.schema)
            types.update(pascal_case(name) for name in schema_refs(p.schema))
        return ParamField(name=p.name, type=type_, required=p.required, doc=str(p.description or ""))
