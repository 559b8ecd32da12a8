"""Helpers shared by the hand-written contract cases: an API client, problem+json and SSE checks,
and a local HTTP listener the deployment may (or may not) be able to reach.

Every request of the cases goes through :class:`Api`, whose response hook makes a 501
``not_implemented`` (an operation this deployment does not implement) skip the case that met it, and
notes every secret a response shows (``secrets_log``, for the database scan after the run). Like the
SDKs, it waits out a 429 (``Retry-After``) and sends the request again, so the suite's many requests
(the fuzz) pass through any deployment's rate limit; the rate-limit case itself sees its 429s.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from relay_contract.implemented import says_not_implemented
from relay_contract.secrets_log import record_secrets_in
from relay_contract.spec import Operation, Spec

PROBLEM_JSON = "application/problem+json"
#: examples per operation and test of the cases' property-based fuzz (``relay-contract --max-examples``)
FUZZ_EXAMPLES_ENV = "RELAY_CONTRACT_MAX_EXAMPLES"


def media_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def new_idempotency_key() -> str:
    return f"ct-{uuid.uuid4()}"


def not_implemented(response: httpx.Response) -> bool:
    """Whether ``response`` is this deployment saying it does not implement the operation (501 problem+json
    ``not_implemented``): the operation is in the spec the suite tests, not in the deployment (yet)."""
    if response.status_code != 501:
        return False
    response.read()
    return says_not_implemented(response.status_code, response.headers.get("content-type", ""), response.json)


def _response_hook(response: httpx.Response) -> None:
    if not_implemented(response):
        where = f"{response.request.method} {response.request.url.path}"
        pytest.skip(f"not implemented by this deployment: {where} answered 501 not_implemented")
    if response.status_code == 201 and media_type(response) == "application/json":
        response.read()
        record_secrets_in(response.json())


class WaitOutRateLimits(httpx.BaseTransport):
    """Sends a request again after a 429, once its ``Retry-After`` has passed (at most ``patience``
    seconds of waiting per request; then the 429 is the answer)."""

    def __init__(self, inner: httpx.BaseTransport, patience: float = 120.0) -> None:
        self.inner = inner
        self.patience = patience

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        waited = 0.0
        while True:
            response = self.inner.handle_request(request)
            if response.status_code != 429 or waited >= self.patience:
                return response
            after = response.headers.get("retry-after", "1")
            delay = min(float(after) if after.isdigit() else 1.0, self.patience - waited)
            response.read()
            response.close()
            time.sleep(max(delay, 0.05))
            waited += delay

    def close(self) -> None:
        self.inner.close()


class Api:
    """A thin httpx client for one API key (or none); see the module docstring for its response hook and
    its patience with 429s (``wait_out_rate_limits``)."""

    def __init__(
        self,
        base_url: str,
        key: str | None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        *,
        wait_out_rate_limits: bool = True,
    ) -> None:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.key = key
        inner = transport or httpx.HTTPTransport()
        self.http = httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            transport=WaitOutRateLimits(inner) if wait_out_rate_limits else inner,
            event_hooks={"response": [_response_hook]},
        )

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.request(method, path, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def post(self, path: str, *, idempotency_key: str | None = None, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        return self.http.post(path, headers=headers, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.delete(path, **kwargs)

    def ok(self, method: str, path: str, status: int = 200, **kwargs: Any) -> Any:
        """Request that must succeed with ``status``; returns the JSON body."""
        if method == "POST" and "idempotency_key" not in kwargs:
            kwargs["idempotency_key"] = new_idempotency_key()
        r = self.post(path, **kwargs) if method == "POST" else self.request(method, path, **kwargs)
        assert r.status_code == status, f"{method} {path}: expected {status}, got {r.status_code}: {r.text}"
        return r.json()

    def list_all(self, path: str, params: dict[str, Any] | None = None, max_pages: int = 50) -> list[Any]:
        items: list[Any] = []
        query = dict(params or {}, limit=100)
        for _ in range(max_pages):
            page = self.ok("GET", path, params=query)
            items += page["data"]
            if not page["has_more"]:
                break
            query["after"] = page["next_cursor"]
        return items


def undo_create(admin: Api, op: Operation, body: Any) -> None:
    """Deletes what an accepted create of a case made (API keys, webhook endpoints)."""
    if not isinstance(body, dict) or "id" not in body:
        return
    if op.operation_id == "api_keys_create":
        admin.delete(f"/v1/api-keys/{body['id']}")
    elif op.operation_id == "webhook_endpoints_create":
        admin.delete(f"/v1/webhook-endpoints/{body['id']}")


def assert_problem(
    spec: Spec,
    response: httpx.Response,
    status: int,
    code: str | None = None,
    operation: Operation | None = None,
) -> dict[str, Any]:
    """The response is an RFC 9457 problem document as the spec defines it."""
    where = f"{response.request.method} {response.request.url.path}"
    assert response.status_code == status, (
        f"{where}: expected {status}, got {response.status_code}: {response.text}"
    )
    assert media_type(response) == PROBLEM_JSON, (
        f"{where}: content type {response.headers.get('content-type')}"
    )
    body = response.json()
    errors = sorted(spec.component_validator("Problem").iter_errors(body), key=str)
    assert not errors, f"{where}: not a Problem: {[e.message for e in errors]}: {body}"
    assert body["status"] == status, f"{where}: problem.status {body['status']} != HTTP {status}"
    assert body["code"] in spec.error_codes, f"{where}: code {body['code']!r} not in ErrorCode"
    if code is not None:
        assert body["code"] == code, f"{where}: expected code {code!r}, got {body['code']!r}: {body}"
    request_id = response.headers.get("x-request-id")
    assert request_id, f"{where}: no X-Request-Id header"
    assert body["request_id"] == request_id, f"{where}: request_id {body['request_id']!r} != {request_id!r}"
    if operation is not None:
        assert operation.documents_status(status), f"{operation.operation_id} does not document {status}"
    return dict(body)


# -- Server-Sent Events ------------------------------------------------------------------------------
@dataclass
class SseEvent:
    event: str | None = None
    id: str | None = None
    data_lines: list[str] = field(default_factory=list)
    retry: int | None = None

    @property
    def data(self) -> str:
        return "\n".join(self.data_lines)


def parse_sse(text: str) -> tuple[list[SseEvent], int]:
    """Parses an event stream per the WHATWG algorithm; returns the events and the number of comments."""
    events: list[SseEvent] = []
    comments = 0
    current = SseEvent()
    has_field = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line == "":
            if has_field:
                events.append(current)
            current, has_field = SseEvent(), False
            continue
        if line.startswith(":"):
            comments += 1
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            current.data_lines.append(value)
        elif name == "event":
            current.event = value
        elif name == "id":
            current.id = value
        elif name == "retry" and value.isdigit():
            current.retry = int(value)
        has_field = True
    return events, comments


# -- a local HTTP listener (webhook.post target) -------------------------------------------------------
class Listener:
    """Records POSTs; a request to ``/slow`` is held until :meth:`release` (for in-flight idempotency)."""

    def __init__(self, host: str = "127.0.0.1", advertised_host: str | None = None) -> None:
        self.received: list[tuple[str, bytes]] = []
        self.got_slow = threading.Event()
        self._release = threading.Event()
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                listener.received.append((self.path, body))
                if self.path.startswith("/slow"):
                    listener.got_slow.set()
                    listener._release.wait(timeout=60)
                payload = json.dumps({"ok": True}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base_url = f"http://{advertised_host or host}:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def release(self) -> None:
        self._release.set()

    def reset(self) -> None:
        self.got_slow.clear()
        self._release.clear()

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()


@contextlib.contextmanager
def listening(host: str = "127.0.0.1", advertised_host: str | None = None) -> Iterator[Listener]:
    with Listener(host, advertised_host) as listener:
        yield listener


def preview(api: Api, action: dict[str, Any], params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Previews ``action`` (``{"action_id", "params"}``) and returns the Preview."""
    body: dict[str, Any] = api.ok(
        "POST", f"/v1/actions/{action['action_id']}/preview", json={"params": params or action["params"]}
    )
    return body


