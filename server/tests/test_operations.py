"""The served operations are the spec's, no more and no less; an operation without a handler answers 501."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
import yaml
from conftest import SPEC_FILE, Env

import relay_server.app
from relay_server.app import create_app, create_asgi
from relay_server.config import Settings
from relay_server.handlers import load_handlers
from relay_server.operations import OPERATIONS, served_spec
from relay_server.routing import PathDispatcher
from relay_server.services import build_services
from relay_server.stores import workspaces

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_ops() -> set[tuple[str, str, str]]:
    doc = yaml.safe_load(SPEC_FILE.read_text())
    return {
        (op["operationId"], method.upper(), path)
        for path, item in doc["paths"].items()
        for method in METHODS
        if (op := item.get(method))
    }


def test_every_operation_has_a_handler() -> None:
    """Completeness: CI fails until each operation of the spec has a handler (the server answers 501
    for one that has none, so the rest of the suite and the other packages still run)."""
    missing = sorted(op.operation_id for op in OPERATIONS if op.operation_id not in load_handlers())
    assert not missing, (
        f"operations without a handler (they answer 501 not_implemented): {', '.join(missing)}"
    )


def test_generated_table_matches_spec() -> None:
    assert {(o.operation_id, o.http_method, o.path) for o in OPERATIONS} == spec_ops()


def test_served_operations_equal_spec_operations(tmp_path: Path) -> None:
    app = create_app(Settings.from_env(tmp_path / "r.db"))
    served: set[tuple[str, str, str]] = set()
    for route in app.router.routes:
        endpoint = getattr(route, "app", None)
        if isinstance(endpoint, PathDispatcher):
            for method, binding in endpoint.bindings.items():
                served.add((binding.op.operation_id, method, endpoint.path))
    assert served == spec_ops()


def test_an_operation_without_a_handler_answers_501(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Authentication, rate limit and role run first; then 501 problem+json ``not_implemented``, whatever
    the inputs (a caller, or a test probing a deployment, needs no valid request to learn it)."""
    handlers = load_handlers()
    del handlers["health_check"], handlers["usage_retrieve"]
    monkeypatch.setattr(relay_server.app, "load_handlers", lambda: handlers)
    settings = Settings.from_env(tmp_path / "r.db")
    services = build_services(settings)
    app = create_asgi(settings, services)

    async def requests() -> list[httpx.Response]:
        await services.start()  # what the lifespan does (ASGITransport runs none): migrate, load secrets
        ws, _ = await workspaces.create(services.db, "w")
        _, key, _ = await services.keys.create(ws, "viewer")
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://relay"
        ) as client:
            return [
                await client.get("/health"),
                await client.get("/v1/usage"),
                await client.get("/v1/usage", headers={"Authorization": f"Bearer {key}"}),
                await client.get("/v1/usage?start_date=no", headers={"Authorization": f"Bearer {key}"}),
                await client.get("/ready"),
            ]

    health, anonymous, usage, invalid, ready = asyncio.run(requests())
    assert health.status_code == 501
    assert health.headers["content-type"] == "application/problem+json"
    problem = health.json()
    assert problem["code"] == "not_implemented" and problem["status"] == 501
    assert "health_check" in problem["detail"] and problem["request_id"] == health.headers["x-request-id"]
    assert anonymous.status_code == 401
    assert (usage.status_code, usage.json()["code"]) == (501, "not_implemented")
    assert (invalid.status_code, invalid.json()["code"]) == (501, "not_implemented")
    assert ready.json() == {"status": "ready", "checks": {"database": "ok"}}  # the others are untouched


def test_every_spec_operation_answers_over_http(env: Env) -> None:
    """No spec operation is a 404/405 route miss on the running server."""
    with env.server.client(None) as c:
        for op_id, method, path in sorted(spec_ops()):
            url = path.replace("{action_id}", "email.send")
            for name, prefix in (
                ("key_id", "key"),
                ("execution_id", "exe"),
                ("endpoint_id", "whe"),
                ("connection_id", "con"),
            ):
                url = url.replace("{" + name + "}", prefix + "_" + "a" * 24)
            r = c.request(method, url)
            assert r.status_code not in (404, 405), (op_id, r.status_code, r.text)
            if path.startswith("/v1/"):
                assert r.status_code == 401, (op_id, r.status_code)


def test_serves_the_packaged_spec(env: Env) -> None:
    """``/openapi.yaml`` is package data generated from the spec: the spec's bytes after a header."""
    with env.server.client(None) as c:
        r = c.get("/openapi.yaml")
    assert r.status_code == 200
    assert r.content == served_spec()
    header, body = r.content.split(b"\n", 2)[:2], r.content.split(b"\n", 2)[2]
    assert header[0].startswith(b"# generated from") and body == SPEC_FILE.read_bytes()
    assert "yaml" in r.headers["content-type"]
    with env.server.client(None) as c:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert c.get(path).status_code == 404
