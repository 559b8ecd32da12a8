"""One reference server (embedded default, fresh temp dir) and one fastapi-backend for the whole run.

Run by ``nox -s examples``, which installs relay-server, the relay-sdk wheel, the backend's pins, the
packed @relay/sdk-js in both Node examples, builds the frontend and makes sure Chromium exists.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from relay_sdk import Relay

import harness


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[harness.Service]:
    with harness.relay_server(tmp_path_factory.mktemp("relay")) as service:
        yield service


@pytest.fixture(scope="session")
def backend(server: harness.Service, tmp_path_factory: pytest.TempPathFactory) -> Iterator[harness.Service]:
    with harness.fastapi_backend(
        server.url, str(server.info["api_key"]), tmp_path_factory.mktemp("backend")
    ) as service:
        yield service


@pytest.fixture(scope="session")
def relay(server: harness.Service) -> Iterator[Relay]:
    with Relay(api_key=str(server.info["api_key"]), base_url=server.url) as client:
        yield client
