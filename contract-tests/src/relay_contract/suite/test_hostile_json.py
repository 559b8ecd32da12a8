"""Hostile input never gets a 5xx (OWASP API4 resource consumption, API8 misconfiguration; Relay #17).

A property-based fuzz (Hypothesis, derandomized: a run depends only on the spec and the deployment) of
the request pipeline of **every operation**: JSON bodies nested far beyond the documented 32 levels,
lone surrogates, member names repeated in one object, numbers beyond a double, invalid UTF-8, and valid
but unusual Unicode (NUL, line and paragraph separators, BOM, bidi overrides, noncharacters, combining
marks, astral characters) spliced into each operation's example body; and the same Unicode and numbers
in every path and query parameter. The answer is never a 5xx; an error is problem+json with a code of
``ErrorCode``; what the spec calls non-I-JSON is 400 ``invalid_request``.
"""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relay_contract.cases import (
    FUZZ_EXAMPLES_ENV,
    PROBLEM_JSON,
    Api,
    example_path,
    media_type,
    new_idempotency_key,
    undo_create,
)
from relay_contract.spec import Operation, Spec, load_spec

SPEC = load_spec()
OPERATIONS = list(SPEC.operations)
#: the depth the spec documents (info.description, BadRequest): deeper bodies are 400
MAX_DEPTH = 32
FUZZ = settings(
    max_examples=int(os.environ.get(FUZZ_EXAMPLES_ENV) or 30),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOLE = "\u0000relay-contract-hole\u0000"

# -- what is spliced in -------------------------------------------------------------------------------
#: each is raw JSON text of one value, and whether the spec says the body is then not I-JSON (→ 400)
NOT_IJSON = st.one_of(
    st.integers(MAX_DEPTH + 1, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(MAX_DEPTH + 1, 600).map(lambda n: '{"a":' * n + "0" + "}" * n),
    st.sampled_from(["\\ud800", "\\udfff", "x\\udbff", "\\udc00\\ud800", "\\uD834"]).map(lambda s: f'"{s}"'),
    st.sampled_from(['{"k":1,"k":2}', '{"a":{"b":1,"b":1}}', '[{"x":"1","x":"1"}]']),
    st.sampled_from(["1e400", "-1e400", "9" * 400, "-" + "1" * 5000, "1.7976931348623159e308"]),
)
#: pieces of odd but valid text: NUL, line/paragraph separators, BOM, bidi override, zero-width space,
#: noncharacters, the last code point, combining marks, astral characters, JSON's own escapes
ODD_PIECES = ["\u0000", "\u2028", "\u2029", "\ufeff", "\u202e", "\u200b", "\ufffe", "\uffff"]
ODD_PIECES += ["\U0010ffff", "\u0301", "e\u0301", "\U0001f600", "\u00e9", "\\", '"', "/", "a", " "]
ODD_TEXT = st.lists(st.sampled_from(ODD_PIECES), max_size=20).map("".join)
ODD_VALUES = st.one_of(
    ODD_TEXT.map(json.dumps),
    ODD_TEXT.map(lambda s: json.dumps(s, ensure_ascii=False)),
    st.sampled_from(
        ["1e308", "-0", "0.0000000000000000000000000001", "1e-400", str(2**64), "[]", "{}", "null"]
    ),
)
INVALID_UTF8 = st.sampled_from([b"\xc0\xaf", b"\xed\xa0\x80", b"\xff", b"\xe2\x82", b"\xf4\x90\x80\x80"])


def _body_with(op: Operation, fragment: str) -> str:
    """The operation's example body (``{}`` without one) with ``fragment`` as the value of one member
    (the first of the example, else a new one)."""
    example = op.body_example if isinstance(op.body_example, dict) else {}
    body: dict[str, Any] = dict(example)
    name = next(iter(body), "relay_contract")
    body[name] = HOLE
    return json.dumps(body).replace(json.dumps(HOLE), fragment, 1)


def _request(api: Api, op: Operation, content: bytes) -> Any:
    headers = {"content-type": "application/json"}
    if op.takes_idempotency_key:
        headers["Idempotency-Key"] = new_idempotency_key()
    params = {p.name: p.example for p in op.required_query()}
    return api.http.request(op.method, example_path(op), params=params, content=content, headers=headers)


def _assert_answer(spec: Spec, admin: Api, op: Operation, r: Any) -> None:
    where = f"{op.operation_id}: {r.status_code} {r.text[:300]}"
    assert r.status_code < 500, where
    if r.status_code >= 400:
        assert media_type(r) == PROBLEM_JSON, where
        problem = r.json()
        assert problem["code"] in spec.error_codes and problem["status"] == r.status_code, where
    elif r.status_code < 300 and media_type(r) == "application/json":
        undo_create(admin, op, r.json())


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@FUZZ
@given(fragment=NOT_IJSON)
def test_a_body_that_is_not_ijson_is_400(admin: Api, spec: Spec, op: Operation, fragment: str) -> None:
    r = _request(admin, op, _body_with(op, fragment).encode())
    _assert_answer(spec, admin, op, r)
    if op.body_schema is not None:  # an operation without a body does not read one
        assert r.status_code in (400, 429), f"{op.operation_id}: {r.status_code} {r.text[:300]}"
        if r.status_code == 400:
            assert r.json()["code"] == "invalid_request"


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
@FUZZ
@given(fragment=ODD_VALUES)
def test_odd_but_valid_json_is_never_a_server_error(
    admin: Api, spec: Spec, op: Operation, fragment: str
) -> None:
    _assert_answer(spec, admin, op, _request(admin, op, _body_with(op, fragment).encode("utf-8")))


@pytest.mark.parametrize(
    "op", [op for op in OPERATIONS if op.body_schema is not None], ids=lambda op: op.operation_id
)
@FUZZ
@given(garbage=INVALID_UTF8)
def test_invalid_utf8_is_400(admin: Api, spec: Spec, op: Operation, garbage: bytes) -> None:
    marker = json.dumps(HOLE).encode()
    raw = _body_with(op, json.dumps(HOLE)).encode("utf-8").replace(marker, b'"' + garbage + b'"', 1)
    assert garbage in raw
    r = _request(admin, op, raw)
    _assert_answer(spec, admin, op, r)
    assert r.status_code in (400, 429), f"{op.operation_id}: {r.status_code} {r.text[:300]}"


PARAM_VALUES = st.one_of(
    ODD_TEXT, st.sampled_from(["1e400", "9" * 400, "-1", "１０", "0x10", "%", "%00", "..", "/"])
)


WITH_PARAMS = [op for op in OPERATIONS if any(p.location in ("path", "query") for p in op.params)]


@pytest.mark.parametrize("op", WITH_PARAMS, ids=lambda op: op.operation_id)
@FUZZ
@given(value=PARAM_VALUES, data=st.data())
def test_odd_parameters_are_never_a_server_error(
    admin: Api, spec: Spec, op: Operation, value: str, data: st.DataObject
) -> None:
    target = data.draw(st.sampled_from([p for p in op.params if p.location in ("path", "query")]))
    path = op.path
    for p in op.path_params():
        replacement = value if p is target else str(p.example)
        path = path.replace("{" + p.name + "}", quote(replacement, safe=""))
    query = {p.name: p.example for p in op.required_query()}
    if target.location == "query":
        query[target.name] = value
    headers = {"Idempotency-Key": new_idempotency_key()} if op.takes_idempotency_key else {}
    kwargs: dict[str, Any] = {"params": query, "headers": headers}
    if op.body_schema is not None:
        kwargs["json"] = op.body_example if op.body_example is not None else {}
    _assert_answer(spec, admin, op, admin.http.request(op.method, path, **kwargs))
