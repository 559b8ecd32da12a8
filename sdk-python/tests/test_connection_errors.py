"""A connection error names the method and URL it tried (a wrong or missing RELAY_BASE_URL shows)."""

from __future__ import annotations

import socket

import httpx
import pytest
import respx

from relay_sdk import APIConnectionError, APITimeoutError, AsyncRelay, Relay


def _closed_port() -> int:
    with socket.socket() as sock:  # bound then closed: nothing listens there
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_refused_connection_names_the_method_and_url() -> None:
    port = _closed_port()
    with (
        Relay(
            api_key="relay_sk_test", base_url=f"http://127.0.0.1:{port}", max_retries=0
        ) as client,
        pytest.raises(APIConnectionError) as raised,
    ):
        client.actions.list()
    assert (
        str(raised.value)
        == f"Connection error: GET http://127.0.0.1:{port}/v1/actions could not be reached."
    )
    assert "relay_sk_test" not in str(raised.value)


async def test_the_async_client_names_them_too() -> None:
    port = _closed_port()
    async with AsyncRelay(
        api_key="relay_sk_test", base_url=f"http://127.0.0.1:{port}", max_retries=0
    ) as client:
        with pytest.raises(APIConnectionError) as raised:
            await client.actions.preview("email.send", params={})
    assert f"POST http://127.0.0.1:{port}/v1/actions/email.send/preview" in str(raised.value)


@respx.mock
def test_a_timeout_names_them() -> None:
    respx.get("https://relay.test/v1/workspace").mock(side_effect=httpx.ReadTimeout("slow"))
    client = Relay(api_key="relay_sk_test", base_url="https://relay.test", max_retries=0)
    with client, pytest.raises(APITimeoutError) as raised:
        client.workspace.retrieve()
    assert str(raised.value) == "Request timed out: GET https://relay.test/v1/workspace."
