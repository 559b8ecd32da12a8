"""No 500 from small hostile inputs (#17 item 2): the three repros of the issue against a real server,
and property tests of what the request pipeline's JSON reader (``json_body``) and URI format accept.
The fuzz of every operation over HTTP is the contract suite's (``relay_contract/suite/test_hostile_json``)."""

from __future__ import annotations

import json
from typing import Any

from conftest import Env
from hypothesis import given, settings
from hypothesis import strategies as st

from relay_server.json_body import MAX_DEPTH, NotIJson, parse
from relay_server.validation import format_checker


def _problem(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = r.json()
    assert body["code"] == code and body["request_id"] == r.headers["x-request-id"]
    return body


def test_the_issues_repros_are_4xx_problems(env: Env) -> None:
    deep = b'{"params":' + b"[" * 1000 + b"]" * 1000 + b"}"
    with env.client() as c:
        r = c.post(
            "/v1/actions/email.send/preview", content=deep, headers={"content-type": "application/json"}
        )
        assert "32 deep" in _problem(r, 400, "invalid_request")["detail"]
        r = c.post(
            "/v1/api-keys",
            content=b'{"name":"x\\ud800","role":"viewer"}',
            headers={"content-type": "application/json"},
        )
        assert "lone surrogate" in _problem(r, 400, "invalid_request")["detail"]
        r = c.post("/v1/webhook-endpoints", json={"url": "https://[::1", "events": ["execution.failed"]})
        assert _problem(r, 422, "validation_failed")["errors"][0]["pointer"] == "/url"
        # the limits are exact: 32 nested containers pass (the body counts), 33 do not
        ok = {"url": "https://example.com/h", "payload": {}}
        inner: Any = {}
        for _ in range(MAX_DEPTH - 3):  # body → params → payload → 29 more
            inner = {"a": inner}
        ok["payload"] = inner
        assert c.post("/v1/actions/webhook.post/preview", json={"params": ok}).status_code == 200
        ok["payload"] = {"a": inner}
        r = c.post("/v1/actions/webhook.post/preview", json={"params": ok})
        _problem(r, 400, "invalid_request")
        # a surrogate *pair* is a character; a repeated name and an out-of-range number are refused
        pair = c.post(
            "/v1/api-keys",
            content=b'{"name":"ok \\ud83d\\ude00","role":"viewer"}',
            headers={"content-type": "application/json"},
        )
        assert pair.status_code == 201 and pair.json()["name"] == "ok \U0001f600"
        for raw in (b'{"name":"a","name":"b","role":"viewer"}', b'{"name":"a","role":"viewer","x":1e400}'):
            r = c.post("/v1/api-keys", content=raw, headers={"content-type": "application/json"})
            _problem(r, 400, "invalid_request")


JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF)),
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_a_value_or_not_ijson(raw: bytes) -> None:
    try:
        parse(raw)
    except NotIJson as exc:
        assert str(exc).startswith("The request body")


@settings(max_examples=300, deadline=None)
@given(JSON_VALUES)
def test_what_parse_accepts_is_what_the_server_can_write_back(value: Any) -> None:
    raw = json.dumps(value).encode()  # escapes surrogates, so lone ones reach the parser as \\udXXX
    try:
        parsed = parse(raw)
    except NotIJson:
        return
    # what passes can be serialized as UTF-8 JSON again (the 500s of the issue came from here)
    json.dumps(parsed, ensure_ascii=False, allow_nan=False).encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=80), st.sampled_from(["[", '{"k":']))
def test_depth_is_refused_exactly_past_the_limit(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    raw = (opener * depth + "0" + closer * depth).encode()
    if depth <= MAX_DEPTH:
        assert parse(raw) is not None
    else:
        try:
            parse(raw)
        except NotIJson as exc:
            assert "deep" in str(exc)
        else:
            raise AssertionError(f"depth {depth} accepted")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40))
def test_the_uri_format_never_raises(text: str) -> None:
    assert format_checker.conforms("https://" + text, "uri") in (True, False)
    assert format_checker.conforms(text, "uri") in (True, False)
