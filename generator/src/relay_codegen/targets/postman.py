"""Target ``postman``: a Postman Collection v2.1 and its environment (``postman/``).

What it writes, all derived from the IR (and the raw spec for schemas and examples):

* ``relay.postman_collection.json`` — a "Quickstart" folder that runs the vertical slice with chained
  variables, then one folder per tag with one request per operation. Every request carries the spec's
  names, descriptions and parameter docs, a body from the spec's examples, saved example responses
  (success and the main errors), and a test script: the status expected for this request, the
  response's JSON Schema inlined from the spec, ``X-Request-Id`` and the other required headers, and
  ``application/problem+json`` on errors. Operations taking ``Idempotency-Key`` get a pre-request
  script that sets a fresh UUID on every send. Auth is collection-level bearer ``{{apiKey}}``.
* ``relay.postman_environment.json`` — ``baseUrl``, ``apiKey`` (secret) and every chained variable.

Chaining comes from the spec's response ``links``: a link ``key_id: $response.body#/id`` from
``api_keys_create`` to ``api_keys_retrieve`` makes the create request capture ``keyId`` and the
retrieve request use ``{{keyId}}``. Links from a page's first item (``#/data/0/...``) are not chained:
a fresh workspace's pages may be empty and their first item is arbitrary.

Output is deterministic: every id is a name-based UUID (SHA-1, :func:`uuid.uuid5`) of a stable key
(the operation id and the item's place), keys are sorted, nothing depends on time or randomness.
"""

from __future__ import annotations

import http
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from relay_codegen.diagnostics import GenerationError
from relay_codegen.ir import Api, MediaType, Operation, Param, Response
from relay_codegen.render import camel_case
from relay_codegen.targets.base import HEADER, Context, GeneratedFile

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
IDEMPOTENCY_HEADER = "idempotency-key"
IDEMPOTENCY_VARIABLE = "idempotencyKey"
BASE_URL = "baseUrl"
API_KEY = "apiKey"


@dataclass(frozen=True)
class Expectation:
    """The outcome a request checks when it is not the operation's success."""

    status: int
    code: str | None  # the problem's ``code``
    reason: str  # why, in the request's description


#: Operations whose success cannot be reached by a collection run against a fresh server: their request
#: checks the documented refusal instead. Each status must be one the spec declares for the operation.
EXPECTATIONS: Mapping[str, Expectation] = {
    "connections_complete": Expectation(
        422,
        "validation_failed",
        "The saved `code` is the spec's example, not one a provider issued after a user consented, so a "
        "collection run checks the documented refusal (`validation_failed`, 422). To connect for real, "
        "open the `authorization_url` from *Start an OAuth connection*, consent, and paste the `code` "
        "the provider appends to your redirect URI.",
    ),
    "connections_revoke": Expectation(
        404,
        "not_found",
        "A fresh workspace has no connection (completing one needs a user's consent in a browser), so "
        "a collection run checks that an unknown, well-formed id is a 404. After connecting, set "
        "`connectionId` to the new connection's id.",
    ),
}


@dataclass(frozen=True)
class Step:
    """One request of the Quickstart."""

    operation_id: str
    title: str
    note: str  # what this step shows, first line of its description
    auth_variable: str | None = None  # bearer token variable instead of the collection's {{apiKey}}
    captures: tuple[tuple[str, str], ...] = ()  # (variable, JSON pointer into the success body)
    checks: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (test name, JS lines with ``body``)
    expect: Expectation | None = None


@dataclass(frozen=True)
class Section:
    title: str
    description: str
    steps: tuple[Step, ...]


def _var(name: str) -> str:
    return f"pm.variables.get({json.dumps(name)})"


