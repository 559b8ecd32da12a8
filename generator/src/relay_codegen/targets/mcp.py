"""Target ``mcp``: the generated half of ``relay-mcp`` (``mcp/src/relay_mcp/_generated/``).

One MCP tool per operation without ``x-relay-mcp: false``, as a row of ``TOOLS`` in ``tools.py``:

* **name** = the operationId; **title** = the summary; **description** = summary + description (its
  ``Roles:`` line included) + what relay-mcp adds (paging, consent, withheld secrets), from
  ``templates/mcp/description.md.j2``;
* **input schema** = path, query and header parameters (not ``Idempotency-Key``, which relay-mcp
  fixes per consent) and the JSON body's properties (not the ``x-relay-stream`` flag) merged into one
  object, ``$ref``\\ s inlined by :func:`relay_codegen.ir.inline_refs`, parameter examples kept as
  ``examples`` and the body's examples (completed with the parameters' examples) as the tool's;
* **output schema** = the JSON success response's schema, inlined, minus ``x-relay-secret`` fields,
  which the runtime withholds from the result too (``withheld``);
* **safety** from HTTP (``GET`` read-only; ``DELETE``/``PUT`` destructive and idempotent; ``POST``
  additive) unless ``x-relay-mcp`` says otherwise; every tool that is not read-only asks consent;
* **the call**: a typed ``relay_sdk`` call through ``client.with_raw_response`` (mypy checks it against
  the SDK), so retries, errors and idempotency are the SDK's. A tool ``confirmed_by`` another operation
  takes that operation's input; its call reads the arguments the confirming operation's response
  **link** to it maps (``$response.body#/…``).

Nothing here knows an operation by name: a new operation in the spec is a new tool.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from relay_codegen.diagnostics import GenerationError
from relay_codegen.ir import JSON, Api, Link, Operation, Param
from relay_codegen.names import python_argument
from relay_codegen.syntax import pointer_tokens
from relay_codegen.targets.base import Context, GeneratedFile

MCP_ROOT = "mcp/src/relay_mcp/_generated"
IDEMPOTENCY_HEADER = "idempotency-key"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
RESPONSE_BODY = "$response.body#"


@dataclass(frozen=True)
class _CallView:
    """One ``relay_sdk`` call: ``client.with_raw_response.<resource>.<method>(*positional, **keywords)``."""

    function: str
    source: str  # the mapping the expressions read: "args" (tool arguments) or "confirmed"
    resource: str
    method: str
    positional: tuple[str, ...]
    keywords: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _ToolView:
    name: str
    title: str
    description: str
    input_schema: Mapping[str, JSON]
    output_schema: Mapping[str, JSON] | None
    read_only: bool
    destructive: bool
    idempotent: bool
    paginated: bool
    locations: Mapping[str, str]
    withheld: tuple[tuple[str, ...], ...]
    call: str
    confirmed_by: str | None
    confirm_call: str | None
    confirm_withheld: tuple[tuple[str, ...], ...] = ()


def _fail(op: Operation, message: str) -> GenerationError:
    return GenerationError(f"mcp: {op.operation_id}: {message}")


def _clean(node: JSON) -> JSON:
    """A schema without vendor extensions (``x-…``): tools carry JSON Schema only."""
    if isinstance(node, Mapping):
        return {k: _clean(v) for k, v in node.items() if not str(k).startswith("x-")}
    if isinstance(node, list):
        return [_clean(v) for v in node]
    return node


def _has_ref(node: JSON) -> bool:
    if isinstance(node, Mapping):
        return "$ref" in node or any(_has_ref(v) for v in node.values())
    if isinstance(node, list):
        return any(_has_ref(v) for v in node)
    return False


def withhold_secrets(schema: JSON, prefix: tuple[str, ...] = ()) -> tuple[JSON, list[tuple[str, ...]]]:
    """``schema`` without its ``x-relay-secret`` properties (dropped from ``required`` too), and the
    paths of those properties in a value of the schema (``*`` for any array item)."""
    if isinstance(schema, list):
        out_items: list[JSON] = []
        found: list[tuple[str, ...]] = []
        for member in schema:
            cleaned, paths = withhold_secrets(member, prefix)
            out_items.append(cleaned)
            found += paths
        return out_items, found
    if not isinstance(schema, Mapping):
        return schema, []
    out: dict[str, JSON] = {}
    found = []
    secret_names: set[str] = set()
    for key, value in schema.items():
        if key == "properties" and isinstance(value, Mapping):
            props: dict[str, JSON] = {}
            for name, prop in value.items():
                if isinstance(prop, Mapping) and prop.get("x-relay-secret") is True:
                    secret_names.add(str(name))
                    found.append((*prefix, str(name)))
                    continue
                props[str(name)], paths = withhold_secrets(prop, (*prefix, str(name)))
                found += paths
            out[key] = props
        elif key == "items":
            out[key], paths = withhold_secrets(value, (*prefix, "*"))
            found += paths
        elif key in ("oneOf", "anyOf", "allOf"):
            out[key], paths = withhold_secrets(value, prefix)
            found += paths
        else:
            out[key] = value
    if secret_names and isinstance(out.get("required"), list):
        out["required"] = [r for r in out["required"] if r not in secret_names]
    return out, list(dict.fromkeys(found))


def _mcp_safety(op: Operation) -> tuple[bool, bool, bool]:
    """(read_only, destructive, idempotent): HTTP's answer unless ``x-relay-mcp`` overrides it."""
    method = op.http_method.upper()
    read_only = op.mcp.read_only if op.mcp.read_only is not None else method in SAFE_METHODS
    destructive = (
        op.mcp.destructive if op.mcp.destructive is not None else method in ("DELETE", "PUT", "PATCH")
    )
    idempotent = (
        op.mcp.idempotent if op.mcp.idempotent is not None else method in (*SAFE_METHODS, "PUT", "DELETE")
    )
    return read_only, destructive and not read_only, idempotent or read_only


