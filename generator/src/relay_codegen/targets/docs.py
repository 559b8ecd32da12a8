"""Target ``docs``: the generated half of the documentation site (``docs/``).

Writes, under ``docs/``:

* ``reference/index.md`` — every operation at a glance;
* ``reference/<resource>.md`` — one page per resource, one entry per operation: method and path,
  roles, parameters, request body, responses and errors with their schemas, and samples;
* ``reference/webhooks.md`` — the webhook events Relay sends, how they are signed;
* ``reference/schemas.md`` — every component schema as a field table (the pages link here);
* ``reference/roles.md`` — the role matrix, from ``x-relay-roles``;
* ``reference/errors.md`` — every ``ErrorCode`` with its status and cause, from the spec;
* ``samples/generated/<operation_id>.{sh,py,ts}`` — the samples shown in the reference, as real
  files that the docs test suite runs against the reference server (curl with bash, Python with
  ``relay_sdk``, TypeScript with ``@relay/sdk-js``). They are built from the spec's examples.

Pages include the sample files through ``pymdownx.snippets`` (from line 4 on, past the header), so
what a reader sees is exactly what the tests run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar
from urllib.parse import quote, urlencode

from relay_codegen.diagnostics import GenerationError
from relay_codegen.ir import Api, Operation, Param, Response, schema_ref_name
from relay_codegen.render import camel_case, py_literal
from relay_codegen.targets.base import Context, GeneratedFile

DOCS_ROOT = "docs"
ROLES = ("admin", "developer", "viewer")
IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
STATUS_LINE = re.compile(r"^- `([a-z_]+)` \((\d{3})\): (.+)$")
# Status → the exception class both SDKs raise for it (issue 5 / issue 6 naming).
SDK_ERRORS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
# Query parameters a generated sample leaves out unless required: pagination is automatic, and
# instants/dates depend on when the sample runs.
SAMPLE_SKIPPED_FORMATS = ("date", "date-time")


def anchor(schema_name: str) -> str:
    return "schema-" + schema_name.lower()


CODE_SPAN = re.compile(r"(`[^`]*`)")


def md_text(text: str) -> str:
    """Spec prose as Markdown: ``<`` and ``>`` outside code spans are text, not HTML tags."""
    parts = CODE_SPAN.split(text)
    return "".join(
        part if i % 2 else part.replace("<", "&lt;").replace(">", "&gt;") for i, part in enumerate(parts)
    )


def cell(text: str | None) -> str:
    """Text fit for one Markdown table cell."""
    if not text:
        return ""
    return md_text(" ".join(text.split())).replace("|", "\\|")


def first_paragraph(text: str) -> str:
    return text.strip().split("\n\n", 1)[0]


def body_text(op: Operation) -> str:
    """The description without its trailing "Roles: …" line (the page states roles itself)."""
    paras = [p for p in op.description.strip().split("\n\n") if not p.strip().startswith("Roles:")]
    return md_text("\n\n".join(p.strip() for p in paras))


class SchemaText:
    """Renders JSON Schemas as short Markdown type expressions and field tables."""

    def __init__(self, api: Api) -> None:
        self.api = api

    def link(self, name: str) -> str:
        return f"[`{name}`](schemas.md#{anchor(name)})"

    def type_of(self, schema: Any) -> str:
        if not isinstance(schema, Mapping):
            return "any"
        ref = schema_ref_name(schema)
        if ref is not None:
            return self.link(ref)
        if "const" in schema:
            return f"`{json.dumps(schema['const'], ensure_ascii=False)}`"
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return " or ".join(self.type_of(s) for s in schema[key])
        if "enum" in schema:
            return "one of " + ", ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in schema["enum"])
        kind = schema.get("type")
        kinds = list(kind) if isinstance(kind, list) else [kind] if kind else []
        parts = []
        for k in kinds:
            if k == "array":
                parts.append(f"array of {self.type_of(schema.get('items'))}")
            elif k == "string" and "format" in schema:
                parts.append(f"string ({schema['format']})")
            else:
                parts.append(str(k))
        return " or ".join(parts) if parts else "any"

    @staticmethod
    def constraints(schema: Mapping[str, Any]) -> str:
        out = []
        if "minimum" in schema and "maximum" in schema:
            out.append(f"{schema['minimum']}–{schema['maximum']}")
        elif "minimum" in schema:
            out.append(f"≥ {schema['minimum']}")
        elif "maximum" in schema:
            out.append(f"≤ {schema['maximum']}")
        if "minLength" in schema or "maxLength" in schema:
            lo, hi = schema.get("minLength", 0), schema.get("maxLength")
            out.append(f"{lo}–{hi} characters" if hi is not None else f"≥ {lo} characters")
        if "maxItems" in schema or "minItems" in schema:
            lo, hi = schema.get("minItems", 0), schema.get("maxItems")
            out.append(f"{lo}–{hi} items" if hi is not None else f"≥ {lo} items")
        if schema.get("uniqueItems"):
            out.append("unique items")
        if "pattern" in schema:
            out.append(f"pattern `{schema['pattern']}`")
        if "default" in schema:
            out.append(f"default `{json.dumps(schema['default'])}`")
        return "; ".join(out)

    def resolved(self, schema: Any) -> Mapping[str, Any]:
        node = schema
        while isinstance(node, Mapping) and "$ref" in node:
            node = self.api.resolve(node["$ref"])
        return node if isinstance(node, Mapping) else {}

    def field_table(self, schema: Any) -> list[str]:
        """A field table for an object schema ([] for anything else)."""
        obj = self.resolved(schema)
        props = obj.get("properties")
        if not isinstance(props, Mapping) or not props:
            return []
        required = set(obj.get("required") or ())
        rows = ["| Field | Type | Required | Description |", "|---|---|---|---|"]
        for name, prop in props.items():
            resolved = self.resolved(prop)
            desc = prop.get("description") or resolved.get("description") or ""
            extra = self.constraints(prop if "$ref" not in prop else resolved)
            text = cell(desc)
            if extra:
                text = f"{text} ({cell(extra)})" if text else cell(extra)
            rows.append(
                f"| `{name}` | {self.type_of(prop)} | {'yes' if name in required else 'no'} | {text} |"
            )
        return rows


# --- samples -----------------------------------------------------------------------------------


def sample_query(op: Operation) -> list[Param]:
    out = []
    for p in op.query_params:
        if p.required:
            out.append(p)
            continue
        if p.component in ("Limit", "After") or p.example is None:
            continue
        if p.schema.get("format") in SAMPLE_SKIPPED_FORMATS:
            continue
        out.append(p)
    return out


def sample_body(op: Operation, *, streamed: bool = False) -> dict[str, Any] | None:
    if op.request_body is None or op.request_body.json is None:
        return None
    examples = op.request_body.json.examples
    if not examples:
        raise GenerationError(f"docs: {op.operation_id} has a request body without an example")
    flag = op.stream.request_flag if op.stream else None
    for ex in examples:
        value = ex.value
        if not isinstance(value, dict):
            raise GenerationError(f"docs: {op.operation_id} example {ex.name} is not an object")
        if flag and bool(value.get(flag)) != streamed:
            continue
        body = dict(value)
        if streamed and flag:
            body.pop(flag, None)
        return body
    raise GenerationError(f"docs: {op.operation_id} has no example with {flag}={streamed}")


def var_name(op: Operation) -> str:
    resp = op.success_response
    media = resp.json if resp is not None else None
    if op.raw_response or media is None or media.schema_ref is None:
        return "content" if op.raw_response else "result"
    name = media.schema_ref
    if op.paginated and name.endswith("List"):
        name = name[: -len("List")]
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def curl_sample(ctx: Context, op: Operation, *, streamed: bool = False) -> str:
    path = op.path
    for p in op.path_params:
        path = path.replace("{" + p.name + "}", quote(str(p.example), safe=".-_~"))
    query = [(p.name, str(p.example)) for p in sample_query(op)]
    url = "$RELAY_BASE_URL" + path + (("?" + urlencode(query)) if query else "")
    lines = [f'curl --fail-with-body -sS{" -N" if streamed else ""} -X {op.http_method} "{url}"']
    if op.authenticated:
        lines.append('-H "Authorization: Bearer $RELAY_API_KEY"')
    body = sample_body(op, streamed=streamed)
    if streamed and op.stream is not None:
        lines.append(f'-H "Accept: {op.stream.content_type}"')
    if op.idempotency_key:
        lines.append('-H "Idempotency-Key: $(openssl rand -hex 16)"')
    if body is not None:
        if streamed and op.stream is not None and op.stream.request_flag:
            body = {**body, op.stream.request_flag: True}
        lines.append('-H "Content-Type: application/json"')
        lines.append("-d " + shell_quote(json.dumps(body, ensure_ascii=False)))
    text = " \\\n  ".join(lines)
    return f"#!/usr/bin/env bash\n{ctx.header('#')}{text}\n"


def py_call(op: Operation, *, streamed: bool = False) -> str:
    args = [py_literal(p.example) for p in op.path_params]
    args += [f"{p.name}={py_literal(p.example)}" for p in sample_query(op)]
    body = sample_body(op, streamed=streamed)
    for key, value in (body or {}).items():
        if not key.isidentifier():
            raise GenerationError(f"docs: {op.operation_id} body field {key!r} is not a name")
        args.append(f"{key}={py_literal(value, 4)}")
    method = op.stream.method_name if streamed and op.stream else op.method_name
    head = f"client.{op.resource}.{method}("
    flat = head + ", ".join(args) + ")"
    if len(flat) <= 80 and "\n" not in flat:
        return flat
    return head + "\n" + "".join(f"    {a},\n" for a in args) + ")"


def python_sample(ctx: Context, op: Operation, *, streamed: bool = False) -> str:
    call = py_call(op, streamed=streamed)
    lines = [
        ctx.header("#").rstrip("\n"),
        "from relay_sdk import Relay",
        "",
        "client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL",
        "",
    ]
    if streamed:
        lines.append(f"with {call} as events:")
        lines.append("    for event in events:")
        lines.append("        print(event.type, event)")
    elif op.paginated:
        item = var_name(op)
        lines.append(f"for {item} in {call}:")
        lines.append(f"    print({item}.id)")
    elif op.raw_response:
        lines.append(f"content = {call}  # bytes")
        lines.append("print(content.decode())")
    else:
        name = var_name(op)
        lines.append(f"{name} = {call}")
        lines.append(f"print({name})")
    return "\n".join(lines) + "\n"


def ts_literal(value: Any, indent: int = 0) -> str:
    flat = _ts_flat(value)
    if len(flat) + indent <= 80 or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 2)
    close = " " * indent
    if isinstance(value, dict):
        items = [f"{pad}{_ts_key(k)}: {ts_literal(v, indent + 2)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{close}}}"
    items = [f"{pad}{ts_literal(v, indent + 2)}," for v in value]
    return "[\n" + "\n".join(items) + f"\n{close}]"


def _ts_key(key: str) -> str:
    return key if IDENT.match(key) else json.dumps(key, ensure_ascii=False)


def _ts_flat(value: Any) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_ts_key(k)}: {_ts_flat(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_ts_flat(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def ts_call(op: Operation, *, streamed: bool = False) -> str:
    args = [json.dumps(p.example, ensure_ascii=False) for p in op.path_params]
    params: dict[str, Any] = {p.name: p.example for p in sample_query(op)}
    params.update(sample_body(op, streamed=streamed) or {})
    if params:
        args.append(ts_literal(params))
    method = op.stream.method_name if streamed and op.stream else op.method_name
    return f"client.{camel_case(op.resource)}.{camel_case(method)}({', '.join(args)})"


def ts_sample(ctx: Context, op: Operation, *, streamed: bool = False) -> str:
    call = ts_call(op, streamed=streamed)
    lines = [
        ctx.header("//").rstrip("\n"),
        'import Relay from "@relay/sdk-js";',
        "",
        "const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL",
        "",
    ]
    if streamed:
        lines.append(f"const stream = await {call};")
        lines.append("for await (const event of stream) {")
        lines.append("  console.log(event.type, event);")
        lines.append("}")
    elif op.paginated:
        item = camel_case(var_name(op))
        lines.append(f"for await (const {item} of {call}) {{")
        lines.append(f"  console.log({item}.id);")
        lines.append("}")
    elif op.raw_response:
        lines.append(f"const response = await {call}; // a fetch Response")
        lines.append("console.log(await response.text());")
    else:
        name = camel_case(var_name(op))
        lines.append(f"const {name} = await {call};")
        lines.append(f"console.log({name});")
    return "\n".join(lines) + "\n"


# --- pages -------------------------------------------------------------------------------------


def sample_tabs(stem: str, indent: str = "") -> list[str]:
    out = []
    for label, ext, lang in (("curl", "sh", "bash"), ("Python", "py", "python"), ("TypeScript", "ts", "ts")):
        start = 4 if ext == "sh" else 3
        out += [
            f'{indent}=== "{label}"',
            "",
            f"{indent}    ```{lang}",
            f'{indent}    --8<-- "generated/{stem}.{ext}:{start}:"',
            f"{indent}    ```",
            "",
        ]
    return out


def example_block(value: Any, content_type: str) -> list[str]:
    if isinstance(value, str):
        lang = "text"
        text = value.rstrip("\n")
    else:
        lang = "json"
        text = json.dumps(value, indent=2, ensure_ascii=False)
    if content_type == "text/csv":
        lang = "text"
    return [f"```{lang}", *text.split("\n"), "```"]


class DocsTarget:
    name: ClassVar[str] = "docs"
    root: ClassVar[str] = DOCS_ROOT
    description: ClassVar[str] = (
        "API reference pages and runnable curl/Python/TypeScript samples for the docs site"
    )

    known_codes: frozenset[str] = frozenset()

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        api = ctx.api
        st = SchemaText(api)
        files: list[GeneratedFile] = []
        resources = [r for r in api.resources if r.operations]
        self.known_codes = frozenset(code for code, _, _ in error_code_rows(api))
        files.append(GeneratedFile("reference/index.md", self.index_page(ctx, resources)))
        for res in resources:
            files.append(GeneratedFile(f"reference/{res.name}.md", self.resource_page(ctx, st, res)))
        files.append(GeneratedFile("reference/webhooks.md", self.webhooks_page(ctx, st)))
        files.append(GeneratedFile("reference/schemas.md", self.schemas_page(ctx, st)))
        files.append(GeneratedFile("reference/roles.md", self.roles_page(ctx)))
        files.append(GeneratedFile("reference/errors.md", self.errors_page(ctx)))
        for op in api.operations:
            stems = [(op.operation_id, False)]
            if op.stream is not None:
                stems.append((f"{op.resource}_{op.stream.method_name}", True))
            for stem, streamed in stems:
                files.append(
                    GeneratedFile(f"samples/generated/{stem}.sh", curl_sample(ctx, op, streamed=streamed))
                )
                files.append(
                    GeneratedFile(f"samples/generated/{stem}.py", python_sample(ctx, op, streamed=streamed))
                )
                files.append(
                    GeneratedFile(f"samples/generated/{stem}.ts", ts_sample(ctx, op, streamed=streamed))
                )
        return files

    # -- pages ----------------------------------------------------------------------------------

    @staticmethod
    def head(ctx: Context, title: str) -> list[str]:
        return [ctx.header("<!--", " -->").rstrip("\n"), "", f"# {title}", ""]

    def index_page(self, ctx: Context, resources: Sequence[Any]) -> str:
        api = ctx.api
        lines = self.head(ctx, "API reference")
        lines += [
            f"{api.title} {api.version}. Every page here is generated from `spec/openapi.yaml`, the "
            "single source of truth, and every sample on it is run against the reference server by "
            "the docs test suite.",
            "",
            "| Server | URL |",
            "|---|---|",
        ]
        for server in api.servers:
            lines.append(f"| {cell(str(server.get('description', '')))} | `{server.get('url')}` |")
        lines += [
            "",
            "Authenticate with `Authorization: Bearer relay_sk_…`; the roles each operation allows are "
            "in the [role matrix](roles.md). Errors are `application/problem+json` with a stable "
            "`code` ([error codes](errors.md)). Shared types are on the [schemas](schemas.md) page; "
            "the events Relay sends you are on the [webhooks](webhooks.md) page.",
            "",
        ]
        for res in resources:
            lines += [f"## [{res.name}]({res.name}.md)", "", cell(res.description), ""]
            lines += ["| Operation | Method and path | Python | TypeScript |", "|---|---|---|---|"]
            for op in res.operations:
                lines.append(
                    f"| [{cell(op.summary)}]({res.name}.md#{op.operation_id}) "
                    f"| `{op.http_method} {op.path}` | `client.{op.resource}.{op.method_name}` "
                    f"| `client.{camel_case(op.resource)}.{camel_case(op.method_name)}` |"
                )
            lines.append("")
        return "\n".join(lines).rstrip("\n") + "\n"

    def resource_page(self, ctx: Context, st: SchemaText, res: Any) -> str:
        lines = self.head(ctx, f"{res.name}")
        lines += [cell(res.description), ""]
        for op in res.operations:
            lines += self.operation_entry(st, op)
        return "\n".join(lines).rstrip("\n") + "\n"

    def operation_entry(self, st: SchemaText, op: Operation) -> list[str]:
        lines = [f"## {op.summary} {{#{op.operation_id}}}", "", f"`{op.http_method} {op.path}`", ""]
        lines += [body_text(op), ""]
        facts = []
        if op.authenticated:
            facts.append("**Roles:** " + ", ".join(f"`{r}`" for r in op.roles))
        else:
            facts.append("**Authentication:** none")
        facts.append(
            f"**SDK:** `client.{op.resource}.{op.method_name}` (Python), "
            f"`client.{camel_case(op.resource)}.{camel_case(op.method_name)}` (TypeScript)"
        )
        if op.paginated:
            facts.append("**Pagination:** cursor — see [Pagination](../guides/pagination.md)")
        if op.idempotency_key:
            facts.append(
                "**Idempotency:** `Idempotency-Key` accepted; the SDKs send one — see "
                "[Idempotency and retries](../guides/idempotency-and-retries.md)"
            )
        if op.stream is not None:
            facts.append(
                f"**Streaming:** `{op.stream.request_flag}: true` answers `{op.stream.content_type}`; "
                f"SDK method `{op.stream.method_name}` — see [Chat streaming](../guides/chat-streaming.md)"
            )
        lines += [f"- {fact}" for fact in facts] + [""]
        if op.params:
            lines += [
                "**Parameters**",
                "",
                "| Name | In | Type | Required | Description |",
                "|---|---|---|---|---|",
            ]
            for p in op.params:
                desc = cell(p.description)
                extra = st.constraints(p.schema)
                if extra:
                    desc = f"{desc} ({cell(extra)})"
                lines.append(
                    f"| `{p.name}` | {p.location} | {st.type_of(p.schema)} "
                    f"| {'yes' if p.required else 'no'} | {desc} |"
                )
            lines.append("")
        rb = op.request_body
        if rb is not None:
            lines += ["**Request body**", ""]
            for media in rb.contents:
                optional = "" if rb.required else " (optional)"
                lines += [f"`{media.content_type}` — {st.type_of(media.schema)}{optional}", ""]
                lines += st.field_table(media.schema)
                lines.append("")
                for ex in media.examples:
                    lines += [f'??? example "Example `{ex.name}`"', ""]
                    lines += ["    " + ln if ln else "" for ln in example_block(ex.value, media.content_type)]
                    lines.append("")
        lines += ["**Responses**", "", "| Status | Description | Content |", "|---|---|---|"]
        for resp in op.responses:
            lines.append(f"| `{resp.status}` | {cell(resp.description)} | {self.content_cell(st, resp)} |")
        lines.append("")
        if op.stream is not None:
            lines += [
                f"**Server-Sent Events** (`{op.stream.content_type}`, with `{op.stream.request_flag}: true`)",
                "",
                "| Event | Data |",
                "|---|---|",
            ]
            for event in op.stream.events:
                data = st.link(event.schema_ref) if event.schema_ref else "JSON"
                lines.append(f"| `{event.name}` | {data} |")
            lines.append("")
        for resp in op.responses:
            if not resp.is_success:
                continue
            for media in resp.contents:
                table = st.field_table(media.schema)
                if table:
                    lines += [f"`{resp.status}` `{media.content_type}` — {st.type_of(media.schema)}", ""]
                    lines += table
                    lines.append("")
                for ex in media.examples:
                    lines += [
                        f'??? example "Response `{resp.status}` `{media.content_type}` — `{ex.name}`"',
                        "",
                    ]
                    lines += ["    " + ln if ln else "" for ln in example_block(ex.value, media.content_type)]
                    lines.append("")
        codes = self.error_codes(op, self.known_codes)
        if codes:
            lines += [
                "**Errors** — `application/problem+json` ([`Problem`](schemas.md#schema-problem)): "
                + ", ".join(f"[`{c}`](errors.md#{c})" for c in codes),
                "",
            ]
        lines += ["**Samples**", ""]
        lines += sample_tabs(op.operation_id)
        if op.stream is not None:
            lines += [f"**Samples — streaming (`{op.stream.method_name}`)**", ""]
            lines += sample_tabs(f"{op.resource}_{op.stream.method_name}")
        return lines

    @staticmethod
    def content_cell(st: SchemaText, resp: Response) -> str:
        parts = []
        for media in resp.contents:
            ref = media.schema_ref
            parts.append(f"`{media.content_type}`" + (f" {st.link(ref)}" if ref else ""))
        return "<br>".join(parts)

    @staticmethod
    def error_codes(op: Operation, known: frozenset[str]) -> list[str]:
        codes: list[str] = []
        for resp in op.error_responses:
            for media in resp.contents:
                for ex in media.examples:
                    value = ex.value
                    if (
                        isinstance(value, Mapping)
                        and isinstance(value.get("code"), str)
                        and value["code"] not in codes
                    ):
                        codes.append(value["code"])
            for code in re.findall(r"`([a-z_]+)`", resp.description):
                if code not in codes and code in known:
                    codes.append(code)
        return codes

    def webhooks_page(self, ctx: Context, st: SchemaText) -> str:
        lines = self.head(ctx, "Webhook events")
        lines += [
            "Relay POSTs these events to your [webhook endpoints](webhook_endpoints.md). Each "
            "delivery is signed per the Standard Webhooks specification; verify it before trusting "
            "it — see [Webhooks](../guides/webhooks.md).",
            "",
        ]
        for hook in ctx.api.webhooks:
            lines += [
                f"## `{hook.name}` {{#{hook.name.replace('.', '-')}}}",
                "",
                md_text(hook.description.strip()),
                "",
            ]
            rb = hook.request_body
            if rb is None:
                continue
            for media in rb.contents:
                lines += [f"`{media.content_type}` — {st.type_of(media.schema)}", ""]
                lines += st.field_table(media.schema)
                lines.append("")
                for ex in media.examples:
                    lines += [f'??? example "Payload `{ex.name}`"', ""]
                    lines += ["    " + ln if ln else "" for ln in example_block(ex.value, media.content_type)]
                    lines.append("")
        headers = ctx.api.document.get("components", {}).get("parameters", {})
        lines += ["## Headers", "", "| Header | Description |", "|---|---|"]
        for key in ("WebhookId", "WebhookTimestamp", "WebhookSignature"):
            if key in headers:
                lines.append(f"| `{headers[key]['name']}` | {cell(headers[key].get('description'))} |")
        return "\n".join(lines).rstrip("\n") + "\n"

    def schemas_page(self, ctx: Context, st: SchemaText) -> str:
        lines = self.head(ctx, "Schemas")
        lines += ["Every type of the API, as the operations' pages link to it.", ""]
        for name in sorted(ctx.api.schemas):
            schema = ctx.api.schemas[name]
            lines += [f"## {name} {{#{anchor(name)}}}", ""]
            if schema.get("description"):
                lines += [md_text(str(schema["description"]).strip()), ""]
            table = st.field_table(schema)
            if table:
                lines += table
            else:
                text = st.type_of({k: v for k, v in schema.items() if k != "description"})
                extra = st.constraints(schema)
                lines.append(f"Type: {text}" + (f" ({extra})" if extra else ""))
            lines.append("")
        return "\n".join(lines).rstrip("\n") + "\n"

    def roles_page(self, ctx: Context) -> str:
        lines = self.head(ctx, "Role matrix")
        role_doc = ctx.api.schemas.get("Role", {}).get("description", "")
        lines += [
            "Which API key role may call which operation, from each operation's `x-relay-roles`. "
            "A call outside its role answers `403` [`forbidden`](errors.md#forbidden).",
            "",
            str(role_doc).strip(),
            "",
            "| Operation | Method and path | " + " | ".join(f"`{r}`" for r in ROLES) + " |",
            "|---|---|" + "---|" * len(ROLES),
        ]
        for op in ctx.api.operations:
            if op.authenticated:
                marks = ["✅" if r in op.roles else "—" for r in ROLES]
            else:
                marks = ["no key needed"] * len(ROLES)
            lines.append(
                f"| [`{op.resource}.{op.method_name}`]({op.resource}.md#{op.operation_id}) "
                f"| `{op.http_method} {op.path}` | " + " | ".join(marks) + " |"
            )
        return "\n".join(lines).rstrip("\n") + "\n"

    def errors_page(self, ctx: Context) -> str:
        rows = error_code_rows(ctx.api)
        lines = self.head(ctx, "Error codes")
        lines += [
            "Every error is an RFC 9457 `application/problem+json` document "
            "([`Problem`](schemas.md#schema-problem)) whose `code` is one of these. Branch on `code`, "
            "never on `title` or `detail`. What to do about each one: [Errors](../guides/errors.md).",
            "",
            "| Code | HTTP status | Cause | SDK exception |",
            "|---|---|---|---|",
        ]
        for code, status, cause in rows:
            exc = SDK_ERRORS.get(status, "InternalServerError" if status >= 500 else "APIStatusError")
            lines.append(f"| `{code}`{{#{code}}} | {status} | {cell(cause)} | `{exc}` |")
        return "\n".join(lines).rstrip("\n") + "\n"


def error_code_rows(api: Api) -> list[tuple[str, int, str]]:
    """``(code, status, cause)`` for every ErrorCode, from the schema's description list."""
    schema = api.schemas.get("ErrorCode")
    if not schema:
        raise GenerationError("docs: the spec has no ErrorCode schema")
    described: dict[str, tuple[int, str]] = {}
    for line in str(schema.get("description", "")).splitlines():
        m = STATUS_LINE.match(line.strip())
        if m:
            described[m.group(1)] = (int(m.group(2)), m.group(3).strip())
    rows = []
    for code in schema.get("enum") or ():
        if code not in described:
            raise GenerationError(f"docs: ErrorCode {code!r} has no `- `code` (status): cause` line")
        status, cause = described[code]
        rows.append((str(code), status, cause))
    return rows