QUICKSTART: tuple[Section, ...] = (
    Section(
        "1. Preview and execute an action",
        "The vertical slice: the workspace, the action catalog, a preview with its confirm token, the "
        "execution it confirms, and the execution log.",
        (
            Step(
                "workspace_retrieve",
                "Retrieve the workspace",
                "Checks the API key works and remembers the workspace id as `workspaceId`.",
                captures=(("workspaceId", "/id"),),
            ),
            Step(
                "actions_list",
                "List actions",
                "The action catalog; the next steps preview and execute the action `{{actionId}}`.",
                checks=(
                    (
                        "the catalog lists the actionId action",
                        (
                            "const ids = body.data.map(function (a) { return a.id; });",
                            f"pm.expect(ids).to.include({_var('actionId')});",
                        ),
                    ),
                ),
            ),
            Step(
                "actions_preview",
                "Preview the action",
                "Validates the params and returns a human summary and a single-use `confirm_token`, "
                "captured as `confirmToken`.",
                checks=(
                    (
                        "the preview is for the actionId action",
                        (f"pm.expect(body.action_id).to.eql({_var('actionId')});",),
                    ),
                ),
            ),
            Step(
                "actions_execute",
                "Execute with the confirm token",
                "Executes the previewed action with `{{confirmToken}}` and a fresh `Idempotency-Key`; "
                "the execution's id is captured as `executionId`.",
                checks=(
                    (
                        "the execution ran the actionId action, succeeded, with this Idempotency-Key",
                        (
                            f"pm.expect(body.action_id).to.eql({_var('actionId')});",
                            'pm.expect(body.status).to.eql("succeeded");',
                            f"pm.expect(body.idempotency_key).to.eql({_var(IDEMPOTENCY_VARIABLE)});",
                        ),
                    ),
                ),
            ),
            Step(
                "executions_retrieve",
                "Retrieve the execution",
                "Reads the execution back by its id.",
                checks=(
                    (
                        "it is the execution just made",
                        (f"pm.expect(body.id).to.eql({_var('executionId')});",),
                    ),
                ),
            ),
            Step(
                "executions_list",
                "List executions",
                "The workspace's executions, newest first.",
                checks=(
                    (
                        "the list starts with the execution just made",
                        (f"pm.expect(body.data[0].id).to.eql({_var('executionId')});",),
                    ),
                ),
            ),
        ),
    ),
    Section(
        "2. API key lifecycle",
        "Create an API key, use it, revoke it, and see it refused.",
        (
            Step(
                "api_keys_create",
                "Create an API key",
                "Creates a key; its id is captured as `keyId` and its secret (shown only now) as "
                "`newApiKey`.",
                captures=(("newApiKey", "/secret"),),
            ),
            Step(
                "workspace_retrieve",
                "Use the new key",
                "Calls the API with `{{newApiKey}}` instead of `{{apiKey}}`: same workspace.",
                auth_variable="newApiKey",
                checks=(
                    (
                        "the new key belongs to the same workspace",
                        (f"pm.expect(body.id).to.eql({_var('workspaceId')});",),
                    ),
                ),
            ),
            Step(
                "api_keys_revoke",
                "Revoke the new key",
                "Revokes `{{keyId}}` at once.",
                checks=(
                    (
                        "the revoked key is keyId, with revoked_at set",
                        (
                            f"pm.expect(body.id).to.eql({_var('keyId')});",
                            "pm.expect(body.revoked_at).to.be.a('string');",
                        ),
                    ),
                ),
            ),
            Step(
                "workspace_retrieve",
                "The revoked key is refused",
                "The same call with the revoked key now fails with 401 `unauthenticated`.",
                auth_variable="newApiKey",
                expect=Expectation(401, "unauthenticated", "The key was revoked by the previous step."),
            ),
        ),
    ),
    Section(
        "3. Webhook endpoint lifecycle",
        "Create a webhook endpoint, send it a signed test event, list its deliveries, delete it.",
        (
            Step(
                "webhook_endpoints_create",
                "Create a webhook endpoint",
                "Subscribes a URL to events; the endpoint's id is captured as `endpointId` (its signing "
                "secret is shown only now).",
            ),
            Step(
                "webhook_endpoints_test",
                "Send a test event",
                "Queues a signed `ping`; the delivery's id is captured as `deliveryId`.",
                captures=(("deliveryId", "/id"),),
                checks=(
                    (
                        "a ping to endpointId was queued",
                        (
                            f"pm.expect(body.endpoint_id).to.eql({_var('endpointId')});",
                            'pm.expect(body.event_type).to.eql("ping");',
                        ),
                    ),
                ),
            ),
            Step(
                "webhook_endpoints_list_deliveries",
                "List the endpoint's deliveries",
                "The endpoint's deliveries, with their attempts.",
                checks=(
                    (
                        "the ping's delivery is listed",
                        (
                            "const ids = body.data.map(function (d) { return d.id; });",
                            f"pm.expect(ids).to.include({_var('deliveryId')});",
                        ),
                    ),
                ),
            ),
            Step(
                "webhook_endpoints_delete",
                "Delete the endpoint",
                "Deletes `{{endpointId}}`; its pending deliveries are cancelled.",
                checks=(
                    (
                        "endpointId was deleted",
                        (
                            f"pm.expect(body.id).to.eql({_var('endpointId')});",
                            "pm.expect(body.deleted).to.eql(true);",
                        ),
                    ),
                ),
            ),
        ),
    ),
)


