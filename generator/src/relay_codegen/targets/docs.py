"""Target ``docs``: the generated half of the documentation site (``docs/``).

Writes, under ``docs/``, one Jinja template per output kind (``templates/docs/``):

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

This module only prepares what the templates show: Markdown type expressions and field tables of
schemas (:class:`SchemaText`), the samples' calls and arguments (:class:`Sample`). Pages include
the sample files through ``pymdownx.snippets`` (past the header), so what a reader sees is
exactly what the tests run.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import quote, urlencode

from relay_codegen.diagnostics import GenerationError
from relay_codegen.ir import Api, ErrorCodeDoc, Operation, Param, Response, SdkNames, deref, schema_ref_name
from relay_codegen.names import camel_case, python_argument, snake_case
from relay_codegen.syntax import code_spans, md_cell, md_text, md_wrap_code, py_literal, ts_literal
from relay_codegen.targets.base import Context, GeneratedFile

DOCS_ROOT = "docs"
ROLES = ("admin", "developer", "viewer")
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
# A Python sample's call stays on one line up to this length.
PY_CALL_WIDTH = 80
# The webhook headers documented on the webhooks page (components/parameters).
WEBHOOK_HEADERS = ("WebhookId", "WebhookTimestamp", "WebhookSignature")


def anchor(schema_name: str) -> str:
    return "schema-" + schema_name.lower()


def body_text(op: Operation) -> str:
    """The description without its trailing "Roles: …" line (the page states roles itself)."""
    paras = [p for p in op.description.strip().split("\n\n") if not p.strip().startswith("Roles:")]
    return md_text("\n\n".join(p.strip() for p in paras))


@dataclass(frozen=True)
class FieldRow:
    name: str
    type: str  # Markdown
    required: bool
    description: str  # one table cell


@dataclass(frozen=True)
class ExampleBlock:
    name: str
    summary: str | None
    lang: str  # the fenced block's language
    lines: tuple[str, ...]


class SchemaText:
    """JSON Schemas as short Markdown type expressions and field tables."""

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

    def described(self, text: str | None, schema: Mapping[str, Any]) -> str:
        """A description cell: the text, then the schema's constraints in parentheses."""
        extra = self.constraints(schema)
        if not extra:
            return md_cell(text)
        return f"{md_cell(text)} ({md_cell(extra)})" if text else md_cell(extra)

    def resolved(self, schema: Any) -> Mapping[str, Any]:
        node = deref(self.api.document, schema)
        return node if isinstance(node, Mapping) else {}

    def fields(self, schema: Any) -> list[FieldRow]:
        """The rows of an object schema's field table ([] for anything else)."""
        obj = self.resolved(schema)
        props = obj.get("properties")
        if not isinstance(props, Mapping) or not props:
            return []
        required = set(obj.get("required") or ())
        rows = []
        for name, prop in props.items():
            resolved = self.resolved(prop)
            desc = prop.get("description") or resolved.get("description") or ""
            rows.append(
                FieldRow(
                    name=str(name),
                    type=self.type_of(prop),
                    required=name in required,
                    description=self.described(desc, prop if "$ref" not in prop else resolved),
                )
            )
        return rows

    @staticmethod
    def examples(media: Any) -> list[ExampleBlock]:
        """A media type's examples as fenced blocks (JSON pretty-printed, text as it is)."""
        out = []
        for ex in media.examples:
            value = ex.value
            if isinstance(value, str):
                lang, text = "text", value.rstrip("\n")
            else:
                lang, text = "json", json.dumps(value, indent=2, ensure_ascii=False)
            if media.content_type == "text/csv":
                lang = "text"
            out.append(ExampleBlock(ex.name, ex.summary, lang, tuple(text.split("\n"))))
        return out


def error_codes(op: Operation, known: frozenset[str]) -> list[str]:
    """The error codes an operation can return: its ``x-relay-errors``; without one (a spec that does not
    follow that convention), its error examples' ``code``, then the known codes its error responses'
    descriptions name in code spans."""
    if op.errors:
        return list(op.errors)
    codes: list[str] = []
    for resp in op.error_responses:
        for media in resp.contents:
            for ex in media.examples:
                code = ex.value.get("code") if isinstance(ex.value, Mapping) else None
                if isinstance(code, str) and code not in codes:
                    codes.append(code)
        for code in code_spans(resp.description):
            if code not in codes and code in known:
                codes.append(code)
    return codes


def response_text(op: Operation, resp: Response, known: Mapping[str, ErrorCodeDoc]) -> str:
    """A row's description cell: an error status lists the codes of ``op`` it stands for, with their causes
    (never the codes a shared response names for other operations); anything else, its description."""
    codes = [known[c] for c in op.errors if c in known and str(known[c].status) == resp.status]
    if resp.is_success or not codes:
        return md_cell(resp.description)
    return "<br>".join(f"[`{c.code}`](errors.md#{c.code}): {md_cell(c.cause)}" for c in codes)


