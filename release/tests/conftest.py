"""Real local registries for the publish test, on 127.0.0.1, stopped afterwards.

* ``pypiserver`` (PyPI): uploads need a user (an htpasswd file made here); a package it does not hold
  is redirected to the public index, as a private index that proxies PyPI does.
* ``verdaccio`` 6.8.x (npm; release/registries/package-lock.json): ``@relay/*`` is published locally
  by an authenticated user (created through the registry's own adduser endpoint), nothing is proxied.

``--dist DIR`` points the tests at artifacts built by ``nox -s build``.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from relay_release.smoke import isolated_environ

HERE = Path(__file__).resolve().parent
VERDACCIO = HERE.parent / "registries" / "node_modules" / ".bin" / "verdaccio"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--dist", default=None, help="the dist/ of `nox -s build` (required)")


@pytest.fixture(scope="session")
def dist(pytestconfig: pytest.Config) -> Path:
    value = pytestconfig.getoption("--dist")
    if not value or not Path(value).is_dir():
        pytest.fail("pass --dist DIR: the artifacts of `nox -s build` (it runs this test after building)")
    return Path(value).resolve()


@dataclass(frozen=True)
class Registry:
    url: str
    user: str
    password: str
    token: str = ""


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{url}: the registry exited:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - http://127.0.0.1
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"{url}: no answer within 60 s:\n{log.read_text(errors='replace')[-3000:]}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="session")
def pypi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    from passlib.apache import HtpasswdFile

    root = tmp_path_factory.mktemp("pypiserver")
    user, password = "relay-publisher", secrets.token_urlsafe(16)
    htpasswd = HtpasswdFile(str(root / "htpasswd"), new=True, default_scheme="sha256_crypt")
    htpasswd.set_password(user, password)
    htpasswd.save()
    (root / "packages").mkdir()
    port = _port()
    log = root / "pypiserver.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pypiserver",
                "run",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--passwords",
                str(root / "htpasswd"),
                "--authenticate",
                "update",
                str(root / "packages"),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait(f"http://127.0.0.1:{port}/simple/", proc, log)
        yield Registry(f"http://127.0.0.1:{port}/", user, password)
    finally:
        _stop(proc)


@pytest.fixture(scope="session")
def npm_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    if not VERDACCIO.exists():
        pytest.fail(f"{VERDACCIO} is missing: `npm ci` in release/registries (nox -s build does it)")
    root = tmp_path_factory.mktemp("verdaccio")
    port = _port()
    config = root / "config.yaml"
    config.write_text(
        "\n".join(
            [
                f"storage: {root / 'storage'}",
                "auth:",
                f"  htpasswd: {{file: {root / 'htpasswd'}, max_users: 1}}",
                "uplinks: {}",
                "packages:",
                "  '@relay/*': {access: $all, publish: $authenticated, unpublish: $authenticated}",
                "  '**': {access: $all}",
                "log: {type: stdout, format: pretty, level: warn}",
                "web: {enable: false}",
                "",
            ]
        ),
        encoding="utf-8",
    )
    log = root / "verdaccio.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(VERDACCIO), "--config", str(config), "--listen", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        _wait(url + "-/ping", proc, log)
        user, password = "relay-publisher", secrets.token_urlsafe(16)
        body = json.dumps({"name": user, "password": password}).encode()
        request = urllib.request.Request(  # noqa: S310 - http://127.0.0.1
            f"{url}-/user/org.couchdb.user:{user}",
            data=body,
            method="PUT",
            headers={"content-type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as resp:  # noqa: S310 - http://127.0.0.1
            token = str(json.load(resp)["token"])
        yield Registry(url, user, password, token)
    finally:
        _stop(proc)
        shutil.rmtree(root, ignore_errors=True)


def user_env() -> dict[str, str]:
    """The environment of a user's shell: no nox virtualenv, no machine-wide pip configuration."""
    env = {k: v for k, v in isolated_environ().items() if not k.startswith(("PIP_", "UV_"))}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def publish_dist(dist: Path, pypi: Registry, npm_registry: Registry, env: dict[str, str]) -> tuple[int, str]:
    """``python -m relay_release publish`` (what ``nox -s publish`` runs): exit status and output."""
    cmd = [sys.executable, "-m", "relay_release", "publish", "--dist", str(dist), "--pypi-url", pypi.url]
    done = subprocess.run(
        [*cmd, "--npm-registry", npm_registry.url], env=env, capture_output=True, text=True, check=False
    )
    return done.returncode, done.stdout + done.stderr


@pytest.fixture(scope="session")
def published(dist: Path, pypi: Registry, npm_registry: Registry) -> str:
    secrets = {"TWINE_USERNAME": pypi.user, "TWINE_PASSWORD": pypi.password, "NPM_TOKEN": npm_registry.token}
    status, output = publish_dist(dist, pypi, npm_registry, {**os.environ, **secrets})
    assert status == 0, output
    for value in (pypi.password, npm_registry.token):
        assert value not in output, "a credential was printed"
    return output