# -- helpers -------------------------------------------------------------------------------------------


def stable_id(key: str) -> str:
    """A deterministic UUID for ``key`` (name-based, SHA-1)."""
    return str(uuid.uuid5(ID_NAMESPACE, key))


def _js(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _js_block(value: Any) -> list[str]:
    """A JSON value as JavaScript source lines (pretty, sorted keys)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2).split("\n")


def _js_path(root: str, pointer: str) -> str:
    """JavaScript access expression for a JSON pointer (``/data/0/id`` → ``root["data"][0]["id"]``)."""
    out = root
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        out += f"[{part}]" if part.isdigit() else f"[{json.dumps(part)}]"
    return out


def _body_pointer(expression: Any) -> str | None:
    if isinstance(expression, str) and expression.startswith("$response.body#"):
        return expression[len("$response.body#") :] or "/"
    return None


def _reason(status: int) -> str:
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


def _contains_ref(node: Any) -> bool:
    if isinstance(node, Mapping):
        return "$ref" in node or any(_contains_ref(v) for v in node.values())
    if isinstance(node, list):
        return any(_contains_ref(v) for v in node)
    return False


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


def _param_doc(param: Param) -> str:
    parts = [(param.description or "").strip()]
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
    parts.append("(" + "; ".join(facts) + ")")
    return " ".join(p for p in parts if p)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


# -- chaining ----------------------------------------------------------------------------------------


@dataclass
class Variable:
    name: str
    default: str = ""
    secret: bool = False
    set_by: list[str] = field(default_factory=list)
    used_by: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class Chain:
    """Variables captured by a request and bound into later ones, from the spec's links."""

    captures: dict[str, dict[str, str]] = field(default_factory=dict)  # op id → {variable: pointer}
    params: dict[str, dict[str, str]] = field(default_factory=dict)  # op id → {param name: variable}
    body: dict[str, dict[str, str]] = field(default_factory=dict)  # op id → {body field: variable}

    @classmethod
    def from_api(cls, api: Api) -> Chain:
        chain = cls()
        for op in api.operations:
            for resp in op.responses:
                if not resp.is_success:
                    continue
                for link in resp.links:
                    if link.operation_id is None:
                        continue
                    for name, expr in sorted(link.parameters.items()):
                        bare = name.split(".", 1)[1] if "." in name else name
                        chain._add(op.operation_id, link.operation_id, "param", bare, expr)
                    if isinstance(link.request_body, Mapping):
                        for name, expr in sorted(link.request_body.items()):
                            chain._add(op.operation_id, link.operation_id, "body", str(name), expr)
        return chain

    def _add(self, source: str, target: str, where: str, name: str, expr: Any) -> None:
        pointer = _body_pointer(expr)
        if pointer is None or pointer.startswith("/data/"):
            return
        variable = camel_case(name)
        self.captures.setdefault(source, {}).setdefault(variable, pointer)
        table = self.params if where == "param" else self.body
        table.setdefault(target, {}).setdefault(name, variable)


# -- the generator -----------------------------------------------------------------------------------


class _Builder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.api: Api = ctx.api
        self.chain = Chain.from_api(self.api)
        self.variables: dict[str, Variable] = {}
        self._schema_cache: dict[str, Any] = {}

    # variables

    def variable(self, name: str) -> Variable:
        if name not in self.variables:
            self.variables[name] = Variable(name)
        return self.variables[name]

    def _uses(self, name: str, op: Operation, default: Any = None) -> None:
        var = self.variable(name)
        if op.operation_id not in var.used_by:
            var.used_by.append(op.operation_id)
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
                    self._uses(bound or camel_case(param.name), op, param.example)
                elif bound:
                    self._uses(bound, op, param.example)
            for name, variable in self.chain.body.get(op.operation_id, {}).items():
                example = self.body_example(op)
                self._uses(variable, op, example.get(name) if isinstance(example, Mapping) else None)
            for variable, pointer in self.chain.captures.get(op.operation_id, {}).items():
                self._sets(variable, op, pointer)
        for section in self.quickstart_sections():
            for step in section.steps:
                op = self.api.operation(step.operation_id)
                for variable, pointer in step.captures:
                    self._sets(variable, op, pointer)
                if step.auth_variable:
                    var = self.variable(step.auth_variable)
                    var.secret = True
                    use = f"{op.operation_id} (as its bearer token)"
                    if use not in var.used_by:
                        var.used_by.append(use)

    # structure

    def quickstart_sections(self) -> list[Section]:
        """The Quickstart sections whose operations all exist in this spec."""
        known = {op.operation_id for op in self.api.operations}
        return [s for s in QUICKSTART if all(step.operation_id in known for step in s.steps)]

    def folder_operations(self, operations: Sequence[Operation]) -> list[Operation]:
        """Spec order, except DELETEs last, so the ids they consume stay valid for the others."""
        return [op for op in operations if op.http_method != "DELETE"] + [
            op for op in operations if op.http_method == "DELETE"
        ]

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
            schema = sanitize_schema(self.api.inline(media.schema or {}))
            if _contains_ref(schema):
                raise GenerationError(
                    f"postman: a response schema ({media.schema_ref or media.content_type}) is recursive;"
                    " it cannot be inlined into a test"
                )
            self._schema_cache[key] = schema
        return self._schema_cache[key]

    def response_for(self, op: Operation, status: int) -> Response:
        for resp in op.responses:
            if resp.status_code == status:
                return resp
        raise GenerationError(
            f"postman: {op.operation_id} is expected to answer {status}, which the spec does not declare "
            f"(it declares {', '.join(r.status for r in op.responses)})"
        )

    # request

    def request(self, op: Operation, auth_variable: str | None) -> dict[str, Any]:
        params_bound = self.chain.params.get(op.operation_id, {})
        path_segments = []
        path_variables = []
        for segment in op.path.strip("/").split("/"):
            if segment.startswith("{") and segment.endswith("}"):
                name = segment[1:-1]
                param = next(p for p in op.path_params if p.name == name)
                variable = params_bound.get(name) or camel_case(name)
                path_segments.append(f":{name}")
                path_variables.append(
                    {"key": name, "value": "{{" + variable + "}}", "description": _param_doc(param)}
                )
            else:
                path_segments.append(segment)
        query = []
        for param in op.query_params:
            bound = params_bound.get(param.name)
            if bound:
                value = "{{" + bound + "}}"
            elif param.example is not None:
                value = _text(param.example)
            else:
                value = _text(param.schema.get("default", ""))
            entry: dict[str, Any] = {"key": param.name, "value": value, "description": _param_doc(param)}
            if not (param.required or bound):
                entry["disabled"] = True
            query.append(entry)
        enabled = [q for q in query if not q.get("disabled")]
        raw = "{{" + BASE_URL + "}}/" + "/".join(path_segments)
        if enabled:
            raw += "?" + "&".join(f"{q['key']}={q['value']}" for q in enabled)
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
                        "description": _param_doc(param).strip()
                        + " Set to a fresh UUID by this request's pre-request script on every send.",
                    }
                )
                continue
            header: dict[str, Any] = {
                "key": param.name,
                "value": _text(param.example),
                "description": _param_doc(param),
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
        return request

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
                    name = f"{code} {_reason(code)} — {example.summary or example.name}"
                    out.append(
                        {
                            "id": stable_id(f"{key}:response:{code}:{media.content_type}:{example.name}"),
                            "name": name,
                            "originalRequest": request,
                            "status": _reason(code),
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
        node = self.api.resolve(node["$ref"]) if "$ref" in node else node
        header = (node.get("headers") or {}).get(name)
        while isinstance(header, Mapping) and "$ref" in header:
            header = self.api.resolve(header["$ref"])
        if isinstance(header, Mapping):
            if "example" in header:
                return _text(header["example"])
            schema = header.get("schema")
            if isinstance(schema, Mapping) and "example" in schema:
                return _text(schema["example"])
        return None

    # scripts

    def test_script(
        self,
        op: Operation,
        expect: Expectation | None,
        captures: Mapping[str, str],
        checks: Iterable[tuple[str, Sequence[str]]],
    ) -> list[str]:
        status = expect.status if expect else op.success_status
        resp = self.response_for(op, status)
        lines = [
            f"// Tests generated from the spec for {op.operation_id} ({op.http_method} {op.path}).",
            f"const expectedStatus = {status};",
            f'pm.test("status is {status} {_reason(status)}", function () {{',
            "    pm.response.to.have.status(expectedStatus);",
            "});",
            'pm.test("X-Request-Id header is present", function () {',
            '    pm.expect(pm.response.headers.get("X-Request-Id"), "X-Request-Id").to.be.a("string").and.not'
            ".empty;",
            "});",
        ]
        required = [h.name for h in resp.headers if h.required and h.name.lower() != "x-request-id"]
        if required:
            lines += [
                f'pm.test("headers the spec requires on a {status} are present: {", ".join(required)}",'
                " function () {",
                f"    {_js(required)}.forEach(function (name) {{",
                "        pm.expect(pm.response.headers.has(name), name).to.eql(true);",
                "    });",
                "});",
            ]
        lines += [
            "if (pm.response.code >= 400) {",
            '    pm.test("the error is application/problem+json with this status and request id",'
            " function () {",
            '        pm.expect(pm.response.headers.get("Content-Type"))'
            '.to.include("application/problem+json");',
            "        const problem = pm.response.json();",
            "        pm.expect(problem.status).to.eql(pm.response.code);",
            '        pm.expect(problem.request_id).to.eql(pm.response.headers.get("X-Request-Id"));',
            "    });",
            "}",
        ]
        media_types = [_base_media(c.content_type) for c in resp.contents]
        json_media = resp.json
        if media_types:
            lines += [
                f'pm.test("Content-Type is {" or ".join(media_types)}", function () {{',
                '    const contentType = (pm.response.headers.get("Content-Type") || "")'
                '.split(";")[0].trim();',
                f"    pm.expect({_js(media_types)}).to.include(contentType.toLowerCase());",
                "});",
            ]
        if json_media is not None and json_media.schema is not None:
            schema_name = json_media.schema_ref or "inline"
            schema_lines = _js_block(self.schema_of(json_media))
            lines += [
                f"// The {status} response schema ({schema_name}), inlined from the spec.",
                "const schema = " + schema_lines[0],
                *schema_lines[1:-1],
                schema_lines[-1] + ";" if len(schema_lines) > 1 else "",
                f'pm.test("body matches the {schema_name} schema", function () {{',
                "    pm.response.to.have.jsonSchema(schema);",
                "});",
            ]
            lines = [ln for ln in lines if ln != ""]
        if expect and expect.code:
            lines += [
                f'pm.test("the problem\'s code is {expect.code}", function () {{',
                f"    pm.expect(pm.response.json().code).to.eql({_js(expect.code)});",
                "});",
            ]
        check_list = list(checks)
        if check_list and json_media is not None:
            lines += ["if (pm.response.code === expectedStatus) {", "    const body = pm.response.json();"]
            for name, body_lines in check_list:
                lines.append(f"    pm.test({_js(name)}, function () {{")
                lines += [f"        {ln}" for ln in body_lines]
                lines.append("    });")
            lines.append("}")
        if captures:
            lines += [
                "// Chained variables, from any success (2xx) response: into the selected environment",
                "// (newman -e, the Postman app), else into the collection's variables.",
                "if (pm.response.code >= 200 && pm.response.code < 300) {",
                "    const body = pm.response.json();",
                "    const scope = pm.environment.name ? pm.environment : pm.collectionVariables;",
            ]
            for variable, pointer in captures.items():
                value = _js_path("body", pointer)
                lines.append(f"    if ({value} != null) {{ scope.set({_js(variable)}, String({value})); }}")
            lines.append("}")
        return lines

    @staticmethod
    def prerequest_script(op: Operation) -> list[str]:
        return [
            "// Idempotency-Key: a fresh UUID on every send, so re-sending this request performs it again",
            "// instead of replaying the stored response (send the same key yourself to see a replay).",
            f'pm.variables.set("{IDEMPOTENCY_VARIABLE}", require("uuid").v4());',
        ]

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
        checks: Sequence[tuple[str, Sequence[str]]] = (),
        expect: Expectation | None = None,
        saved_errors: bool = True,
    ) -> dict[str, Any]:
        expect = expect or EXPECTATIONS.get(op.operation_id)
        status = expect.status if expect else op.success_status
        request = self.request(op, auth_variable)
        captures: dict[str, str] = {}
        success = op.success_response
        if success is not None and success.json is not None:
            captures.update(self.chain.captures.get(op.operation_id, {}))
            captures.update(dict(extra_captures))
        request["description"] = self.description(op, note, status, expect, captures)
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
                        "exec": self.prerequest_script(op),
                    },
                },
            )
        return {
            "id": stable_id(key),
            "name": name,
            "event": events,
            "request": request,
            "response": self.saved_responses(op, self.original_request(request), key, errors=saved_errors),
        }

    @staticmethod
    def original_request(request: Mapping[str, Any]) -> dict[str, Any]:
        """The compact request a saved example response shows: raw URL with its variables filled in."""
        url = request["url"]
        raw = str(url["raw"])
        for variable in url.get("variable", []):
            raw = raw.replace(f":{variable['key']}", str(variable["value"]))
        out: dict[str, Any] = {
            "method": request["method"],
            "header": [{"key": h["key"], "value": h["value"]} for h in request["header"]],
            "url": raw,
        }
        if "body" in request:
            out["body"] = request["body"]
        return out

    def description(
        self, op: Operation, note: str, status: int, expect: Expectation | None, captures: Mapping[str, str]
    ) -> str:
        sdk_py = f"client.{op.resource}.{op.method_name}"
        sdk_ts = f"client.{camel_case(op.resource)}.{camel_case(op.method_name)}"
        parts = []
        if note:
            parts.append(f"**{note}**")
        parts.append(op.description.strip() or op.summary)
        facts = [
            f"- Operation: `{op.operation_id}` — `{op.http_method} {op.path}`",
            f"- SDKs: `{sdk_py}` (Python), `{sdk_ts}` (TypeScript)",
        ]
        if not op.authenticated:
            facts.append("- Unauthenticated: sent without the collection's bearer auth")
        if op.idempotency_key:
            facts.append("- `Idempotency-Key`: a fresh UUID on every send (pre-request script)")
        if expect:
            facts.append(f"- A collection run expects **{status} {_reason(status)}**: {expect.reason}")
        else:
            facts.append(f"- A collection run expects **{status} {_reason(status)}**")
        if captures:
            facts.append(
                "- Captures, from a success response: "
                + ", ".join(f"`{v}` ← `{p}`" for v, p in sorted(captures.items()))
            )
        parts.append("\n".join(facts))
        return "\n\n".join(parts)

    def quickstart(self) -> dict[str, Any] | None:
        sections = self.quickstart_sections()
        if not sections:
            return None
        folders = []
        for s_index, section in enumerate(sections, start=1):
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
            items = [
                self.item(
                    op, f"reference:{resource.name}:{op.operation_id}", name=op.summary or op.method_name
                )
                for op in self.folder_operations(resource.operations)
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
            {"key": v.name, "value": v.default, "type": "string", "description": self._var_doc(v)}
            for v in self.ordered_variables()
            if not v.secret
        ]
        return {
            "info": {
                "_postman_id": stable_id("collection"),
                "name": self.api.title,
                "description": self.collection_description(),
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

    def ordered_variables(self) -> list[Variable]:
        first = [BASE_URL, API_KEY]
        rest = sorted(n for n in self.variables if n not in first)
        return [self.variables[n] for n in first + rest]

    @staticmethod
    def _var_doc(v: Variable) -> str:
        parts = [v.note] if v.note else []
        if v.set_by:
            parts.append("Set by " + ", ".join(v.set_by) + ".")
        if v.used_by:
            parts.append("Used by " + ", ".join(v.used_by) + ".")
        return " ".join(parts)

    def collection_description(self) -> str:
        rows = [
            "| Variable | Type | Default | Meaning |",
            "| --- | --- | --- | --- |",
        ]
        for v in self.ordered_variables():
            default = "—" if v.secret or not v.default else f"`{v.default}`"
            kind = "secret" if v.secret else "default"
            rows.append(f"| `{v.name}` | {kind} | {default} | {self._var_doc(v).replace('|', '/')} |")
        servers = "\n".join(
            f"- `{s['url']}` — {str(s.get('description', '')).strip()}" for s in self.api.servers
        )
        return "\n\n".join(
            [
                f"{self.api.title} {self.api.version} — {HEADER}.",
                f"`{self.ctx.stamp_line}`",
                self.api.description.strip(),
                "## Using this collection\n"
                f"1. Import `postman/{COLLECTION_FILE}` and `postman/{ENVIRONMENT_FILE}`, select the "
                "environment.\n"
                "2. Set `apiKey` to an admin key (`relay-server workspaces create --name Acme --json` "
                "prints one for a local server) and `baseUrl` to your server.\n"
                "3. Run the **Quickstart** folder, in order: it chains the ids and tokens it captures.\n"
                "4. The other folders hold one request per operation, one folder per resource, each "
                "with saved example responses and tests.",
                "Every request is authenticated by the collection's bearer auth, `{{apiKey}}` (the "
                "health endpoints use none). Operations that accept `Idempotency-Key` send a fresh UUID "
                "on every send, set by their pre-request script in the local variable "
                f"`{IDEMPOTENCY_VARIABLE}`. Every request's tests check the status expected for it, the "
                "response body against its JSON Schema inlined from the spec, the `X-Request-Id` "
                "header (and the other headers the spec requires), and that errors are "
                "`application/problem+json`.",
                "## Servers\n" + (servers or "- (none declared)"),
                "## Environment variables\n"
                "Scripts write captured values into the selected environment (or into the "
                "collection's variables when none is selected).\n\n" + "\n".join(rows),
                "## In CI\n`nox -s postman` starts the reference server on a fresh database, creates a "
                "workspace, runs this whole collection with newman and writes a JUnit report to "
                "`build/reports/newman.xml`.",
            ]
        )

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

    def check_expectations(self) -> None:
        for op_id, expect in EXPECTATIONS.items():
            try:
                op = self.api.operation(op_id)
            except KeyError:
                continue
            self.response_for(op, expect.status)


def _dump(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class PostmanTarget:
    name: ClassVar[str] = "postman"
    root: ClassVar[str] = "postman"
    description: ClassVar[str] = "Postman collection v2.1 + environment (Quickstart, tests on every request)"

    def generate(self, ctx: Context) -> list[GeneratedFile]:
        builder = _Builder(ctx)
        builder.check_expectations()
        collection = builder.collection()
        return [
            GeneratedFile(COLLECTION_FILE, _dump(collection)),
            GeneratedFile(ENVIRONMENT_FILE, _dump(builder.environment())),
        ]
