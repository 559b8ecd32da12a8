"""HTTP semantics (#17 item 8): HEAD wherever GET (RFC 9110), opaque signed cursors (a forged or garbage
``after`` is 422 ``invalid_cursor``, never an empty page), 431 for oversized request heads, and no
control characters where a string becomes an identifier or a header."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest
from conftest import EMAIL_PARAMS, Env, execute

from relay_server._generated.routes import OperationSpec
from relay_server.operations import OPERATIONS

GETS = [op for op in OPERATIONS if op.http_method == "GET"]
PAGINATED = [op for op in OPERATIONS if op.paginated]
IDS = {"key_id": "key", "execution_id": "exe", "endpoint_id": "whe", "connection_id": "con"}


def _url(path: str) -> str:
    path = path.replace("{action_id}", "email.send")
    for name, prefix in IDS.items():
        path = path.replace("{" + name + "}", prefix + "_" + "a" * 24)
    return path


@pytest.mark.parametrize("op", GETS, ids=[op.operation_id for op in GETS])
def test_head_answers_wherever_get_does(env: Env, op: OperationSpec) -> None:
    url = _url(op.path)
    params = {"session_id": "chs_" + "a" * 24} if any(p.name == "session_id" for p in op.params) else None
    with env.client() as c:
        get = c.get(url, params=params)
        head = c.head(url, params=params)
    assert head.status_code == get.status_code, (head.status_code, get.text)
    assert head.content == b""
    for name in ("content-type", "ratelimit-policy", "cache-control"):
        assert head.headers.get(name) == get.headers.get(name), name
    if "content-length" in head.headers and "content-encoding" not in get.headers:
        assert int(head.headers["content-length"]) == len(get.content)


def test_head_of_a_streamed_export_sends_nothing(env: Env) -> None:
    with env.client() as c:
        head = c.head("/v1/audit-events/export", params={"format": "ndjson"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"].startswith("application/x-ndjson")


def test_head_is_in_allow_and_other_methods_are_still_405(env: Env) -> None:
    with env.client() as c:
        r = c.request("PATCH", "/v1/workspace")
        assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"
        r = c.request("HEAD", "/v1/api-keys/key_" + "a" * 24)  # GET and DELETE: HEAD runs the GET
        assert r.status_code == 404 and r.content == b""


def _pages(env: Env) -> list[str]:
    """Makes sure the executions list has a second page; returns a real next_cursor."""
    with env.client() as c:
        for _ in range(3):
            execute(c, "email.send", EMAIL_PARAMS)
        first = c.get("/v1/executions", params={"limit": 1}).json()
    assert first["has_more"] and first["next_cursor"]
    return [first["next_cursor"], first["data"][0]["id"]]


def test_cursors_round_trip_and_anything_else_is_invalid_cursor(env: Env) -> None:
    cursor, first_id = _pages(env)
    assert first_id not in cursor  # opaque: not the id itself
    with env.client() as c:
        second = c.get("/v1/executions", params={"limit": 1, "after": cursor})
        assert second.status_code == 200 and second.json()["data"][0]["id"] < first_id
        body, _, mac = cursor.partition(".")
        forged = {
            "garbage": "garbage",
            "an id": first_id,
            "edited mac": f"{body}.{'A' * len(mac)}",
            "truncated": cursor[:-1],
            "another list's": c.get("/v1/audit-events", params={"limit": 1}).json()["next_cursor"],
            "unicode": "é☃",
        }
        for what, value in forged.items():
            r = c.get("/v1/executions", params={"after": value})
            assert r.status_code == 422, (what, r.text)
            problem = r.json()
            assert problem["code"] == "invalid_cursor", what
            assert problem["errors"] == [
                {"pointer": "/query/after", "message": "not a cursor this list returned"}
            ]
    with env.server.client(env.other_admin_key) as other:
        r = other.get("/v1/executions", params={"after": cursor})
        assert r.status_code == 422 and r.json()["code"] == "invalid_cursor"


@pytest.mark.parametrize("op", PAGINATED, ids=[op.operation_id for op in PAGINATED])
def test_every_list_refuses_a_garbage_cursor(env: Env, op: OperationSpec) -> None:
    params = {"after": "exe_r6edt4sywb5wkh7dnsipzz7f"}
    if op.operation_id == "chat_list_messages":
        with env.client() as c:
            params["session_id"] = c.post("/v1/chat", json={"message": "hello"}).json()["session_id"]
    with env.client() as c:
        r = c.get(_url(op.path), params=params)
    assert r.status_code == 422 and r.json()["code"] == "invalid_cursor", r.text


def test_every_list_pages_through_its_own_cursors(env: Env) -> None:
    """The pipeline signs next_cursor for each list: following it never repeats or loses an item."""
    with env.client() as c:
        for name in ("a", "b", "c"):
            assert c.post("/v1/api-keys", json={"name": f"page {name}", "role": "viewer"}).status_code == 201
        seen: list[str] = []
        params: dict[str, str | int] = {"limit": 2}
        while True:
            page = c.get("/v1/api-keys", params=params).json()
            seen += [k["id"] for k in page["data"]]
            if not page["has_more"]:
                break
            params["after"] = page["next_cursor"]
        assert len(seen) == len(set(seen)) >= 3
        all_at_once = [k["id"] for k in c.get("/v1/api-keys", params={"limit": 100}).json()["data"]]
        assert seen == all_at_once
        actions = c.get("/v1/actions", params={"limit": 3}).json()
        rest = c.get("/v1/actions", params={"limit": 100, "after": actions["next_cursor"]}).json()
        assert [a["id"] for a in actions["data"]] + [a["id"] for a in rest["data"]] == [
            a["id"] for a in c.get("/v1/actions", params={"limit": 100}).json()["data"]
        ]


def _raw(env: Env, request: bytes) -> bytes:
    parts = urlsplit(env.server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(request)
        chunks = []
        while True:
            data = sock.recv(65536)
            if not data:
                break
            chunks.append(data)
    return b"".join(chunks)


def test_an_oversized_request_head_is_431_problem(env: Env) -> None:
    for big in (b"X-Big: " + b"x" * 1_000_000, b"X-Big: " + b"x" * 20_000):
        answer = _raw(env, b"GET /health HTTP/1.1\r\nHost: relay\r\n" + big + b"\r\n\r\n")
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 431 "), head[:80]
        assert b"content-type: application/problem+json" in head.lower()
        assert b'"code":"headers_too_large"' in body and b'"status":431' in body
    # a malformed request line is still a 400 problem
    answer = _raw(env, b"GET /health HTTP/1.1 extra\r\nHost: relay\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ") and b'"code":"invalid_request"' in answer


@pytest.mark.parametrize(
    "name", ["a\u0000b", "line\nbreak", "tab\tname", "bell\u0007", "del\u007f", "trailing\n"]
)
def test_control_characters_are_refused_in_key_names(env: Env, name: str) -> None:
    with env.client() as c:
        r = c.post("/v1/api-keys", json={"name": name, "role": "viewer"})
        assert r.status_code == 422, r.text
        assert r.json()["errors"][0]["pointer"] == "/name"
        listed = [k["name"] for k in c.get("/v1/api-keys", params={"limit": 100}).json()["data"]]
        assert name not in listed
        assert c.post("/v1/api-keys", json={"name": "émoji ✓ ok", "role": "viewer"}).status_code == 201
