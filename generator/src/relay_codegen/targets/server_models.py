"""Target ``server-models``: the server's types of the API, as ``TypedDict``s (``_generated/models.py``).

Rendered by relay-codegen's own template (``templates/server/models.py.j2``) from the IR:

* each object schema of ``components/schemas`` is a ``TypedDict`` (``allOf`` merged; a property not in
  ``required`` is ``NotRequired``; an inline object property gets a ``TypedDict`` named after its parent
  and the property, ``ReadinessChecks``); any other schema is a type alias: enums are ``Literal`` aliases,
  ``oneOf``/``anyOf`` unions, plain strings ``str``;
* the error codes of the spec's error convention (``components/schemas/ErrorCode``, ARCHITECTURE.md
  "Spec conventions") are a ``StrEnum``: server code names them (``ErrorCode.not_found``);
* each operation's path, query and header parameters are a ``TypedDict`` each (``ActionsListQuery``);
  a query parameter with a ``default`` is always present (the server fills it in), and
  ``Idempotency-Key`` belongs to the request pipeline, not to the handler.

These are types only: they cost nothing at run time and validate nothing. The server validates every
request against the JSON Schemas of the route table (``server-routes``), and mypy --strict holds its
handlers to these types. (The target used to drive datamodel-code-generator's pydantic models; why it
no longer does is in the generator README, "server-models".)
"""

from __future__ import annotations

import keyword
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from relay_codegen.build import IDEMPOTENCY_HEADER
from relay_codegen.diagnostics import Diagnostics, GenerationError, pointer
from relay_codegen.ir import SCHEMA_REF_PREFIX, Api, Operation, Param, deref
from relay_codegen.names import is_pascal_identifier, pascal_case, python_identifier
from relay_codegen.syntax import py_docstring, py_literal
from relay_codegen.targets.base import Context, GeneratedFile

SERVER_GENERATED_ROOT = "server/src/relay_server/_generated"
#: the error-code enum of the spec's error convention, rendered as a ``StrEnum``
ERROR_CODE_SCHEMA = "ErrorCode"
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def model_class_name(schema_name: str) -> str:
    """The Python name of ``components/schemas/<schema_name>``: the name itself.

    The spec's component names are PascalCase identifiers, which every generator keeps verbatim;
    anything else would be renamed unpredictably, so it is refused.
    """
    if not is_pascal_identifier(schema_name):
        raise ValueError(
            f"schema name {schema_name!r} is not a PascalCase identifier; "
            "rename it so every generator names its model the same"
        )
    return schema_name


def param_model_names(op: Operation) -> dict[str, str | None]:
    """``{"path"|"query"|"headers": the TypedDict of those parameters, or None when it has none}``."""
    base = pascal_case(op.operation_id)
    return {
        "path": f"{base}Path" if op.path_params else None,
        "query": f"{base}Query" if op.query_params else None,
        "headers": f"{base}Headers" if handler_headers(op) else None,
    }


def handler_headers(op: Operation) -> tuple[Param, ...]:
    """The header parameters a handler receives: all but ``Idempotency-Key`` (the pipeline's)."""
    return tuple(p for p in op.header_params if p.name.lower() != IDEMPOTENCY_HEADER)


@dataclass(frozen=True)
class ModelField:
    key: str
    type: str  # the type expression, quoted when it names a definition not made yet
    required: bool
    names: frozenset[str] = frozenset()  # the definitions it names


@dataclass(frozen=True)
class Definition:
    """One name of ``models.py``: a ``StrEnum``, a ``TypedDict`` or a type alias."""

    name: str
    kind: str  # "enum" | "typeddict" | "alias"
    doc: tuple[str, ...] = ()  # docstring lines
    members: tuple[tuple[str, str], ...] = ()  # enum: (identifier, value)
    fields: tuple[ModelField, ...] = ()  # typeddict
    expr: str = ""  # alias: the type expression
    #: a TypedDict whose keys are not all identifiers takes the functional syntax
    functional: bool = False
    #: the definitions it names (it comes after them in ``models.py`` unless they form a cycle)
    deps: frozenset[str] = frozenset()


