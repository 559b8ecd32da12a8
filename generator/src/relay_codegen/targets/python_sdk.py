"""Target ``python-sdk``: the generated half of ``relay-sdk`` (``sdk-python/src/relay_sdk/``).

Two steps over the same spec:

1. **openapi-python-client** (pinned) renders the attrs models into ``types/``, through the
   project's templates for it (``templates/python_sdk/opc/``), see :mod:`.python_models`.
2. The project's own Jinja templates (``templates/python_sdk/``) render what openapi-python-client
   cannot see (vendor extensions: pagination, idempotency, ``x-relay-stream``, webhooks): one sync +
   async resource module per tag with raw-response twins, the ``Relay``/``AsyncRelay`` client, and
   the union aliases for streamed and webhook events.

Everything is formatted by the pinned ruff with explicit settings (which also drops the imports a
template offered but a module does not use), so output is byte-identical on every machine. Adding
an operation to the spec needs no hand edit anywhere.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from relay_codegen.diagnostics import GenerationError
from relay_codegen.ir import Api, Operation, Param, deref, schema_ref_name
from relay_codegen.names import pascal_case, python_argument
from relay_codegen.syntax import py_literal
from relay_codegen.targets.base import Context, GeneratedFile
from relay_codegen.targets.python_models import render_models

PYTHON_SDK_ROOT = "sdk-python/src/relay_sdk"
LINE_LENGTH = 100
# Members of the generated clients that a resource may not shadow.
RESERVED_CLIENT_MEMBERS = frozenset(
    {
        "webhooks",
        "with_raw_response",
        "with_options",
        "copy",
        "close",
        "request",
        "request_raw",
        "request_page",
        "request_stream",
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
        "user_agent",
    }
)


# Component schemas whose Python class the hand-written runtime defines, so that the SDK has ONE
# class of that name: ``relay_sdk.FieldError`` (the items of ``APIStatusError.errors``) is
# ``relay_sdk.types.FieldError`` (the items of ``Problem.errors``). Its ``types/`` module re-exports
# it; the generated models use it like any model (it has ``from_dict``/``to_dict``).
@dataclass(frozen=True)
class RuntimeModel:
    module: str  # the runtime module that defines the class, relative to relay_sdk
    fields: tuple[str, ...]  # the schema's properties: all required strings


RUNTIME_MODELS: Mapping[str, RuntimeModel] = {
    "FieldError": RuntimeModel("_exceptions", ("pointer", "message")),
}
# Keyword arguments every method takes; spec parameters may not collide with them.
RESERVED_KWARGS = frozenset(
    {"extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "idempotency_key", "self"}
)


# --------------------------------------------------------------------------------------------------
# Step 2: the project's own templates → resources/, _client.py, types/__init__.py, types/_unions.py
# --------------------------------------------------------------------------------------------------


@dataclass
class Arg:
    name: str  # Python name
    wire: str  # name on the wire
    location: str  # "body" | "query" | "header" | "path"
    annotation: str
    required: bool
    description: str = ""


@dataclass
class Method:
    name: str
    http_method: str
    path_expr: str  # Python expression for the path
    path_args: list[Arg]
    kwargs: list[Arg]  # keyword-only arguments (required first)
    has_body: bool
    idempotency: bool
    kind: str  # "model" | "page" | "bytes" | "none" | "json"
    model: str | None
    doc: str
    stream: StreamSpec | None = None
    deprecated: bool = False

    @property
    def return_type(self) -> str:
        if self.kind == "model":
            return str(self.model)
        if self.kind == "page":
            return f"SyncPage[{self.model}]"
        if self.kind == "bytes":
            return "bytes"
        if self.kind == "none":
            return "None"
        return "Any"

    @property
    def async_return_type(self) -> str:
        if self.kind == "page":
            return f"AsyncPaginator[{self.model}]"
        return self.return_type


@dataclass
class StreamSpec:
    method: str
    flag: str | None
    union: str
    events: list[tuple[str, str]]  # (event name, model class)


@dataclass
class ResourceSpec:
    name: str
    class_name: str
    module: str
    description: str
    methods: list[Method]
    imports: dict[str, set[str]] = field(default_factory=dict)  # module → names

    @property
    def sorted_imports(self) -> list[tuple[str, list[str]]]:
        return [(m, sorted(n)) for m, n in sorted(self.imports.items())]


class _Types:
    """JSON Schema → Python annotation for method arguments (inputs accept plain values)."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.uses_datetime = False

    def annotation(self, schema: Any) -> str:
        schema = deref(self.api.document, schema) if isinstance(schema, Mapping) else schema
        if not isinstance(schema, Mapping):
            return "object"
        nullable = False
        if "const" in schema:
            base = f"Literal[{py_literal(schema['const'])}]"
        elif "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            nullable = None in schema["enum"]
            base = "Literal[" + ", ".join(py_literal(v) for v in values) + "]" if values else "None"
        elif "oneOf" in schema or "anyOf" in schema:
            members = [self.annotation(m) for m in schema.get("oneOf") or schema.get("anyOf") or []]
            nullable = "None" in members
            members = list(dict.fromkeys(m for m in members if m != "None"))
            base = members[0] if len(members) == 1 else "Union[" + ", ".join(members) + "]"
        else:
            kind = schema.get("type")
            if isinstance(kind, list):
                nullable = "null" in kind
                kinds = [k for k in kind if k != "null"]
                kind = kinds[0] if len(kinds) == 1 else None
            base = self._simple(kind, schema)
        return f"Optional[{base}]" if nullable and base != "None" else base

    def _simple(self, kind: Any, schema: Mapping[str, Any]) -> str:
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                self.uses_datetime = True
                return "Union[str, datetime.datetime]"
            if fmt == "date":
                self.uses_datetime = True
                return "Union[str, datetime.date]"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            return f"Sequence[{self.annotation(schema.get('items', {}))}]"
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            return "Mapping[str, object]"
        return "object"


