from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator, List

import httpx
import pytest

from relay_sdk import AsyncRelay, Relay

VECTORS = Path(__file__).resolve().parents[2] / "contract-tests" / "vectors"
BASE_URL = "http://relay.test"
API_KEY = "relay_sk_test_0123456789abcdef"


def load_vectors(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def vector_cases(name: str) -> List[Any]:
    return [pytest.param(case, id=case["name"]) for case in load_vectors(name)["cases"]]


class Sleeps(list):  # type: ignore[type-arg]
    """Records the delays the client asked to sleep (never actually sleeps)."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class AsyncSleeps(list):  # type: ignore[type-arg]
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture(scope="session")
def shared_http() -> Iterator[httpx.Client]:
    # One pool for the whole run: building an httpx client (its TLS context) costs ~50 ms.
    with httpx.Client() as http:
        yield http


@pytest.fixture(scope="session")
def shared_async_http() -> Iterator[httpx.AsyncClient]:
    yield httpx.AsyncClient()


@pytest.fixture
def client(sleeps: Sleeps, shared_http: httpx.Client) -> Iterator[Relay]:
    c = Relay(api_key=API_KEY, base_url=BASE_URL, http_client=shared_http)
    c._sleep = sleeps
    yield c


@pytest.fixture
def async_sleeps() -> AsyncSleeps:
    return AsyncSleeps()


@pytest.fixture
def async_client(async_sleeps: AsyncSleeps, shared_async_http: httpx.AsyncClient) -> AsyncRelay:
    c = AsyncRelay(api_key=API_KEY, base_url=BASE_URL, http_client=shared_async_http)
    c._sleep = async_sleeps
    return c
