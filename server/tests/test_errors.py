"""Every error is the spec's problem+json with a request_id, and a status the spec documents."""

from __future__ import annotations

import gzip
import json
import socket
from collections.abc import Iterator

import httpx
from conftest import HIGH_LIMIT, Env, Server

from relay_server.operations import OPERATIONS


def assert_problem(r: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = r.json()
    assert body["status"] == status and body["code"] == code
    assert body["type"] == f"https://relay.dev/problems/{code}"
    assert body["request_id"] == r.headers["x-request-id"]
    assert "Traceback" not in r.text and 'File "' not in r.text
    return body


def test_unknown_route_and_wrong_method(env: Env) -> None:
    with env.client() as c:
        assert_problem(c.get("/v1/nope"), 404, "not_found")
        assert_problem(c.get("/v1/actions/"), 404, "not_found")
        r = c.put("/v1/actions")
        assert_problem(r, 405, "method_not_allowed")
        assert r.headers["allow"] == "GET, HEAD"  # RFC 9110: HEAD wherever GET
        r = c.delete("/v1/api-keys")
        assert_problem(r, 405, "method_not_allowed")
        assert r.headers["allow"] == "GET, HEAD, POST"
        r = c.post("/health")
        assert_problem(r, 405, "method_not_allowed")
        r = c.post("/openapi.yaml")
        assert_problem(r, 405, "method_not_allowed")


def test_authentication_failures(env: Env) -> None:
    with env.server.client(None) as c:
        r = c.get("/v1/workspace")
        assert_problem(r, 401, "unauthenticated")
        assert r.headers["www-authenticate"].startswith("Bearer")
        for header in (
            "Basic abc",
            "Bearer",
            "Bearer relay_sk_short",
            "Bearer " + "relay_sk_" + "a" * 44,
            "x",
        ):
            assert_problem(c.get("/v1/workspace", headers={"Authorization": header}), 401, "unauthenticated")
    with env.client() as c:
        new = c.post("/v1/api-keys", json={"name": "short-lived", "role": "viewer"}).json()
        assert c.delete(f"/v1/api-keys/{new['id']}").json()["revoked_at"] is not None
    with env.server.client(new["secret"]) as c:
        assert_problem(c.get("/v1/workspace"), 401, "unauthenticated")


def test_revoke_is_seen_at_once_by_another_process(env: Env) -> None:
    """Two processes on one database: the second has the key verified and cached when the first revokes."""
    second = Server(env.server.db, HIGH_LIMIT, cwd=env.server.cwd).start()
    try:
        with env.client() as c:
            new = c.post("/v1/api-keys", json={"name": "cached elsewhere", "role": "viewer"}).json()
        with second.client(new["secret"]) as other:
            assert other.get("/v1/workspace").status_code == 200  # verified, now in its cache
            with env.client() as c:
                assert c.delete(f"/v1/api-keys/{new['id']}").status_code == 200
            assert_problem(other.get("/v1/workspace"), 401, "unauthenticated")
    finally:
        second.stop()


def test_junk_bodies(env: Env) -> None:
    url = "/v1/actions/email.send/preview"
    with env.client() as c:
        assert_problem(
            c.post(url, content=b"{not json", headers={"content-type": "application/json"}),
            400,
            "invalid_request",
        )
        assert_problem(
            c.post(url, content=b"\xff\xfe", headers={"content-type": "application/json"}),
            400,
            "invalid_request",
        )
        assert_problem(
            c.post(url, content=b'{"params": NaN}', headers={"content-type": "application/json"}),
            400,
            "invalid_request",
        )
        assert_problem(c.post(url), 400, "invalid_request")
        assert_problem(
            c.post(url, content=b"params=1", headers={"content-type": "application/x-www-form-urlencoded"}),
            415,
            "unsupported_media_type",
        )
        assert_problem(
            c.post(url, content=b"{}", headers={"content-type": "text/plain"}), 415, "unsupported_media_type"
        )
        body = assert_problem(c.post(url, json=[1, 2]), 422, "validation_failed")
        assert body["errors"] == [{"pointer": "", "message": "[1, 2] is not of type 'object'"}]
        body = assert_problem(c.post(url, json={"params": {}, "extra": True}), 422, "validation_failed")
        assert {"pointer": "/extra", "message": "unknown field"} in body["errors"]  # type: ignore[operator]
        # no coercion: "yes" is not a boolean
        body = assert_problem(
            c.post("/v1/chat", json={"message": "hi", "stream": "yes"}), 422, "validation_failed"
        )
        assert body["errors"][0]["pointer"] == "/stream"  # type: ignore[index]
        # params validated against the action's input_schema, one pointer per invalid field
        body = assert_problem(
            c.post(url, json={"params": {"to": ["nope"], "subject": 5}}), 422, "validation_failed"
        )
        pointers = {e["pointer"] for e in body["errors"]}  # type: ignore[attr-defined]
        assert pointers == {"/params/to/0", "/params/subject", "/params/body"}


def test_bad_parameters(env: Env) -> None:
    with env.client() as c:
        body = assert_problem(c.get("/v1/executions", params={"limit": "abc"}), 422, "validation_failed")
        assert body["errors"][0]["pointer"] == "/query/limit"  # type: ignore[index]
        assert_problem(c.get("/v1/executions", params={"limit": 0}), 422, "validation_failed")
        assert_problem(c.get("/v1/executions", params={"limit": 101}), 422, "validation_failed")
        assert_problem(c.get("/v1/executions", params={"status": "weird"}), 422, "validation_failed")
        body = assert_problem(c.get("/v1/executions/exe_NOTVALID"), 422, "validation_failed")
        assert body["errors"][0]["pointer"] == "/path/execution_id"  # type: ignore[index]
        assert_problem(c.get("/v1/executions/exe_" + "a" * 24), 404, "not_found")
        assert_problem(c.get("/v1/actions/nope.nothing"), 404, "not_found")
        assert_problem(c.get("/v1/chat/messages"), 422, "validation_failed")


def test_huge_body(env: Env) -> None:
    big = json.dumps({"params": {"to": ["a@example.com"], "subject": "s", "body": "x" * (1024 * 1024)}})
    with env.client() as c:
        assert_problem(
            c.post(
                "/v1/actions/email.send/preview", content=big, headers={"content-type": "application/json"}
            ),
            413,
            "payload_too_large",
        )

        def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is enforced while reading
            for _ in range(20):
                yield b"x" * 65536 * 2

        assert_problem(
            c.post(
                "/v1/actions/email.send/preview",
                content=chunks(),
                headers={"content-type": "application/json"},
            ),
            413,
            "payload_too_large",
        )


def test_statuses_are_documented(env: Env) -> None:
    """Errors the pipeline produces for each operation are among the statuses the spec documents."""
    with env.client() as c:
        for op in OPERATIONS:
            if op.request_content_type:
                r = c.request(
                    op.http_method,
                    op.path.replace("{action_id}", "email.send").replace("{endpoint_id}", "whe_" + "a" * 24),
                    content=b"{",
                    headers={"content-type": "application/json"},
                )
                if "{" not in op.path.replace("{action_id}", "").replace("{endpoint_id}", ""):
                    assert r.status_code in op.error_statuses, (op.operation_id, r.status_code)


def test_security_headers_and_request_id(env: Env) -> None:
    with env.server.client(None) as c:
        for r in (c.get("/health"), c.get("/v1/workspace"), c.get("/nope")):
            assert r.headers["strict-transport-security"].startswith("max-age=")
            assert r.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
            assert r.headers["x-content-type-options"] == "nosniff"
            assert r.headers["referrer-policy"] == "no-referrer"
            assert r.headers["x-request-id"].startswith("req_")
        r = c.get("/health", headers={"X-Request-Id": "trace-123"})
        assert r.headers["x-request-id"] == "trace-123"


def test_gzip_for_large_bodies(env: Env) -> None:
    with env.client() as c:
        r = c.get("/v1/actions", params={"limit": 100}, headers={"Accept-Encoding": "gzip"})
        assert r.headers["content-encoding"] == "gzip"
        assert len(r.json()["data"]) >= 8
        raw = httpx.get(
            env.server.url + "/v1/actions",
            params={"limit": 100},
            headers={"Accept-Encoding": "gzip", "Authorization": f"Bearer {env.admin_key}"},
        )
        assert json.loads(
            gzip.decompress(raw.read())
            if raw.headers.get("content-encoding") == "gzip" and raw.content[:2] == b"\x1f\x8b"
            else raw.content
        )["data"]
        small = c.get("/health", headers={"Accept-Encoding": "gzip"})
        assert "content-encoding" not in small.headers


def _raw(env: Env, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Sends bytes on a fresh socket and reads the whole answer (the server closes after a 400)."""
    with socket.create_connection(("127.0.0.1", env.server.port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


def test_unparseable_requests_get_problem_json_too(env: Env) -> None:
    # h11 rejects these before the app sees them; the protocol subclass still answers problem+json
    for request in (
        b"NOT AN HTTP REQUEST\r\n\r\n",
        b"GET /v1/actions HTTP/1.1\r\nHost: x\r\nno colon in this header\r\n\r\n",
        b"POST /v1/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello",
    ):
        status, headers, body = _raw(env, request)
        assert status == 400, (request, body)
        assert headers["content-type"] == "application/problem+json"
        assert headers["x-content-type-options"] == "nosniff" and headers["connection"] == "close"
        problem = json.loads(body)
        assert problem["code"] == "invalid_request" and problem["status"] == 400
        assert problem["request_id"] == headers["x-request-id"]
        assert problem["detail"].startswith("The request is not valid HTTP/1.1")