def runtime_models(api: Api) -> dict[str, RuntimeModel]:
    """The :data:`RUNTIME_MODELS` this spec has, checked against the runtime's classes."""
    found: dict[str, RuntimeModel] = {}
    for name, model in RUNTIME_MODELS.items():
        schema = api.schemas.get(name)
        if schema is None:
            continue
        props = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        strings = all(isinstance(p, Mapping) and p.get("type") == "string" for p in props.values())
        if tuple(props) != model.fields or required != set(model.fields) or not strings:
            raise GenerationError(
                f"python-sdk: the spec's {name} schema must have exactly the required string properties"
                f" {', '.join(model.fields)}: its class is hand-written (relay_sdk.{model.module}),"
                " change the two together (and RUNTIME_MODELS)"
            )
        found[name] = model
    return found


def _doc(op: Operation) -> str:
    """The method's docstring text (escaped by the template's ``py_docstring`` filter)."""
    parts = [op.summary.strip()] if op.summary else []
    if op.description and op.description.strip():
        parts.append(op.description.strip())
    return "\n\n".join(parts) or op.operation_id


class _Builder:
    def __init__(self, api: Api, index: Mapping[str, str]) -> None:
        self.api = api
        self.index = index
        self.types = _Types(api)

    def model_module(self, name: str, where: str) -> str:
        module = self.index.get(name)
        if module is None:
            raise GenerationError(f"python-sdk: {where}: no generated model named {name!r}")
        return module

    def require(self, res: ResourceSpec, name: str, where: str) -> str:
        res.imports.setdefault(f"..types.{self.model_module(name, where)}", set()).add(name)
        return name

    def resources(self) -> list[ResourceSpec]:
        out: list[ResourceSpec] = []
        for resource in self.api.resources:
            if resource.name in RESERVED_CLIENT_MEMBERS:
                raise GenerationError(
                    f"python-sdk: resource name {resource.name!r} collides with a client member"
                )
            class_name = pascal_case(resource.name)
            if class_name in self.index:  # e.g. the `workspace` resource vs the Workspace model
                class_name += "Resource"
            spec = ResourceSpec(
                name=resource.name,
                class_name=class_name,
                module=resource.name,
                description=resource.description.strip(),
                methods=[],
            )
            for op in resource.operations:
                spec.methods.append(self.method(spec, op))
                if op.stream is not None:
                    spec.methods.append(self.stream_method(spec, op, spec.methods[-1]))
            names = [m.name for m in spec.methods]
            dupes = sorted({n for n in names if names.count(n) > 1})
            if dupes:
                raise GenerationError(f"python-sdk: {resource.name}: duplicate methods {dupes}")
            out.append(spec)
        return out

    def method(self, res: ResourceSpec, op: Operation) -> Method:
        where = op.operation_id
        path_args = [self.arg(param, "path") for param in op.path_params]
        arg_names = {arg.wire: arg.name for arg in path_args}
        pieces = []
        for part in op.path_parts:
            if not part.is_param:
                pieces.append(part.text)
            elif part.text in arg_names:
                pieces.append("{path_param(" + arg_names[part.text] + ")}")
            else:
                raise GenerationError(f"python-sdk: {where}: path parameter {part.text!r} is not declared")
        path_expr = "".join(pieces)
        kwargs: list[Arg] = []
        has_body = False
        body_schema_ref: str | None = None
        if op.request_body is not None:
            media = op.request_body.json
            if media is None or media.schema is None:
                raise GenerationError(f"python-sdk: {where}: only JSON request bodies are supported")
            has_body = True
            body_schema_ref = media.schema_ref
            schema = self.api.inline(media.schema)
            required = set(schema.get("required") or [])
            flag = op.stream.request_flag if op.stream else None
            for wire, prop in (schema.get("properties") or {}).items():
                if wire == flag:
                    continue
                kwargs.append(
                    Arg(
                        name=python_argument(wire),
                        wire=wire,
                        location="body",
                        annotation=self.types.annotation(prop),
                        required=wire in required,
                        description=str(prop.get("description") or ""),
                    )
                )
        for param in op.query_params:
            kwargs.append(self.arg(param, "query"))
        for param in op.header_params:
            if param.name.lower() == "idempotency-key":
                continue
            kwargs.append(self.arg(param, "header"))
        seen: set[str] = set()
        for arg in path_args + kwargs:
            if arg.name in seen or arg.name in RESERVED_KWARGS:
                raise GenerationError(
                    f"python-sdk: {where}: argument name {arg.name!r} is used twice or reserved"
                )
            seen.add(arg.name)
        kwargs.sort(key=lambda a: not a.required)

        kind, model = self.returns(res, op)
        del body_schema_ref
        return Method(
            name=op.sdk.python_method,
            http_method=op.http_method,
            path_expr=path_expr,
            path_args=path_args,
            kwargs=kwargs,
            has_body=has_body,
            idempotency=op.idempotency_key,
            kind=kind,
            model=model,
            doc=_doc(op),
            deprecated=op.deprecated,
        )

    def stream_method(self, res: ResourceSpec, op: Operation, base: Method) -> Method:
        info = op.stream
        if info is None:
            raise GenerationError(f"python-sdk: {op.operation_id}: not a streaming operation")
        where = f"{op.operation_id} x-relay-stream"
        events = [(e.name, self.require(res, str(e.schema_ref), where)) for e in info.events]
        for name, ref in ((e.name, e.schema_ref) for e in info.events):
            if ref is None:
                raise GenerationError(f"python-sdk: {where}: event {name!r} has no schema $ref")
        union = (
            info.union_schema_ref.rsplit("/", 1)[-1]
            if info.union_schema_ref
            else pascal_case(op.operation_id) + "Event"
        )
        res.imports.setdefault("..types._unions", set()).add(union)
        doc = (
            f"Stream the reply of `{base.name}` as typed Server-Sent Events"
            f" ({', '.join(n for n, _ in events)}).\n\n{base.doc}"
        )
        return Method(
            name=info.sdk.python_method,
            http_method=base.http_method,
            path_expr=base.path_expr,
            path_args=base.path_args,
            kwargs=base.kwargs,
            has_body=base.has_body,
            idempotency=base.idempotency,
            kind="stream",
            model=union,
            doc=doc,
            stream=StreamSpec(
                method=info.sdk.python_method, flag=info.request_flag, union=union, events=events
            ),
            deprecated=base.deprecated,
        )

    def arg(self, param: Param, location: str) -> Arg:
        return Arg(
            name=python_argument(param.name),
            wire=param.name,
            location=location,
            annotation=self.types.annotation(param.schema),
            required=param.required,
            description=(param.description or "").strip(),
        )

    def returns(self, res: ResourceSpec, op: Operation) -> tuple[str, str | None]:
        where = op.operation_id
        resp = op.success_response
        if resp is None or not resp.contents:
            return "none", None
        if op.raw_response:
            return "bytes", None
        media = resp.json
        if media is None or media.schema_ref is None:
            return "json", None
        if op.paginated:
            page = self.api.schemas.get(media.schema_ref) or {}
            items = ((page.get("properties") or {}).get("data") or {}).get("items") or {}
            item = schema_ref_name(items)
            if item is None:
                raise GenerationError(
                    f"python-sdk: {where}: paginated 'data' items must be a $ref to a schema"
                )
            return "page", self.require(res, item, where)
        return "model", self.require(res, media.schema_ref, where)


