"""The served operations equal the spec's, no more and no less."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import Env

from relay_server.app import create_app
from relay_server.config import Settings
from relay_server.operations import load_operations
from relay_server.routing import PathDispatcher
from relay_server.spec import spec_bytes, spec_path

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_ops() -> set[tuple[str, str, str]]:
    doc = yaml.safe_load(spec_path().read_text())
    return {
        (op["operationId"], method.upper(), path)
        for path, item in doc["paths"].items()
        for method in METHODS
        if (op := item.get(method))
    }


def test_generated_table_matches_spec() -> None:
    ops = load_operations()
    assert type(ops[0]).__module__ == "relay_server._generated.routes"
    assert {(o.operation_id, o.http_method, o.path) for o in ops} == spec_ops()


def test_served_operations_equal_spec_operations(tmp_path: Path) -> None:
    app = create_app(Settings.from_env(tmp_path / "r.db"))
    served: set[tuple[str, str, str]] = set()
    for route in app.router.routes:
        endpoint = getattr(route, "app", None)
        if isinstance(endpoint, PathDispatcher):
            for method, binding in endpoint.bindings.items():
                served.add((binding.op.operation_id, method, endpoint.path))
    assert served == spec_ops()


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


def test_serves_committed_spec(env: Env) -> None:
    with env.server.client(None) as c:
        r = c.get("/openapi.yaml")
    assert r.status_code == 200
    assert r.content == spec_bytes()
    assert "yaml" in r.headers["content-type"]
    with env.server.client(None) as c:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert c.get(path).status_code == 404