# --- samples -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One operation's sample (or its streaming variant), in the three languages."""

    op: Operation
    streamed: bool
    stem: str  # the files' name: samples/generated/<stem>.{sh,py,ts}
    sdk: SdkNames
    query: tuple[Param, ...]
    body: Mapping[str, Any] | None
    result: str  # the snake_case variable a sample assigns the result to

    @property
    def kind(self) -> str:
        """What the call returns: "stream", "page", "bytes", "value", or "none" (no content)."""
        if self.streamed:
            return "stream"
        if self.op.paginated:
            return "page"
        if self.op.raw_response:
            return "bytes"
        success = self.op.success_response
        return "value" if success is not None and success.contents else "none"

    # curl

    @property
    def url(self) -> str:
        path = "".join(
            quote(str(self.op.param(p.text).example), safe=".-_~") if p.is_param else p.text
            for p in self.op.path_parts
        )
        query = [(p.name, str(p.example)) for p in self.query]
        return "$RELAY_BASE_URL" + path + (("?" + urlencode(query)) if query else "")

    @property
    def curl_body(self) -> str | None:
        if self.body is None:
            return None
        body = dict(self.body)
        if self.streamed and self.op.stream is not None and self.op.stream.request_flag:
            body[self.op.stream.request_flag] = True
        return json.dumps(body, ensure_ascii=False)

    # Python

    @property
    def py_args(self) -> list[str]:
        args = [py_literal(p.example) for p in self.op.path_params]
        args += [f"{python_argument(p.name)}={py_literal(p.example)}" for p in self.query]
        for key, value in (self.body or {}).items():
            args.append(f"{python_argument(key)}={py_literal(value, 4)}")
        return args

    @property
    def py_call_fits(self) -> bool:
        flat = f"{self.sdk.python}({', '.join(self.py_args)})"
        return len(flat) <= PY_CALL_WIDTH and "\n" not in flat

    # TypeScript

    @property
    def ts_args(self) -> list[str]:
        args = [json.dumps(p.example, ensure_ascii=False) for p in self.op.path_params]
        params: dict[str, Any] = {p.name: p.example for p in self.query}
        params.update(self.body or {})
        if params:
            args.append(ts_literal(params))
        return args

    @property
    def ts_result(self) -> str:
        return camel_case(self.result)


def samples(op: Operation) -> list[Sample]:
    out = [_sample(op, streamed=False, stem=op.operation_id, sdk=op.sdk)]
    if op.stream is not None:
        stem = f"{op.resource}_{op.stream.sdk.python_method}"
        out.append(_sample(op, streamed=True, stem=stem, sdk=op.stream.sdk))
    return out


def _sample(op: Operation, *, streamed: bool, stem: str, sdk: SdkNames) -> Sample:
    return Sample(
        op=op,
        streamed=streamed,
        stem=stem,
        sdk=sdk,
        query=tuple(sample_query(op)),
        body=sample_body(op, streamed=streamed),
        result=result_name(op),
    )


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


def result_name(op: Operation) -> str:
    """What a sample calls the result: the returned schema (a page's item), in snake_case."""
    resp = op.success_response
    media = resp.json if resp is not None else None
    if op.raw_response or media is None or media.schema_ref is None:
        return "content" if op.raw_response else "result"
    name = media.schema_ref
    if op.paginated and name.endswith("List"):
        name = name[: -len("List")]
    return snake_case(name)


# --- the target --------------------------------------------------------------------------------


class DocsTarget:
    name: ClassVar[str] = "docs"
    root: ClassVar[str] = DOCS_ROOT
    description: ClassVar[str] = (
        "API reference pages and runnable curl/Python/TypeScript samples for the docs site"
    )

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        api = ctx.api
        if not api.error_codes:
            raise GenerationError("docs: the spec has no ErrorCode schema (or it lists no codes)")
        known = frozenset(e.code for e in api.error_codes)
        by_code = {e.code: e for e in api.error_codes}
        resources = [r for r in api.resources if r.operations]
        common: dict[str, Any] = {
            "st": SchemaText(api),
            "anchor": anchor,
            "content_types": content_types,
            "body_text": body_text,
            "error_codes": lambda op: error_codes(op, known),
            "response_text": lambda op, resp: response_text(op, resp, by_code),
            "samples": samples,
        }
        files = [GeneratedFile("reference/index.md", ctx.render("docs/index.md.j2", resources=resources))]
        for res in resources:
            page = ctx.render("docs/resource.md.j2", resource=res, **common)
            files.append(GeneratedFile(f"reference/{res.name}.md", page))
        headers = (api.document.get("components") or {}).get("parameters") or {}
        files += [
            GeneratedFile(
                "reference/webhooks.md",
                ctx.render(
                    "docs/webhooks.md.j2",
                    headers=[headers[key] for key in WEBHOOK_HEADERS if key in headers],
                    **common,
                ),
            ),
            GeneratedFile("reference/schemas.md", ctx.render("docs/schemas.md.j2", **common)),
            GeneratedFile(
                "reference/roles.md",
                ctx.render(
                    "docs/roles.md.j2",
                    roles=ROLES,
                    role_doc=str(api.schemas.get("Role", {}).get("description", "")).strip(),
                ),
            ),
            GeneratedFile("reference/errors.md", ctx.render("docs/errors.md.j2", sdk_errors=SDK_ERRORS)),
        ]
        for op in api.operations:
            for sample in samples(op):
                for ext in ("sh", "py", "ts"):
                    text = ctx.render(f"docs/sample.{ext}.j2", sample=sample)
                    files.append(GeneratedFile(f"samples/generated/{sample.stem}.{ext}", text))
        return files


def content_types(st: SchemaText, resp: Response) -> str:
    """A responses table's Content cell."""
    return "<br>".join(
        md_wrap_code(m.content_type) + (f" {st.link(m.schema_ref)}" if m.schema_ref else "")
        for m in resp.contents
    )