def union_aliases(api: Api, index: Mapping[str, str]) -> list[dict[str, Any]]:
    """Component schemas that are a ``oneOf`` of ``$ref``s (openapi-python-client emits no module
    for them): a ``Union`` alias each, plus a discriminator-based parser when one is declared."""
    out: list[dict[str, Any]] = []
    for name, schema in sorted(api.schemas.items()):
        if name in index or not isinstance(schema, Mapping) or "oneOf" not in schema:
            continue
        members = [schema_ref_name(m) for m in schema["oneOf"]]
        if not members or any(m is None or m not in index for m in members):
            continue
        disc = schema.get("discriminator") or {}
        mapping = {str(k): str(v).rsplit("/", 1)[-1] for k, v in sorted((disc.get("mapping") or {}).items())}
        out.append(
            {
                "name": name,
                "members": members,
                "discriminator": disc.get("propertyName"),
                "mapping": mapping,
                "doc": str(schema.get("description") or "").strip(),
            }
        )
    return out


def webhook_union(api: Api, unions: list[dict[str, Any]], index: Mapping[str, str]) -> dict[str, Any]:
    """The webhook event union: the component union whose members are exactly the webhook bodies,
    or a ``WebhookEvent`` alias built from the ``webhooks:`` section."""
    events: list[tuple[str, str]] = []
    for hook in api.webhooks:
        media = hook.request_body.json if hook.request_body else None
        ref = media.schema_ref if media else None
        if ref is None or ref not in index:
            raise GenerationError(f"python-sdk: webhook {hook.name!r} needs a $ref JSON body")
        events.append((hook.name, ref))
    members = sorted({ref for _, ref in events})
    for union in unions:
        if sorted(union["members"]) == members:
            return {"name": union["name"], "events": events, "members": members, "existing": True}
    return {"name": "WebhookEvent", "events": events, "members": members, "existing": False}


