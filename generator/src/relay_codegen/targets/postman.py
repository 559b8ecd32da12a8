"""Target ``postman``: a Postman Collection v2.1 and its environment (``postman/``).

What it writes, all derived from the IR (and the raw spec for schemas and examples):

* ``relay.postman_collection.json`` — a "Quickstart" folder that runs the vertical slice with chained
  variables (:mod:`.postman_flow`), then one folder per tag with one request per operation. Every
  request carries the spec's names, descriptions and parameter docs, a body from the spec's examples,
  saved example responses (success and the main errors), and a test script: the status expected for
  this request, the response's JSON Schema inlined from the spec, ``X-Request-Id`` and the other
  required headers, and ``application/problem+json`` on errors. Operations taking ``Idempotency-Key``
  get a pre-request script that sets a fresh UUID on every send. Auth is collection-level bearer
  ``{{apiKey}}``.
* ``relay.postman_environment.json`` — ``baseUrl``, ``apiKey`` (secret) and every chained variable.

The two documents are built as data and written as JSON; what they hold as text comes from one
template per kind (``templates/postman/``): the test and pre-request scripts (JavaScript), the
request and collection descriptions (Markdown).

Output is deterministic: every id is a name-based UUID (SHA-1, :func:`uuid.uuid5`) of a stable key
(the operation id and the item's place), keys are sorted, nothing depends on time or randomness.
"""

from __future__ import annotations

import http
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from relay_codegen.ir import Api, MediaType, Operation, Param, Response, deref, schema_ref_name, schema_refs
from relay_codegen.names import camel_case
from relay_codegen.targets.base import HEADER, Context, GeneratedFile
from relay_codegen.targets.postman_flow import Chain, Check, Expectation, Flow, load_flow, response_for

COLLECTION_FILE = "relay.postman_collection.json"
ENVIRONMENT_FILE = "relay.postman_environment.json"
COLLECTION_SCHEMA_URL = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
#: every id in the output is ``uuid5(ID_NAMESPACE, <stable key>)``
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://relay.dev/postman")
#: error statuses whose spec examples are saved with each request ("the main errors"); the generic
#: transport-level ones (400 malformed JSON, 413, 415, 500) are documented by the spec, not repeated
SAVED_ERROR_STATUSES = frozenset({401, 403, 404, 409, 422, 429, 503})
#: schema annotations dropped when a schema is inlined into a test (validators ignore them anyway)
SCHEMA_ANNOTATIONS = frozenset(
    {"description", "example", "examples", "discriminator", "deprecated", "externalDocs", "xml", "title"}
)
#: keywords whose value maps names to subschemas (so their keys are names, not keywords)
SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
#: where a test's inlined schema keeps the component schemas that refer to themselves (draft-07)
TEST_SCHEMA_DEFINITIONS = "definitions"
IDEMPOTENCY_HEADER = "idempotency-key"
IDEMPOTENCY_VARIABLE = "idempotencyKey"
BASE_URL = "baseUrl"
API_KEY = "apiKey"


# -- helpers -------------------------------------------------------------------------------------------


def stable_id(key: str) -> str:
    """A deterministic UUID for ``key`` (name-based, SHA-1)."""
    return str(uuid.uuid5(ID_NAMESPACE, key))


def reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def _base_media(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def sanitize_schema(node: Any, *, in_map: bool = False) -> Any:
    """A JSON Schema for a validator: annotations and ``x-`` extensions dropped, structure kept."""
    if isinstance(node, Mapping):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if in_map:
                out[key] = sanitize_schema(value)
            elif key in SCHEMA_ANNOTATIONS or key.startswith("x-"):
                continue
            else:
                out[key] = sanitize_schema(value, in_map=key in SCHEMA_MAPS)
        return out
    if isinstance(node, list):
        return [sanitize_schema(v) for v in node]
    return node


def schema_for_test(api: Api, schema: Mapping[str, Any]) -> Any:
    """A response schema for a test, self-contained: every ``$ref`` inlined, except those of a
    schema that contains itself, which point into the schema's own ``definitions``."""
    inlined = sanitize_schema(api.inline(schema))
    definitions: dict[str, Any] = {}
    pending = schema_refs(inlined)
    while pending:
        name = pending.pop(0)
        if name not in definitions:
            definitions[name] = sanitize_schema(api.inline({"$ref": f"#/components/schemas/{name}"}))
            pending += schema_refs(definitions[name])
    if not definitions:
        return inlined
    local = {name: f"#/{TEST_SCHEMA_DEFINITIONS}/{name}" for name in definitions}
    return {
        **_retarget(inlined, local),
        TEST_SCHEMA_DEFINITIONS: {name: _retarget(body, local) for name, body in sorted(definitions.items())},
    }


def _retarget(node: Any, local: Mapping[str, str]) -> Any:
    """``node`` with its ``$ref``s to component schemas pointing at ``local`` ones."""
    if isinstance(node, Mapping):
        name = schema_ref_name(node)
        if name is not None:
            return {**node, "$ref": local[name]}
        return {k: _retarget(v, local) for k, v in node.items()}
    if isinstance(node, list):
        return [_retarget(v, local) for v in node]
    return node


def skeleton(schema: Any, depth: int = 0) -> Any:
    """A placeholder value for a schema without examples: required properties, first enum value."""
    if not isinstance(schema, Mapping) or depth > 8:
        return None
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf", "allOf"):
        if schema.get(key):
            return skeleton(schema[key][0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        return {name: skeleton(props.get(name), depth + 1) for name in schema.get("required") or []}
    return {"array": [], "string": "string", "integer": 0, "number": 0, "boolean": False}.get(str(kind))


def param_doc(param: Param) -> str:
    """A parameter's description, then what its schema allows, in parentheses."""
    schema = param.schema
    facts = []
    kind = schema.get("type")
    if kind:
        facts.append(f"`{'|'.join(kind) if isinstance(kind, list) else kind}`")
    if schema.get("format"):
        facts.append(f"format `{schema['format']}`")
    if schema.get("enum"):
        facts.append("one of " + ", ".join(f"`{v}`" for v in schema["enum"]))
    if "pattern" in schema:
        facts.append(f"pattern `{schema['pattern']}`")
    if "minimum" in schema or "maximum" in schema:
        facts.append(f"{schema.get('minimum', '…')}–{schema.get('maximum', '…')}")
    if "default" in schema:
        facts.append(f"default `{_text(schema['default'])}`")
    facts.append("required" if param.required else "optional")
    return " ".join(p for p in [(param.description or "").strip(), "(" + "; ".join(facts) + ")"] if p)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


@dataclass
class Variable:
    name: str
    default: str = ""
    secret: bool = False
    set_by: list[str] = field(default_factory=list)
    used_by: list[str] = field(default_factory=list)
    note: str = ""

    @property
    def doc(self) -> str:
        parts = [self.note] if self.note else []
        if self.set_by:
            parts.append("Set by " + ", ".join(self.set_by) + ".")
        if self.used_by:
            parts.append("Used by " + ", ".join(self.used_by) + ".")
        return " ".join(parts)


# -- the generator -----------------------------------------------------------------------------------


class _Builder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.api: Api = ctx.api
        self.chain = Chain.from_api(self.api)
        self.flow: Flow = load_flow(self.api)
        self.variables: dict[str, Variable] = {}
        self._schema_cache: dict[str, Any] = {}

    # variables

    def variable(self, name: str) -> Variable:
        if name not in self.variables:
            self.variables[name] = Variable(name)
        return self.variables[name]

    def _uses(self, name: str, who: str, default: Any = None) -> None:
        var = self.variable(name)
        if who not in var.used_by:
            var.used_by.append(who)
        if not var.default and default is not None:
            var.default = _text(default)

    def _sets(self, name: str, op: Operation, pointer: str) -> None:
        var = self.variable(name)
        entry = f"{op.operation_id} (`{pointer}`)"
        if entry not in var.set_by:
            var.set_by.append(entry)

    def collect_variables(self) -> None:
        """Declare every variable before building, so defaults come from the spec's examples."""
        base = self.variable(BASE_URL)
        base.default = str(self.api.servers[0]["url"]) if self.api.servers else "http://127.0.0.1:8080"
        base.note = "The API's base URL (the spec's first server). Point it at your server."
        key = self.variable(API_KEY)
        key.secret = True
        key.note = "Your API key, `relay_sk_…`, sent as `Authorization: Bearer {{apiKey}}` on every request."
        for op in self.api.operations:
            for param in op.params:
                bound = self.chain.params.get(op.operation_id, {}).get(param.name)
                if param.location == "path":
                    self._uses(bound or camel_case(param.name), op.operation_id, param.example)
                elif bound:
                    self._uses(bound, op.operation_id, param.example)
            for name, variable in self.chain.body.get(op.operation_id, {}).items():
                example = self.body_example(op)
                value = example.get(name) if isinstance(example, Mapping) else None
                self._uses(variable, op.operation_id, value)
            for variable, pointer in self.chain.captures.get(op.operation_id, {}).items():
                self._sets(variable, op, pointer)
        for section in self.flow.sections:
            for step in section.steps:
                op = self.api.operation(step.operation_id)
                for variable, pointer in step.captures:
                    self._sets(variable, op, pointer)
                if step.auth_variable:
                    self.variable(step.auth_variable).secret = True
                    self._uses(step.auth_variable, f"{op.operation_id} (as its bearer token)")

    def ordered_variables(self) -> list[Variable]:
        first = [BASE_URL, API_KEY]
        rest = sorted(n for n in self.variables if n not in first)
        return [self.variables[n] for n in first + rest]

    # examples and schemas

    def body_example(self, op: Operation) -> Any:
        body = op.request_body
        media = body.json if body is not None else None
        if media is None:
            return None
        if media.examples:
            return media.examples[0].value
        schema = self.api.inline(media.schema) if media.schema is not None else None
        return skeleton(schema)

    def schema_of(self, media: MediaType) -> Any:
        key = json.dumps(media.schema, sort_keys=True)
        if key not in self._schema_cache:
            self._schema_cache[key] = schema_for_test(self.api, media.schema or {})
        return self._schema_cache[key]

    # request

    def request(self, op: Operation, auth_variable: str | None) -> tuple[dict[str, Any], str]:
        """The request, and its URL with the variables' values filled in (for saved examples)."""
        params_bound = self.chain.params.get(op.operation_id, {})
        path_segments = []  # Postman's, with :name for a path variable
        filled_segments = []  # with the variable's {{value}} instead
        path_variables = []
        for segment in op.path.strip("/").split("/"):
            if segment.startswith("{") and segment.endswith("}"):
                name = segment[1:-1]
                variable = "{{" + (params_bound.get(name) or camel_case(name)) + "}}"
                path_segments.append(f":{name}")
                filled_segments.append(variable)
                path_variables.append(
                    {"key": name, "value": variable, "description": param_doc(op.param(name))}
                )
            else:
                path_segments.append(segment)
                filled_segments.append(segment)
        query = []
        for param in op.query_params:
            bound = params_bound.get(param.name)
            if bound:
                value = "{{" + bound + "}}"
            elif param.example is not None:
                value = _text(param.example)
            else:
                value = _text(param.schema.get("default", ""))
            entry: dict[str, Any] = {"key": param.name, "value": value, "description": param_doc(param)}
            if not (param.required or bound):
                entry["disabled"] = True
            query.append(entry)
        enabled = "&".join(f"{q['key']}={q['value']}" for q in query if not q.get("disabled"))
        suffix = "?" + enabled if enabled else ""
        raw = "{{" + BASE_URL + "}}/" + "/".join(path_segments) + suffix
        filled = "{{" + BASE_URL + "}}/" + "/".join(filled_segments) + suffix
        url: dict[str, Any] = {"raw": raw, "host": ["{{" + BASE_URL + "}}"], "path": path_segments}
        if query:
            url["query"] = query
        if path_variables:
            url["variable"] = path_variables

        headers: list[dict[str, Any]] = []
        for param in op.header_params:
            if param.name.lower() == IDEMPOTENCY_HEADER:
                headers.append(
                    {
                        "key": param.name,
                        "value": "{{" + IDEMPOTENCY_VARIABLE + "}}",
                        "description": param_doc(param)
                        + " Set to a fresh UUID by this request's pre-request script on every send.",
                    }
                )
                continue
            header: dict[str, Any] = {
                "key": param.name,
                "value": _text(param.example),
                "description": param_doc(param),
            }
            if not param.required:
                header["disabled"] = True
            headers.append(header)

        request: dict[str, Any] = {"method": op.http_method, "header": headers, "url": url}
        body = op.request_body
        media = body.json if body is not None else None
        if media is not None:
            example = self.body_example(op)
            bound_fields = self.chain.body.get(op.operation_id, {})
            if isinstance(example, Mapping) and bound_fields:
                example = {**example, **{k: "{{" + v + "}}" for k, v in bound_fields.items()}}
            headers.insert(0, {"key": "Content-Type", "value": media.content_type})
            request["body"] = {
                "mode": "raw",
                "raw": json.dumps(example, ensure_ascii=False, indent=2),
                "options": {"raw": {"language": "json"}},
            }
        if not op.authenticated:
            request["auth"] = {"type": "noauth"}
        elif auth_variable:
            request["auth"] = {
                "type": "bearer",
                "bearer": [{"key": "token", "value": "{{" + auth_variable + "}}", "type": "string"}],
            }
        return request, filled

    # saved example responses

    def saved_responses(
        self, op: Operation, request: Mapping[str, Any], key: str, *, errors: bool
    ) -> list[dict[str, Any]]:
        out = []
        for resp in op.responses:
            code = resp.status_code
            if code is None or not (resp.is_success or (errors and code in SAVED_ERROR_STATUSES)):
                continue
            for media in resp.contents:
                for example in media.examples:
                    if not resp.is_success and not _applies(op, example.value):
                        continue  # a shared response's example of a code this operation never returns
                    headers = [{"key": "Content-Type", "value": media.content_type}]
                    for h in resp.headers:
                        if not h.required:
                            continue
                        value = self._header_example(op, resp, h.name)
                        if value is not None:
                            headers.append({"key": h.name, "value": value})
                    value = example.value
                    body = (
                        json.dumps(value, ensure_ascii=False, indent=2)
                        if media.is_json or not isinstance(value, str)
                        else value
                    )
                    name = f"{code} {reason(code)} — {example.summary or example.name}"
                    out.append(
                        {
                            "id": stable_id(f"{key}:response:{code}:{media.content_type}:{example.name}"),
                            "name": name,
                            "originalRequest": request,
                            "status": reason(code),
                            "code": code,
                            "_postman_previewlanguage": "json" if media.is_json else "text",
                            "header": headers,
                            "cookie": [],
                            "body": body,
                        }
                    )
        return out

    def _header_example(self, op: Operation, resp: Response, name: str) -> str | None:
        """The example of a response header, from the raw spec (the IR keeps headers' schemas only)."""
        doc = self.api.document
        if resp.component:
            node = doc["components"]["responses"][resp.component]
        else:
            node = doc["paths"][op.path][op.http_method.lower()]["responses"][resp.status]
        node = deref(doc, node)
        header = deref(doc, (node.get("headers") or {}).get(name))
        if isinstance(header, Mapping):
            if "example" in header:
                return _text(header["example"])
            schema = header.get("schema")
            if isinstance(schema, Mapping) and "example" in schema:
                return _text(schema["example"])
        return None

    # scripts and descriptions (templates/postman/)

    def script(self, template: str, **variables: Any) -> list[str]:
        """A script as Postman stores it: its lines."""
        return self.ctx.render(template, **variables).splitlines()

    def test_script(
        self, op: Operation, expect: Expectation | None, captures: Mapping[str, str], checks: Sequence[Check]
    ) -> list[str]:
        status = expect.status if expect else op.success_status
        resp = response_for(op, status)
        media = resp.json
        schema = self.schema_of(media) if media is not None and media.schema is not None else None
        alternative = None
        if expect is not None and expect.or_success:  # the success passes too
            success = response_for(op, op.success_status)
            ok_media = success.json
            alternative = {
                "status": op.success_status,
                "reason": reason(op.success_status),
                "schema": self.schema_of(ok_media)
                if ok_media is not None and ok_media.schema is not None
                else None,
                "schema_name": (ok_media.schema_ref or "inline") if ok_media is not None else None,
                "media_types": [_base_media(c.content_type) for c in success.contents],
            }
        return self.script(
            "postman/test.js.j2",
            alternative=alternative,
            op=op,
            status=status,
            reason=reason(status),
            required_headers=[
                h.name for h in resp.headers if h.required and h.name.lower() != "x-request-id"
            ],
            media_types=[_base_media(c.content_type) for c in resp.contents],
            schema=schema,
            schema_name=(media.schema_ref or "inline") if media is not None else None,
            expect=expect,
            checks=checks if media is not None else (),
            captures=captures,
        )

    # items

    def item(
        self,
        op: Operation,
        key: str,
        *,
        name: str,
        note: str = "",
        auth_variable: str | None = None,
        extra_captures: Sequence[tuple[str, str]] = (),
        checks: Sequence[Check] = (),
        expect: Expectation | None = None,
        saved_errors: bool = True,
    ) -> dict[str, Any]:
        expect = expect or self.flow.expectations.get(op.operation_id)
        status = expect.status if expect else op.success_status
        request, filled_url = self.request(op, auth_variable)
        captures: dict[str, str] = {}
        success = op.success_response
        if success is not None and success.json is not None:
            captures.update(self.chain.captures.get(op.operation_id, {}))
            captures.update(dict(extra_captures))
        request["description"] = self.ctx.render(
            "postman/request.md.j2",
            op=op,
            note=note,
            status=status,
            reason=reason(status),
            expect=expect,
            captures=sorted(captures.items()),
        )
        events = [
            {
                "listen": "test",
                "script": {
                    "id": stable_id(f"{key}:test"),
                    "type": "text/javascript",
                    "exec": self.test_script(op, expect, captures, checks),
                },
            }
        ]
        if op.idempotency_key:
            events.insert(
                0,
                {
                    "listen": "prerequest",
                    "script": {
                        "id": stable_id(f"{key}:prerequest"),
                        "type": "text/javascript",
                        "exec": self.script("postman/prerequest.js.j2", variable=IDEMPOTENCY_VARIABLE),
                    },
                },
            )
        original: dict[str, Any] = {
            "method": request["method"],
            "header": [{"key": h["key"], "value": h["value"]} for h in request["header"]],
            "url": filled_url,
        }
        if "body" in request:
            original["body"] = request["body"]
        return {
            "id": stable_id(key),
            "name": name,
            "event": events,
            "request": request,
            "response": self.saved_responses(op, original, key, errors=saved_errors),
        }

    def quickstart(self) -> dict[str, Any] | None:
        if not self.flow.sections:
            return None
        folders = []
        for s_index, section in enumerate(self.flow.sections, start=1):
            items = []
            for index, step in enumerate(section.steps, start=1):
                op = self.api.operation(step.operation_id)
                items.append(
                    self.item(
                        op,
                        f"quickstart:{s_index}:{index}:{op.operation_id}",
                        name=f"{index}. {step.title}",
                        note=step.note,
                        auth_variable=step.auth_variable,
                        extra_captures=step.captures,
                        checks=step.checks,
                        expect=step.expect,
                        saved_errors=False,
                    )
                )
            folders.append(
                {
                    "id": stable_id(f"quickstart:{s_index}"),
                    "name": section.title,
                    "description": section.description,
                    "item": items,
                }
            )
        return {
            "id": stable_id("quickstart"),
            "name": "Quickstart",
            "description": (
                "Run this folder first (the Collection Runner or `newman run` run it in order): each "
                "request captures the ids and tokens the next ones use, as environment variables."
            ),
            "item": folders,
        }

    def tag_folders(self) -> list[dict[str, Any]]:
        folders = []
        for resource in self.api.resources:
            if not resource.operations:
                continue
            # spec order, except DELETEs last, so the ids they consume stay valid for the others
            ordered = sorted(resource.operations, key=lambda op: op.http_method == "DELETE")
            items = [
                self.item(
                    op, f"reference:{resource.name}:{op.operation_id}", name=op.summary or op.method_name
                )
                for op in ordered
            ]
            folders.append(
                {
                    "id": stable_id(f"reference:{resource.name}"),
                    "name": resource.name,
                    "description": resource.description.strip(),
                    "item": items,
                }
            )
        return folders

    # documents

    def collection(self) -> dict[str, Any]:
        self.collect_variables()
        items = []
        quickstart = self.quickstart()
        if quickstart is not None:
            items.append(quickstart)
        items += self.tag_folders()
        variables = [
            {"key": v.name, "value": v.default, "type": "string", "description": v.doc}
            for v in self.ordered_variables()
            if not v.secret
        ]
        description = self.ctx.render(
            "postman/collection.md.j2",
            notice=HEADER,
            collection_file=COLLECTION_FILE,
            environment_file=ENVIRONMENT_FILE,
            idempotency_variable=IDEMPOTENCY_VARIABLE,
            variables=self.ordered_variables(),
        )
        return {
            "info": {
                "_postman_id": stable_id("collection"),
                "name": self.api.title,
                "description": description,
                "schema": COLLECTION_SCHEMA_URL,
                "version": self.api.version,
            },
            "auth": {
                "type": "bearer",
                "bearer": [{"key": "token", "value": "{{" + API_KEY + "}}", "type": "string"}],
            },
            "item": items,
            "variable": variables,
        }

    def environment(self) -> dict[str, Any]:
        values = [
            {
                "key": v.name,
                "value": "" if v.secret else v.default,
                "type": "secret" if v.secret else "default",
                "enabled": True,
            }
            for v in self.ordered_variables()
        ]
        return {
            "id": stable_id("environment"),
            "name": self.api.title,
            "values": values,
            "_postman_variable_scope": "environment",
            "_postman_exported_using": f"{HEADER} · {self.ctx.stamp_line}",
        }


def _dump(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class PostmanTarget:
    name: ClassVar[str] = "postman"
    root: ClassVar[str] = "postman"
    description: ClassVar[str] = "Postman collection v2.1 + environment (Quickstart, tests on every request)"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        builder = _Builder(ctx)
        collection = builder.collection()
        return [
            GeneratedFile(COLLECTION_FILE, _dump(collection)),
            GeneratedFile(ENVIRONMENT_FILE, _dump(builder.environment())),
        ]


def _applies(op: Operation, problem: Any) -> bool:
    """An error example fits ``op`` unless its ``code`` is one the operation's x-relay-errors leaves out."""
    code = problem.get("code") if isinstance(problem, dict) else None
    return not op.errors or not isinstance(code, str) or code in op.errors
