"""Options and fixtures of the hand-written contract cases.

    pytest contract-tests/src/relay_contract/suite --base-url URL --api-key ADMIN_KEY \
        [--second-api-key ADMIN_KEY_B]
        [--rate-limited-api-key KEY [--rate-limited-base-url URL]] [--callback-host HOST]
        [--production-api-key KEY [--production-base-url URL]]

Without ``--base-url`` the reference server is started for the session (fresh temp db) and stopped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

pytest.register_assert_rewrite("relay_contract.cases")

from relay_contract.cases import Api, Listener, new_idempotency_key  # noqa: E402
from relay_contract.refserver import Deployment, reference_deployment  # noqa: E402
from relay_contract.spec import Spec, default_spec_path  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("relay", "Relay deployment under test")
    g.addoption("--base-url", default=os.environ.get("RELAY_BASE_URL"), help="deployment base URL")
    g.addoption("--api-key", default=os.environ.get("RELAY_API_KEY"), help="admin API key of workspace A")
    g.addoption(
        "--second-api-key", default=os.environ.get("RELAY_SECOND_API_KEY"), help="admin key of workspace B"
    )
    g.addoption(
        "--rate-limited-api-key",
        default=os.environ.get("RELAY_RATE_LIMITED_API_KEY"),
        help="opt-in: key of a workspace whose rate limit the 429 case may exhaust",
    )
    g.addoption("--rate-limited-base-url", default=os.environ.get("RELAY_RATE_LIMITED_BASE_URL"))
    g.addoption(
        "--production-api-key",
        default=os.environ.get("RELAY_PRODUCTION_API_KEY"),
        help="opt-in: admin key of a deployment with dev mode off (SSRF cases)",
    )
    g.addoption("--production-base-url", default=os.environ.get("RELAY_PRODUCTION_BASE_URL"))
    g.addoption("--spec", default=str(default_spec_path()), help="OpenAPI document")
    g.addoption(
        "--callback-host",
        default=os.environ.get("RELAY_CALLBACK_HOST"),
        help="host name under which the deployment reaches this machine (default 127.0.0.1)",
    )


@pytest.fixture(scope="session")
def spec(pytestconfig: pytest.Config) -> Spec:
    return Spec(__import__("pathlib").Path(pytestconfig.getoption("--spec")))


@pytest.fixture(scope="session")
def deployment(pytestconfig: pytest.Config) -> Iterator[Deployment]:
    base_url = pytestconfig.getoption("--base-url")
    if not base_url:
        with reference_deployment() as dep:
            yield dep
        return
    api_key = pytestconfig.getoption("--api-key")
    if not api_key:
        pytest.exit("--api-key (or RELAY_API_KEY) is required with --base-url", returncode=2)
    limited_key = pytestconfig.getoption("--rate-limited-api-key")
    production_key = pytestconfig.getoption("--production-api-key")
    yield Deployment(
        base_url=base_url.rstrip("/"),
        api_key=api_key,
        second_api_key=pytestconfig.getoption("--second-api-key"),
        limited_api_key=limited_key,
        limited_base_url=(pytestconfig.getoption("--rate-limited-base-url") or base_url).rstrip("/")
        if limited_key
        else None,
        confirm_secret=os.environ.get("RELAY_CONFIRM_TOKEN_SECRET"),
        production_api_key=production_key,
        production_base_url=(pytestconfig.getoption("--production-base-url") or base_url).rstrip("/")
        if production_key
        else None,
    )


@pytest.fixture(scope="session")
def admin(deployment: Deployment) -> Iterator[Api]:
    api = Api(deployment.base_url, deployment.api_key)
    r = api.get("/v1/api-keys", params={"limit": 1})
    if r.status_code != 200:
        pytest.exit(
            f"--api-key must be an admin key of a working deployment (GET /v1/api-keys: {r.status_code})"
        )
    yield api
    api.close()


@pytest.fixture(scope="session")
def admin_b(deployment: Deployment) -> Iterator[Api]:
    if not deployment.second_api_key:
        pytest.skip("needs --second-api-key (an admin key of a second workspace) for isolation cases")
    api = Api(deployment.base_url, deployment.second_api_key)
    yield api
    api.close()


@pytest.fixture(scope="session")
def production(deployment: Deployment) -> Iterator[Api]:
    """An admin of a deployment with dev mode off (as in production): what the SSRF cases need."""
    if not (deployment.production_api_key and deployment.production_base_url):
        pytest.skip("opt-in: pass --production-api-key (an admin key of a deployment with dev mode off)")
    api = Api(deployment.production_base_url, deployment.production_api_key)
    yield api
    api.close()


@pytest.fixture(scope="session")
def anon(deployment: Deployment) -> Iterator[Api]:
    api = Api(deployment.base_url, None)
    yield api
    api.close()


@pytest.fixture(scope="session")
def role_keys(admin: Api, spec: Spec, deployment: Deployment) -> Iterator[dict[str, Api]]:
    """One client per role: the given admin key, plus developer/viewer keys minted via api_keys.create."""
    clients: dict[str, Api] = {"admin": admin}
    minted: list[str] = []
    for role in spec.roles:
        if role == "admin":
            continue
        created = admin.ok("POST", "/v1/api-keys", 201, json={"name": f"contract {role}", "role": role})
        minted.append(created["id"])
        clients[role] = Api(deployment.base_url, created["secret"])
    yield clients
    for role, client in clients.items():
        if role != "admin":
            client.close()
    for key_id in minted:
        admin.delete(f"/v1/api-keys/{key_id}")


@pytest.fixture(scope="session")
def listener(pytestconfig: pytest.Config) -> Iterator[Listener]:
    host = pytestconfig.getoption("--callback-host")
    bind = "0.0.0.0" if host else "127.0.0.1"  # noqa: S104 - only when a public callback host is given
    with Listener(bind, host) as lst:
        yield lst


@pytest.fixture(scope="session")
def webhook_action(admin: Api, listener: Listener) -> dict[str, Any]:
    """Params for ``webhook.post`` that preview accepts, preferring the local listener as target."""
    candidates = [f"{listener.base_url}/hook", "https://example.com/relay-contract"]
    for url in candidates:
        params = {"url": url, "payload": {"source": "relay-contract"}}
        r = admin.post(
            "/v1/actions/webhook.post/preview", json={"params": params}, idempotency_key=new_idempotency_key()
        )
        if r.status_code == 200:
            return {"action_id": "webhook.post", "params": params, "local": url.startswith(listener.base_url)}
    pytest.skip("the deployment accepts no webhook.post target this suite can offer")
