"""contract-tests/vectors/webhook_signatures.json against relay_sdk's Standard Webhooks code."""

from __future__ import annotations

from typing import Any, Dict

import httpx
import pytest

from relay_sdk import Relay, WebhookVerificationError
from relay_sdk._webhooks import sign, verify

from .conftest import vector_cases


@pytest.mark.parametrize("case", vector_cases("webhook_signatures.json"))
def test_verify(case: Dict[str, Any]) -> None:
    expected = case["expected"]
    if expected["valid"]:
        verify(case["payload"], case["headers"], case["secret"], now=case["now"])
    else:
        with pytest.raises(WebhookVerificationError) as info:
            verify(case["payload"], case["headers"], case["secret"], now=case["now"])
        assert info.value.kind == expected["error"]


@pytest.mark.parametrize("case", vector_cases("webhook_signatures.json"))
def test_verify_bytes_payload_and_httpx_headers(case: Dict[str, Any]) -> None:
    headers = httpx.Headers(case["headers"])
    payload = case["payload"].encode("utf-8")
    if case["expected"]["valid"]:
        verify(payload, headers, case["secret"], now=case["now"])
    else:
        with pytest.raises(WebhookVerificationError):
            verify(payload, headers, case["secret"], now=case["now"])


@pytest.mark.parametrize(
    "case",
    [c for c in vector_cases("webhook_signatures.json") if c.values[0]["expected"]["valid"]],
)
def test_sign_reproduces_a_header_entry(case: Dict[str, Any]) -> None:
    headers = {k.lower(): v for k, v in case["headers"].items()}
    produced = sign(
        case["secret"], headers["webhook-id"], headers["webhook-timestamp"], case["payload"]
    )
    assert produced in headers["webhook-signature"].split(" ")


def test_client_webhooks_unwrap_parses_typed_event() -> None:
    from relay_sdk.types import ExecutionSucceededEvent, PingEvent

    secret = "whsec_" + "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="
    body = (
        '{"type":"ping","timestamp":"2026-11-22T10:00:00Z","data":{"endpoint_id":'
        '"whe_abcdefghijklmnopqrstuvwx","message":"hello"}}'
    )
    ts = "1795315200"
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": ts,
        "webhook-signature": sign(secret, "msg_1", ts, body),
    }
    client = Relay(api_key="k", base_url="http://relay.test")
    event = client.webhooks.unwrap(body, headers=headers, secret=secret, now=1795315200)
    assert isinstance(event, PingEvent)
    assert not isinstance(event, ExecutionSucceededEvent)
    assert event.type == "ping"

    with pytest.raises(WebhookVerificationError) as info:
        client.webhooks.unwrap(body + " ", headers=headers, secret=secret, now=1795315200)
    assert info.value.kind == "invalid_signature"


def test_unwrap_unknown_event_type_is_invalid_payload() -> None:
    secret = "whsec_" + "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="
    body = '{"type":"something.new","data":{}}'
    headers = {
        "webhook-id": "msg_2",
        "webhook-timestamp": "100",
        "webhook-signature": sign(secret, "msg_2", "100", body),
    }
    client = Relay(api_key="k", base_url="http://relay.test")
    with pytest.raises(WebhookVerificationError) as info:
        client.webhooks.unwrap(body, headers=headers, secret=secret, now=100)
    assert info.value.kind == "invalid_payload"


def test_secret_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "whsec_" + "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="
    monkeypatch.setenv("RELAY_WEBHOOK_SECRET", secret)
    body = "{}"
    headers = {
        "webhook-id": "m",
        "webhook-timestamp": "5",
        "webhook-signature": sign(secret, "m", "5", body),
    }
    Relay(api_key="k", base_url="http://relay.test").webhooks.verify(body, headers=headers, now=5)
    monkeypatch.delenv("RELAY_WEBHOOK_SECRET")
    with pytest.raises(WebhookVerificationError) as info:
        Relay(api_key="k", base_url="http://relay.test").webhooks.verify(
            body, headers=headers, now=5
        )
    assert info.value.kind == "invalid_secret"