@dataclass
class _Writer:
    """Turns JSON Schemas into Python type expressions, defining the named TypedDicts it needs."""

    api: Api
    diagnostics: Diagnostics
    definitions: dict[str, Definition] = field(default_factory=dict)
    typing_names: set[str] = field(default_factory=set)  # what models.py imports from typing

    def define(self, definition: Definition, where: str) -> None:
        if definition.name in self.definitions:
            self.diagnostics.error(
                where, "model-name-clash", f"two server models are named {definition.name!r}"
            )
            return
        self.definitions[definition.name] = definition

    # -- type expressions ----------------------------------------------------------------------

    def expr(self, schema: Any, name_hint: str, where: str) -> tuple[str, set[str]]:
        """The type expression of ``schema`` and the component names it references."""
        if schema is True or not isinstance(schema, Mapping) or not schema:
            self.typing_names.add("Any")
            return "Any", set()
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._ref(ref, where)
        if "const" in schema:
            return self._literal([schema["const"]], where), set()
        if "enum" in schema:
            values = list(schema["enum"])
            others = [v for v in values if v is not None]
            parts = [self._literal(others, where)] if others else []
            return self._union([*parts, *(["None"] if None in values else [])]), set()
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                exprs: list[str] = []
                names: set[str] = set()
                for i, member in enumerate(schema[combinator]):
                    e, n = self.expr(member, f"{name_hint}{i + 1}", f"{where}/{combinator}/{i}")
                    exprs.append(e)
                    names |= n
                return self._union(exprs), names
        if "allOf" in schema:
            parts = list(schema["allOf"])
            if len(parts) == 1 and "properties" not in schema:
                return self.expr(parts[0], name_hint, f"{where}/allOf/0")
            self.typeddict(name_hint, schema, where)
            return name_hint, {name_hint}
        types = schema.get("type")
        names_of_types = [types] if isinstance(types, str) else list(types or [])
        if not names_of_types:
            if "properties" in schema:
                names_of_types = ["object"]
            else:
                self.typing_names.add("Any")
                return "Any", set()
        exprs = []
        names = set()
        for t in names_of_types:
            e, n = self._typed(str(t), schema, name_hint, where)
            exprs.append(e)
            names |= n
        return self._union(exprs), names

    def _typed(self, t: str, schema: Mapping[str, Any], name_hint: str, where: str) -> tuple[str, set[str]]:
        if t in _SCALARS:
            return _SCALARS[t], set()
        if t == "array":
            item, names = self.expr(schema.get("items", True), f"{name_hint}Item", f"{where}/items")
            return f"list[{item}]", names
        if t == "object":
            if schema.get("properties"):
                self.typeddict(name_hint, schema, where)
                return name_hint, {name_hint}
            extra = schema.get("additionalProperties", True)
            value, names = self.expr(extra, f"{name_hint}Value", f"{where}/additionalProperties")
            return f"dict[str, {value}]", names
        self.diagnostics.error(where, "server-model-type", f"unknown JSON Schema type {t!r}")
        self.typing_names.add("Any")
        return "Any", set()

    def _ref(self, ref: str, where: str) -> tuple[str, set[str]]:
        if not ref.startswith(SCHEMA_REF_PREFIX):
            self.diagnostics.error(where, "server-model-ref", f"cannot type the $ref {ref!r}")
            self.typing_names.add("Any")
            return "Any", set()
        try:
            name = model_class_name(ref[len(SCHEMA_REF_PREFIX) :])
        except ValueError as exc:
            self.diagnostics.error(where, "model-name", str(exc))
            self.typing_names.add("Any")
            return "Any", set()
        return name, {name}

    def _literal(self, values: list[Any], where: str) -> str:
        if not all(isinstance(v, str | int | bool) for v in values):
            self.diagnostics.error(where, "server-model-enum", f"cannot type the enum values {values!r}")
            self.typing_names.add("Any")
            return "Any"
        self.typing_names.add("Literal")
        return "Literal[" + ", ".join(py_literal(v) for v in values) + "]"

    def _union(self, exprs: list[str]) -> str:
        unique = list(dict.fromkeys(exprs))
        if "Any" in unique:
            return "Any"
        if "None" in unique:  # None last, as people write it
            unique = [e for e in unique if e != "None"] + ["None"]
        return " | ".join(unique)

    # -- definitions ---------------------------------------------------------------------------

    def typeddict(self, name: str, schema: Mapping[str, Any], where: str) -> None:
        """Define ``name`` as the TypedDict of an object schema (its ``allOf`` parts merged)."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        self._collect(schema, properties, required, where, set())
        fields: list[ModelField] = []
        for key, sub in properties.items():
            hint = name + pascal_case(key)
            type_expr, names = self.expr(sub, hint, f"{where}/properties/{pointer(key)[1:]}")
            fields.append(ModelField(key, type_expr, key in required, frozenset(names)))
        self._define_typeddict(name, fields, _doc_lines(schema.get("description")), where)

    def _define_typeddict(
        self, name: str, fields: list[ModelField], doc: tuple[str, ...], where: str
    ) -> None:
        if any(not f.required for f in fields):
            self.typing_names.add("NotRequired")
        self.typing_names.add("TypedDict")
        self.define(
            Definition(
                name=name,
                kind="typeddict",
                doc=doc,
                fields=tuple(fields),
                functional=not all(_is_identifier(f.key) for f in fields),
                deps=frozenset().union(*(f.names for f in fields)),
            ),
            where,
        )

    def _collect(
        self,
        schema: Any,
        properties: dict[str, Any],
        required: set[str],
        where: str,
        seen: set[str],
    ) -> None:
        if not isinstance(schema, Mapping):
            return
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                self.diagnostics.error(where, "server-model-allof", f"allOf cycle through {ref}")
                return
            self._collect(deref(self.api.document, schema), properties, required, where, {*seen, ref})
            return
        for i, part in enumerate(schema.get("allOf") or ()):
            self._collect(part, properties, required, f"{where}/allOf/{i}", seen)
        properties.update(schema.get("properties") or {})
        required.update(str(r) for r in schema.get("required") or ())

    def component(self, name: str, schema: Mapping[str, Any]) -> None:
        where = pointer("components", "schemas", name)
        try:
            model_class_name(name)
        except ValueError as exc:
            self.diagnostics.error(where, "model-name", str(exc))
            return
        doc = _doc_lines(schema.get("description"))
        enum = schema.get("enum")
        if name == ERROR_CODE_SCHEMA and isinstance(enum, list) and all(isinstance(v, str) for v in enum):
            members = tuple((python_identifier(v), v) for v in enum)
            self.define(Definition(name=name, kind="enum", doc=doc, members=members), where)
            return
        is_object = "properties" in schema and schema.get("type", "object") == "object"
        if is_object or ("allOf" in schema and len(schema["allOf"]) > 1):
            self.typeddict(name, schema, where)
            return
        type_expr, names = self.expr(schema, name, where)
        self.typing_names.add("TypeAlias")
        self.define(
            Definition(name=name, kind="alias", doc=doc, expr=type_expr, deps=frozenset(names)),
            where,
        )

    def parameters(self, name: str, params: tuple[Param, ...], where: str, doc: str) -> None:
        fields = []
        for p in params:
            type_expr, names = self.expr(p.schema, name + pascal_case(p.name), f"{where}/{p.name}")
            # a query parameter with a default is filled in by the server when it is absent
            fields.append(
                ModelField(p.name, type_expr, p.required or "default" in p.schema, frozenset(names))
            )
        self._define_typeddict(name, fields, (doc,), where)


def _is_identifier(key: str) -> bool:
    return key.isidentifier() and not keyword.iskeyword(key)


def _doc_lines(description: Any) -> tuple[str, ...]:
    """A description as docstring lines (no triple quotes or backslashes to break out of it)."""
    if not isinstance(description, str) or not description.strip():
        return ()
    return tuple(line.rstrip() for line in py_docstring(description.strip()).splitlines())


def _in_import_order(definitions: dict[str, Definition], defined: set[str]) -> list[Definition]:
    """Spec order, except that a definition comes after the definitions it names; where they name each
    other (a cycle, a TypedDict naming itself), the names not made yet are quoted (forward references).

    ``models.py`` does not postpone its annotations (``from __future__ import annotations``): a
    TypedDict then knows its ``NotRequired`` keys at run time too (``__optional_keys__``).
    """
    ordered: dict[str, Definition] = {}
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in ordered or name in visiting or name not in definitions:
            return
        visiting.add(name)
        for dep in sorted(definitions[name].deps):
            visit(dep)
        visiting.discard(name)
        ordered[name] = definitions[name]

    for name in definitions:
        visit(name)
    out = []
    for d in ordered.values():
        if d.kind == "typeddict":
            fields = tuple(replace(f, type=_forward(f.type)) if f.names - defined else f for f in d.fields)
            d = replace(d, fields=fields)
        elif d.kind == "alias" and d.deps - defined:
            d = replace(d, expr=_forward(d.expr))
        defined.add(d.name)
        out.append(d)
    return out


def _forward(type_expr: str) -> str:
    """A type expression as a forward reference (a string the type checker reads)."""
    return f'"{type_expr}"' if '"' not in type_expr else repr(type_expr)


def build_models(api: Api) -> tuple[list[Definition], list[Definition], list[str]]:
    """(component definitions, parameter definitions, names to import from ``typing``)."""
    diagnostics = Diagnostics()
    writer = _Writer(api, diagnostics)
    for name, schema in api.schemas.items():
        writer.component(str(name), schema if isinstance(schema, Mapping) else {})
    components = dict(writer.definitions)
    writer.definitions = {}
    for op in api.operations:
        names = param_model_names(op)
        groups = {"path": op.path_params, "query": op.query_params, "headers": handler_headers(op)}
        for location, params in groups.items():
            model = names[location]
            if model is None:
                continue
            if model in components:
                diagnostics.error(op.pointer, "model-name-clash", f"{model} is also a component schema")
                continue
            writer.parameters(
                model, params, op.pointer, f"The {location} parameters of ``{op.operation_id}``."
            )
    defined: set[str] = set()
    ordered = _in_import_order(components, defined)
    params_ordered = _in_import_order(writer.definitions, defined)
    if diagnostics.errors:
        raise GenerationError("server-models: cannot type the spec's schemas", diagnostics)
    return ordered, params_ordered, sorted(writer.typing_names)


class ServerModelsTarget:
    name: ClassVar[str] = "server-models"
    root: ClassVar[str] = SERVER_GENERATED_ROOT
    description: ClassVar[str] = "TypedDicts of components/schemas and of operations' parameters (server)"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        components, parameters, typing_names = build_models(ctx.api)
        uses_enum = any(d.kind == "enum" for d in components)
        return [
            GeneratedFile("__init__.py", ctx.render("server/init.py.j2")),
            GeneratedFile(
                "models.py",
                ctx.render(
                    "server/models.py.j2",
                    components=components,
                    parameters=parameters,
                    typing_names=typing_names,
                    uses_enum=uses_enum,
                ),
            ),
        ]
