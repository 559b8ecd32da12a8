"""What the Postman collection chains: the Quickstart flow (data) and the variables of the spec's links.

* The Quickstart folder and the refusals some requests check instead of their success are data,
  ``data/postman_quickstart.yaml`` (package data; its header documents the format), loaded and
  checked here: every operation must exist (else its section is left out), every expected status
  must be one the spec declares, every JSON pointer must exist in the response schema.
* :class:`Chain` derives from the spec's response ``links`` which request captures which variable
  and which later request uses it: a link ``key_id: $response.body#/id`` from ``api_keys_create``
  to ``api_keys_retrieve`` makes the create request capture ``keyId`` and the retrieve request use
  ``{{keyId}}``. Links from a page's first item (``#/data/0/...``) are not chained: a fresh
  workspace's pages may be empty and their first item is arbitrary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from relay_codegen.diagnostics import GenerationError
from relay_codegen.ir import Api, Operation
from relay_codegen.names import camel_case
from relay_codegen.syntax import pointer_tokens

QUICKSTART_DATA = "data/postman_quickstart.yaml"
JS_TYPES = frozenset({"string", "number", "boolean", "object", "array"})


@dataclass(frozen=True)
class Expectation:
    """The outcome a request checks when it is not the operation's success."""

    status: int
    code: str | None  # the problem's ``code``
    reason: str  # why, in the request's description
    #: the operation's success passes too (a workspace where it can succeed, e.g. with a real connection)
    or_success: bool = False


@dataclass(frozen=True)
class Assertion:
    """One ``pm.expect`` on the response body (see the YAML's header for the forms)."""

    at: str  # JSON pointer into the body
    equals: Any = None
    equals_variable: str | None = None
    is_a: str | None = None
    map: str | None = None  # with includes_variable: a pointer into each item of the list at ``at``
    includes_variable: str | None = None

    @property
    def kind(self) -> str:
        if self.includes_variable is not None:
            return "includes_variable"
        if self.equals_variable is not None:
            return "equals_variable"
        return "is_a" if self.is_a is not None else "equals"


@dataclass(frozen=True)
class Check:
    name: str
    expect: tuple[Assertion, ...]


@dataclass(frozen=True)
class Step:
    """One request of the Quickstart."""

    operation_id: str
    title: str
    note: str  # what this step shows, first line of its description
    auth_variable: str | None = None  # bearer token variable instead of the collection's {{apiKey}}
    captures: tuple[tuple[str, str], ...] = ()  # (variable, JSON pointer into the success body)
    checks: tuple[Check, ...] = ()
    expect: Expectation | None = None


@dataclass(frozen=True)
class Section:
    title: str
    description: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Flow:
    sections: tuple[Section, ...]  # those whose operations all exist in the spec
    expectations: Mapping[str, Expectation]  # operation id → the refusal its requests check


def load_flow(api: Api, text: str | None = None) -> Flow:
    """The Quickstart and the expectations (``text``, else the package's YAML), checked against ``api``."""
    if text is None:
        text = resources.files("relay_codegen").joinpath(QUICKSTART_DATA).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    known = {op.operation_id for op in api.operations}
    expectations = {
        str(op_id): _expectation(raw, f"expectations.{op_id}")
        for op_id, raw in (data.get("expectations") or {}).items()
        if op_id in known
    }
    sections = []
    for s_index, raw in enumerate(data.get("sections") or []):
        steps = [_step(step, f"sections[{s_index}].steps[{i}]") for i, step in enumerate(raw["steps"])]
        if all(step.operation_id in known for step in steps):
            sections.append(Section(str(raw["title"]), str(raw.get("description", "")), tuple(steps)))
    flow = Flow(tuple(sections), expectations)
    _check(api, flow)
    return flow


