"""End to end: ``nox -s publish`` to real registries, then install from them as users do.

dist/ is published with ``python -m relay_release publish`` (what ``nox -s publish`` runs) to pypiserver
and verdaccio on loopback, with the credentials in the environment only. Then, outside the checkout:
``pip install relay-sdk==X --index-url http://127.0.0.1:P/simple/`` and ``relay-server==X`` into a fresh
venv (pip, not uv; machine-wide pip configuration ignored), ``npm install @relay/sdk-js@X --registry …``
into a fresh folder, the installed server started, and the docs' Python and TypeScript quickstarts run
against it.
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.request
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Registry, publish_dist, user_env

from relay_release.artifacts import release_version
from relay_release.smoke import (
    QUICKSTART_PY,
    Venv,
    command,
    install_tarball_project,
    installed_server,
    outside_checkout,
    run_ts_quickstart,
)


@pytest.fixture(scope="module")
def work() -> Iterator[Path]:
    path = outside_checkout("relay-publish-test-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_publish_refuses_without_credentials(dist: Path, pypi: Registry, npm_registry: Registry) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("TWINE_USERNAME", "TWINE_PASSWORD", "NPM_TOKEN")}
    status, output = publish_dist(dist, pypi, npm_registry, env)
    assert status == 1
    assert "is not set: credentials come from the environment" in output


def test_install_from_the_registries_and_run_the_quickstarts(
    published: str, pypi: Registry, npm_registry: Registry, work: Path
) -> None:
    version = release_version()
    assert f"relay_sdk-{version}-py3-none-any.whl → {pypi.url}" in published
    env = Venv(work / "venv")
    venv.EnvBuilder(with_pip=True, clear=True).create(env.path)
    index = f"{pypi.url}simple/"
    for requirement in (f"relay-sdk=={version}", f"relay-server=={version}"):
        command(
            [env.python, "-m", "pip", "install", "--quiet", requirement, "--index-url", index],
            cwd=work,
            env=user_env(),
        )
    listed = json.loads(
        command([env.python, "-m", "pip", "list", "--format", "json"], cwd=work, env=user_env())
    )
    installed = {p["name"]: p["version"] for p in listed}
    assert installed["relay-sdk"] == installed["relay-server"] == version
    for name in ("relay_sdk", "relay_server"):  # the local index holds what pip installed
        with urllib.request.urlopen(f"{index}{name.replace('_', '-')}/", timeout=10) as page:  # noqa: S310
            assert f"{name}-{version}-py3-none-any.whl" in page.read().decode()

    folder = work / "ts-quickstart"
    install_tarball_project(folder, f"@relay/sdk-js@{version}", registry=npm_registry.url)
    manifest = json.loads((folder / "node_modules" / "@relay" / "sdk-js" / "package.json").read_text())
    assert manifest["version"] == version
    # the registry holds what npm installed (@relay/sdk-js is on no other registry)
    with urllib.request.urlopen(f"{npm_registry.url}@relay%2fsdk-js", timeout=10) as doc:  # noqa: S310
        tarball = json.load(doc)["versions"][version]["dist"]["tarball"]
    assert tarball.startswith(npm_registry.url), tarball

    with installed_server(env.python, work) as server:
        script = work / "quickstart.py"
        script.write_bytes(QUICKSTART_PY.read_bytes())
        client_env = {
            **user_env(),
            "RELAY_API_KEY": server.keys["quickstart"],
            "RELAY_BASE_URL": server.base_url,
        }
        python_out = command([env.python, script], cwd=work, env=client_env)
        assert "succeeded" in python_out, python_out
        ts_out = run_ts_quickstart(folder, server)
        assert "succeeded" in ts_out, ts_out