class _Builder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.api: Api = ctx.api
        self.calls: dict[str, _CallView] = {}

    # -- arguments ---------------------------------------------------------------------------

    def arguments(self, op: Operation) -> Iterator[tuple[str, str, Mapping[str, JSON], bool, Param | None]]:
        """(name, location, schema, required, param) of every tool argument, in spec order."""
        for param in op.params:
            if param.location == "cookie" or (
                param.location == "header" and param.name.lower() == IDEMPOTENCY_HEADER
            ):
                continue
            yield param.name, param.location, param.schema, param.required, param
        body = op.request_body
        if body is None:
            return
        media = body.json
        if media is None or media.schema is None:
            raise _fail(op, "only JSON request bodies can be tool arguments")
        schema = self.api.inline(media.schema)
        required = set(schema.get("required") or [])
        flag = op.stream.request_flag if op.stream else None
        for name, prop in (schema.get("properties") or {}).items():
            if name != flag:
                yield str(name), "body", prop, name in required and body.required, None

    def input_schema(self, op: Operation) -> tuple[dict[str, JSON], dict[str, str]]:
        properties: dict[str, JSON] = {}
        locations: dict[str, str] = {}
        required: list[str] = []
        param_example: dict[str, JSON] = {}
        for name, location, schema, is_required, param in self.arguments(op):
            if name in properties:
                raise _fail(op, f"argument {name!r} is both a parameter and a body field")
            prop = dict(_clean(schema))
            if param is not None:
                if param.description:
                    prop["description"] = param.description.strip()
                if param.example is not None:
                    prop["examples"] = [param.example]
                    param_example[name] = param.example
            properties[name] = prop
            locations[name] = location
            if is_required:
                required.append(name)
        out: dict[str, JSON] = {"type": "object", "properties": properties}
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        body_examples = (
            [e.value for e in op.request_body.json.examples]
            if op.request_body and op.request_body.json
            else []
        )
        examples = [{**param_example, **value} for value in body_examples if isinstance(value, Mapping)]
        if not examples and param_example:
            examples = [param_example]
        if examples:
            out["examples"] = _clean(examples)
        # a recursive schema keeps its recursion as "$ref"s into the tool schema's own "$defs"
        return dict(_clean(self.api.with_defs(out))), locations

    # -- output ------------------------------------------------------------------------------

    def output_schema(self, op: Operation) -> tuple[Mapping[str, JSON] | None, tuple[tuple[str, ...], ...]]:
        success = op.success_response
        media = success.json if success is not None else None
        if media is None or media.schema is None:
            return None, ()  # no JSON body: the result is text (or empty)
        schema, withheld = withhold_secrets(self.api.inline(media.schema))
        schema = _clean(schema)
        if not isinstance(schema, Mapping) or schema.get("type") != "object":
            return None, tuple(withheld)  # MCP output schemas describe objects
        if _has_ref(schema):  # recursion: "$ref"s into "$defs", from which secrets are withheld too
            schema = dict(self.api.with_defs(schema))
            schema["$defs"] = {k: _clean(withhold_secrets(v)[0]) for k, v in schema["$defs"].items()}
        return schema, tuple(withheld)

    # -- calls -------------------------------------------------------------------------------

    def call(self, op: Operation) -> str:
        """The generated function calling ``op`` with the tool's arguments."""
        function = f"_{op.operation_id}"
        if function not in self.calls:
            values: dict[str, str] = {}
            for name, _location, _schema, is_required, _param in self.arguments(op):
                key = json.dumps(name)
                values[name] = f"args[{key}]" if is_required else f"args.get({key}, NOT_GIVEN)"
            self.register(function, "args", op, values)
        return function

    def confirmed_call(self, op: Operation, confirmer: Operation) -> str:
        """The generated function calling ``op`` with what ``confirmer``'s response links to it."""
        link = next((lk for lk in confirmer.links if lk.operation_id == op.operation_id), None)
        if link is None:
            raise _fail(op, f"{confirmer.operation_id} has no link to it")
        body = link.request_body if isinstance(link.request_body, Mapping) else {}
        values = {
            str(name): self.link_value(op, link, expression)
            for name, expression in [*link.parameters.items(), *body.items()]
        }
        for name, _location, _schema, is_required, _param in self.arguments(op):
            if is_required and name not in values:
                raise _fail(op, f"link {link.name!r} of {confirmer.operation_id} does not supply {name!r}")
        function = f"_{op.operation_id}_confirmed"
        self.register(function, "confirmed", op, values)
        return function

    def register(self, function: str, source: str, op: Operation, values: Mapping[str, str]) -> None:
        """A call of ``op`` passing ``values`` (argument → Python expression): path arguments in order,
        the others by their relay_sdk keyword, and the call's Idempotency-Key when ``op`` takes one."""
        positional: list[str] = []
        keywords: list[tuple[str, str]] = []
        for name, location, _schema, _required, _param in self.arguments(op):
            if name not in values:
                continue
            if location == "path":
                positional.append(values[name])
            else:
                keywords.append((python_argument(name), values[name]))
        if op.idempotency_key:
            keywords.append(("idempotency_key", "key"))
        self.calls[function] = _CallView(
            function, source, op.resource, op.method_name, tuple(positional), tuple(keywords)
        )

    @staticmethod
    def link_value(op: Operation, link: Link, expression: JSON) -> str:
        """``$response.body#/a/b`` → ``confirmed["a"]["b"]`` (the only link expression supported)."""
        if not isinstance(expression, str) or not expression.startswith(RESPONSE_BODY + "/"):
            raise _fail(op, f"link {link.name!r}: only {RESPONSE_BODY}/… expressions are supported")
        parts = pointer_tokens(expression[len(RESPONSE_BODY) :])
        return "confirmed" + "".join(f"[{json.dumps(part)}]" for part in parts)

    # -- tools -------------------------------------------------------------------------------

    def tool(self, op: Operation) -> _ToolView:
        read_only, destructive, idempotent = _mcp_safety(op)
        confirmer = self.api.operation(op.mcp.confirmed_by) if op.mcp.confirmed_by else None
        source = confirmer or op
        input_schema, locations = self.input_schema(source)
        output_schema, withheld = self.output_schema(op)
        description = self.ctx.render(
            "mcp/description.md.j2",
            op=op,
            confirmer=confirmer,
            arguments=list(input_schema["properties"]),
            consent=not read_only,
            withheld=[".".join(path) for path in withheld],
        ).strip()
        return _ToolView(
            name=op.operation_id,
            title=op.summary or op.operation_id,
            description=description,
            input_schema=input_schema,
            output_schema=output_schema,
            read_only=read_only,
            destructive=destructive,
            idempotent=idempotent,
            paginated=op.paginated,
            locations=locations,
            withheld=withheld,
            call=self.confirmed_call(op, confirmer) if confirmer else self.call(op),
            confirmed_by=confirmer.operation_id if confirmer else None,
            confirm_call=self.call(confirmer) if confirmer else None,
            confirm_withheld=self.output_schema(confirmer)[1] if confirmer else (),
        )


class McpTarget:
    name: ClassVar[str] = "mcp"
    root: ClassVar[str] = MCP_ROOT
    description: ClassVar[str] = "relay-mcp generated half: the MCP tool table (one tool per operation)"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        builder = _Builder(ctx)
        tools = [builder.tool(op) for op in ctx.api.operations if op.mcp.tool]
        calls = [builder.calls[name] for name in sorted(builder.calls)]
        variables: dict[str, Any] = {"tools": tools, "calls": calls}
        return [
            GeneratedFile("__init__.py", ctx.render("mcp/init.py.j2", **variables)),
            GeneratedFile("tools.py", ctx.render("mcp/tools.py.j2", **variables)),
        ]