def _expectation(raw: Mapping[str, Any], where: str) -> Expectation:
    try:
        return Expectation(
            int(raw["status"]),
            raw.get("code"),
            str(raw["reason"]).strip(),
            bool(raw.get("or_success", False)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise GenerationError(
            f"postman: {QUICKSTART_DATA}: {where}: needs status and reason ({exc})"
        ) from exc


def _step(raw: Mapping[str, Any], where: str) -> Step:
    try:
        checks = tuple(
            Check(str(c["name"]), tuple(_assertion(a, f"{where}.checks") for a in c["expect"]))
            for c in raw.get("checks") or ()
        )
        return Step(
            operation_id=str(raw["operation"]),
            title=str(raw["title"]),
            note=str(raw.get("note", "")).strip(),
            auth_variable=raw.get("auth"),
            captures=tuple((str(k), str(v)) for k, v in (raw.get("capture") or {}).items()),
            checks=checks,
            expect=_expectation(raw["expect"], f"{where}.expect") if "expect" in raw else None,
        )
    except (KeyError, TypeError) as exc:
        raise GenerationError(f"postman: {QUICKSTART_DATA}: {where}: malformed step ({exc!r})") from exc


def _assertion(raw: Mapping[str, Any], where: str) -> Assertion:
    unknown = set(raw) - set(Assertion.__dataclass_fields__)
    assertion = Assertion(**{k: v for k, v in raw.items() if k not in unknown})
    forms = [
        "equals" in raw,
        assertion.equals_variable is not None,
        assertion.is_a is not None,
        assertion.includes_variable is not None,
    ]
    if unknown or sum(forms) != 1 or (assertion.map is None) != (assertion.includes_variable is None):
        raise GenerationError(f"postman: {QUICKSTART_DATA}: {where}: unknown assertion {dict(raw)}")
    if assertion.is_a is not None and assertion.is_a not in JS_TYPES:
        raise GenerationError(f"postman: {QUICKSTART_DATA}: {where}: is_a must be one of {sorted(JS_TYPES)}")
    return assertion


def _check(api: Api, flow: Flow) -> None:
    for op_id, expect in flow.expectations.items():
        response_for(api.operation(op_id), expect.status)
    for section in flow.sections:
        for step in section.steps:
            op = api.operation(step.operation_id)
            expected = step.expect or flow.expectations.get(op.operation_id)
            response_for(op, expected.status if expected else op.success_status)
            where = f"{QUICKSTART_DATA}: {section.title}: {step.title}"
            for _, pointer in step.captures:
                _check_pointer(api, op, pointer, where)
            for check in step.checks:
                for assertion in check.expect:
                    _check_pointer(api, op, assertion.at, where)
                    if assertion.map is not None:
                        _check_pointer(api, op, f"{assertion.at}/0{assertion.map}", where)


def _check_pointer(api: Api, op: Operation, pointer: str, where: str) -> None:
    """Fail unless ``pointer`` names a property of the operation's success body schema."""
    success = op.success_response
    media = success.json if success is not None else None
    node: Any = api.inline(media.schema) if media is not None and media.schema is not None else None
    for token in pointer_tokens(pointer):
        if not isinstance(node, Mapping):
            break
        node = _child(node, token)
        if node is None:
            raise GenerationError(
                f"postman: {where}: {pointer} is not in the {op.operation_id} response schema"
            )


def _child(schema: Mapping[str, Any], token: str) -> Any:
    """The subschema a pointer token selects: an array's items, else a property (of the schema
    or of one of its ``oneOf``/``anyOf``/``allOf`` members)."""
    if token.isdigit() and isinstance(schema.get("items"), Mapping):
        return schema["items"]
    for candidate in [schema, *(m for k in ("oneOf", "anyOf", "allOf") for m in schema.get(k) or ())]:
        found = (candidate.get("properties") or {}).get(token) if isinstance(candidate, Mapping) else None
        if found is not None:
            return found
    return None


def response_for(op: Operation, status: int) -> Any:
    for resp in op.responses:
        if resp.status_code == status:
            return resp
    raise GenerationError(
        f"postman: {op.operation_id} is expected to answer {status}, which the spec does not declare "
        f"(it declares {', '.join(r.status for r in op.responses)})"
    )


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
        pointer = body_pointer(expr)
        if pointer is None or pointer.startswith("/data/"):
            return
        variable = camel_case(name)
        self.captures.setdefault(source, {}).setdefault(variable, pointer)
        table = self.params if where == "param" else self.body
        table.setdefault(target, {}).setdefault(name, variable)


def body_pointer(expression: Any) -> str | None:
    """The JSON pointer of a ``$response.body#/…`` runtime expression."""
    prefix = "$response.body#"
    if isinstance(expression, str) and expression.startswith(prefix):
        return expression[len(prefix) :] or "/"
    return None