# --------------------------------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------------------------------


def _ruff_bin() -> str:
    try:
        find_ruff_bin = importlib.import_module("ruff.__main__").find_ruff_bin
        return str(find_ruff_bin())
    except ImportError:  # pragma: no cover - ruff is a dependency of openapi-python-client
        found = shutil.which("ruff")
        if found is None:
            raise GenerationError("python-sdk: ruff is not installed") from None
        return found


def format_python(files: Mapping[str, str]) -> dict[str, str]:
    """Remove unused imports, sort imports and format with ruff (explicit, isolated settings)."""
    with tempfile.TemporaryDirectory(prefix="relay-pysdk-fmt-") as tmp:
        root = Path(tmp) / "relay_sdk"
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        ruff = _ruff_bin()
        common = ["--isolated", "--target-version", "py39", "--line-length", str(LINE_LENGTH)]
        steps = [
            [ruff, "check", *common, "--fix-only", "--select", "F401,I001", "--exit-zero", "."],
            [ruff, "format", *common, "."],
        ]
        for cmd in steps:
            proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise GenerationError(f"python-sdk: {' '.join(cmd[1:3])} failed:\n{proc.stderr}")
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


# --------------------------------------------------------------------------------------------------
# The target
# --------------------------------------------------------------------------------------------------


class PythonSdkTarget:
    name: ClassVar[str] = "python-sdk"
    root: ClassVar[str] = PYTHON_SDK_ROOT
    description: ClassVar[str] = (
        "relay-sdk generated half: attrs models (openapi-python-client), resources, client"
    )

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        header = ctx.header("#")
        models = render_models(ctx.api.document, ctx.spec_path, header)
        index = models.index
        files = {f"types/{filename}": source for filename, source in models.files.items()}
        for name, runtime in runtime_models(ctx.api).items():
            files[f"types/{index[name]}.py"] = ctx.render(
                "python_sdk/runtime_model.py.j2", name=name, runtime=runtime
            )

        builder = _Builder(ctx.api, index)
        resources = builder.resources()
        unions = union_aliases(ctx.api, index)
        webhook = webhook_union(ctx.api, unions, index)
        streams = [m.stream for r in resources for m in r.methods if m.stream is not None]
        for stream in streams:
            if not any(u["name"] == stream.union for u in unions):
                unions.append(
                    {
                        "name": stream.union,
                        "members": sorted({cls for _, cls in stream.events}),
                        "discriminator": None,
                        "mapping": {},
                        "doc": "",
                    }
                )
                unions.sort(key=lambda u: u["name"])
        if not webhook["existing"]:
            unions.append(
                {
                    "name": webhook["name"],
                    "members": webhook["members"],
                    "discriminator": None,
                    "mapping": {},
                    "doc": "Any webhook event.",
                }
            )
            unions.sort(key=lambda u: u["name"])

        common = {"uses_datetime": builder.types.uses_datetime}
        for res in resources:
            files[f"resources/{res.module}.py"] = ctx.render("python_sdk/resource.py.j2", res=res, **common)
        files["resources/__init__.py"] = ctx.render(
            "python_sdk/resources_init.py.j2", resources=resources, **common
        )
        files["types/_unions.py"] = ctx.render(
            "python_sdk/unions.py.j2", unions=unions, index=index, webhook=webhook, **common
        )
        files["types/__init__.py"] = ctx.render(
            "python_sdk/types_init.py.j2", index=index, unions=unions, **common
        )
        files["_client.py"] = ctx.render(
            "python_sdk/client.py.j2", resources=resources, webhook=webhook, **common
        )
        formatted = format_python(files)
        return [GeneratedFile(path, formatted[path]) for path in sorted(formatted)]
