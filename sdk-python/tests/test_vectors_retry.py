"""retry_decisions.json and retry_after.json: the pure rules, then the real request loop (respx)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

import httpx
import pytest
import respx

from relay_sdk import APIConnectionError, APIStatusError, APITimeoutError, AsyncRelay, Relay
from relay_sdk._base_client import RequestOptions
from relay_sdk._retry import backoff_delay, retry_after, should_retry_error, should_retry_status

from .conftest import API_KEY, BASE_URL, AsyncSleeps, Sleeps, load_vectors, vector_cases

DECISIONS = "retry_decisions.json"
AFTER = "retry_after.json"


def _decide(case: Dict[str, Any]) -> bool:
    outcome = case["outcome"]
    if outcome["kind"] in ("connection_error", "timeout"):
        return should_retry_error(
            method=case["method"],
            has_idempotency_key=case["has_idempotency_key"],
            retries_remaining=case["retries_remaining"],
        )
    return should_retry_status(
        method=case["method"],
        has_idempotency_key=case["has_idempotency_key"],
        status=outcome["status"],
        problem_code=outcome["problem_code"],
        headers=case["response_headers"],
        retries_remaining=case["retries_remaining"],
    )


@pytest.mark.parametrize("case", vector_cases(DECISIONS))
def test_decision_rule(case: Dict[str, Any]) -> None:
    assert _decide(case) == (case["expected"] == "retry")


def _first_response(case: Dict[str, Any]) -> Any:
    outcome = case["outcome"]
    if outcome["kind"] == "connection_error":
        return httpx.ConnectError("boom")
    if outcome["kind"] == "timeout":
        return httpx.ReadTimeout("slow")
    body: Optional[bytes] = None
    headers = dict(case["response_headers"])
    if outcome["problem_code"]:
        body = json.dumps({"code": outcome["problem_code"], "status": outcome["status"]}).encode()
        headers["content-type"] = "application/problem+json"
    return httpx.Response(outcome["status"], headers=headers, content=body)


def _options(case: Dict[str, Any]) -> RequestOptions:
    return RequestOptions(
        case["method"],
        "/v1/thing",
        json={} if case["method"] in ("POST", "PATCH", "PUT") else None,
        headers={"Idempotency-Key": "key-1"} if case["has_idempotency_key"] else None,
        max_retries=case["retries_remaining"],
    )


def _check(case: Dict[str, Any], route: respx.Route, raised: Optional[BaseException]) -> None:
    retried = case["expected"] == "retry"
    assert route.call_count == (2 if retried else 1)
    if retried:
        assert raised is None
        retry_counts = [c.request.headers["x-relay-retry-count"] for c in route.calls]
        assert retry_counts == ["0", "1"]
    else:
        outcome = case["outcome"]
        if outcome["kind"] == "timeout":
            assert isinstance(raised, APITimeoutError)
        elif outcome["kind"] == "connection_error":
            assert isinstance(raised, APIConnectionError)
        elif outcome["status"] >= 300:  # a 304 is not a success for a JSON API either
            assert isinstance(raised, APIStatusError)
            assert raised.status_code == outcome["status"]
        else:
            assert raised is None


@pytest.mark.parametrize("case", vector_cases(DECISIONS))
def test_decision_through_sync_loop(case: Dict[str, Any], client: Relay, sleeps: Sleeps) -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        route = mock.route(method=case["method"], path="/v1/thing").mock(
            side_effect=[_first_response(case), httpx.Response(200, json={})]
        )
        raised: Optional[BaseException] = None
        try:
            client.request(_options(case), lambda r: r.status_code)
        except Exception as exc:
            raised = exc
    _check(case, route, raised)


@pytest.mark.parametrize("case", vector_cases(DECISIONS))
async def test_decision_through_async_loop(
    case: Dict[str, Any], async_client: AsyncRelay, async_sleeps: AsyncSleeps
) -> None:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        route = mock.route(method=case["method"], path="/v1/thing").mock(
            side_effect=[_first_response(case), httpx.Response(200, json={})]
        )
        raised: Optional[BaseException] = None
        try:
            await async_client.request(_options(case), lambda r: r.status_code)
        except Exception as exc:
            raised = exc
    _check(case, route, raised)


# -- Retry-After -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", vector_cases(AFTER))
def test_retry_after_rule(case: Dict[str, Any]) -> None:
    kind, seconds = retry_after(case["headers"], case["now"])
    expected = case["expected"]
    assert kind == expected["kind"]
    if kind == "delay":
        assert seconds == pytest.approx(expected["seconds"], abs=1e-6)


@pytest.mark.parametrize("case", vector_cases(AFTER))
def test_retry_after_through_loop(case: Dict[str, Any], client: Relay, sleeps: Sleeps) -> None:
    client._now = lambda: float(case["now"])
    client._random = lambda: 0.0  # jitter factor 1.0: the first backoff is exactly 0.5 s
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/thing").mock(
            side_effect=[
                httpx.Response(429, headers=case["headers"]),
                httpx.Response(200, json={"ok": True}),
            ]
        )
        expected = case["expected"]
        if expected["kind"] == "raise":
            with pytest.raises(APIStatusError) as info:
                client.request(RequestOptions("GET", "/v1/thing"), lambda r: r.json())
            assert info.value.status_code == 429
            assert route.call_count == 1
            assert sleeps == []
        else:
            assert client.request(RequestOptions("GET", "/v1/thing"), lambda r: r.json()) == {
                "ok": True
            }
            assert route.call_count == 2
            want = expected["seconds"] if expected["kind"] == "delay" else 0.5
            assert sleeps == [pytest.approx(want, abs=1e-6)]


def test_backoff_bounds() -> None:
    backoff = load_vectors(AFTER)["backoff"]
    for case in backoff["cases"]:
        n = case["retry_number"]
        low, high = backoff_delay(n, 1.0), backoff_delay(n, 0.0)
        assert low == pytest.approx(case["min_seconds"])
        assert high == pytest.approx(case["max_seconds"])
        for r in (0.1, 0.5, 0.9):
            assert case["min_seconds"] <= backoff_delay(n, r) <= case["max_seconds"]


def test_backoff_sequence_through_loop(client: Relay, sleeps: Sleeps) -> None:
    client._random = lambda: 0.0
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/thing").mock(return_value=httpx.Response(503))
        with pytest.raises(APIStatusError):
            client.request(RequestOptions("GET", "/v1/thing", max_retries=5), lambda r: r)
    assert route.call_count == 6
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0]
    counts: List[str] = [c.request.headers["x-relay-retry-count"] for c in route.calls]
    assert counts == ["0", "1", "2", "3", "4", "5"]


def test_authorization_header_is_sent(client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.get("/v1/thing").mock(return_value=httpx.Response(200, json={}))
        client.request(RequestOptions("GET", "/v1/thing"), lambda r: r.json())
    assert route.calls[0].request.headers["authorization"] == f"Bearer {API_KEY}"