def example_path(op: Operation, overrides: dict[str, str] | None = None) -> str:
    """The operation's path with every path parameter set to its (well-formed) spec example."""
    path = op.path
    for p in op.path_params():
        value = (overrides or {}).get(p.name, p.example)
        path = path.replace("{" + p.name + "}", str(value))
    return path


def example_request(op: Operation, overrides: dict[str, str] | None = None) -> dict[str, Any]:
    """httpx keyword arguments for a schema-valid request built from the spec's examples."""
    kwargs: dict[str, Any] = {"method": op.method, "url": example_path(op, overrides)}
    query = {p.name: p.example for p in op.required_query()}
    if query:
        kwargs["params"] = query
    headers = {}
    if op.takes_idempotency_key:
        headers["Idempotency-Key"] = new_idempotency_key()
    if headers:
        kwargs["headers"] = headers
    if op.body_schema is not None:
        kwargs["json"] = op.body_example if op.body_example is not None else {}
    return kwargs


def connect_via_consenting_provider(api: Api, provider: str = "github") -> dict[str, Any] | None:
    """Runs connections.authorize → (the browser step) → connections.complete, when the provider consents
    without a login page (a development/simulated provider): the authorization URL then redirects straight
    to ``redirect_uri`` with a ``code``. Returns the Connection, or None when a human would be needed."""
    redirect_uri = "https://relay-contract.invalid/oauth/callback"
    auth = api.ok(
        "POST", "/v1/connections/authorize", json={"provider": provider, "redirect_uri": redirect_uri}
    )
    try:
        r = httpx.get(auth["authorization_url"], follow_redirects=False, timeout=15)
    except httpx.HTTPError:
        return None
    location = r.headers.get("location", "")
    if r.status_code not in (301, 302, 303, 307, 308) or not location.startswith(redirect_uri):
        return None
    query = dict(httpx.URL(location).params)
    if query.get("state") != auth["state"] or not query.get("code"):
        return None
    connection: dict[str, Any] = api.ok(
        "POST", "/v1/connections/complete", 201, json={"code": query["code"], "state": auth["state"]}
    )
    return connection
