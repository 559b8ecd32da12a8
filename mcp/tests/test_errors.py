"""Errors come back as tool errors an agent can act on — the problem's code, detail and field pointers
(pointing into the tool's arguments) — never a traceback, and never crash the server."""

from __future__ import annotations

import json
from typing import Any

import mcp_types as types
import pytest
from _inproc import call_in_process
from conftest import LEGACY, MODERN, TRANSPORTS, HttpServers, Live, accept, connect
from mcp.shared.exceptions import MCPError
from relay_sdk import AsyncRelay

from relay_mcp import RelayMcp

COMBINATIONS = [(t, e) for t in TRANSPORTS for e in (LEGACY, MODERN)]
IDS = [f"{t}-{e}" for t, e in COMBINATIONS]


def payload(result: types.CallToolResult) -> dict[str, Any]:
    assert result.is_error
    text = "\n".join(c.text for c in result.content if isinstance(c, types.TextContent))
    assert "Traceback" not in text
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
async def test_invalid_arguments(live: Live, http_servers: HttpServers, transport: str, era: str) -> None:
    async with connect(live, transport, http_servers=http_servers, elicit=accept(), era=era) as mcp:
        # checked against the tool's input schema: nothing is sent
        local = payload(await mcp.call("actions_list", {"limit": 500, "colour": "red"}))
        assert local["code"] == "invalid_arguments"
        assert {e["pointer"] for e in local["errors"]} == {"/limit", "/colour"}
        missing = payload(await mcp.call("actions_execute", {"action_id": "email.send"}))
        assert missing["errors"] == [{"pointer": "/params", "message": "is required"}]
        # checked by Relay (the action's input_schema): the problem's pointer, into the arguments
        bad_email = {"to": "not-an-email", "subject": "s", "body": "b"}
        remote = payload(await mcp.call("actions_preview", {"action_id": "email.send", "params": bad_email}))
        assert remote["code"] == "validation_failed" and remote["status"] == 422
        assert [e["pointer"] for e in remote["errors"]] == ["/params/to"]
        assert remote["request_id"].startswith("req_")
        consented = payload(
            await mcp.call("actions_execute", {"action_id": "email.send", "params": bad_email})
        )
        assert consented["code"] == "validation_failed" and mcp.asked == []  # the preview failed: no prompt
        unknown = payload(await mcp.call("actions_retrieve", {"action_id": "nothing.here"}))
        assert unknown["code"] == "not_found" and unknown["status"] == 404
        # the server still serves
        assert not (await mcp.call("workspace_retrieve", {})).is_error


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
async def test_a_viewer_key_gets_403_as_a_tool_error(
    live: Live, http_servers: HttpServers, transport: str, era: str
) -> None:
    async with connect(
        live, transport, http_servers=http_servers, key=live.viewer_key, elicit=accept(), era=era
    ) as mcp:
        arguments = {
            "action_id": "email.send",
            "params": {"to": "a@example.com", "subject": "s", "body": "b"},
        }
        forbidden = payload(await mcp.call("actions_execute", arguments))
        assert forbidden["code"] == "forbidden" and forbidden["status"] == 403
        assert "viewer" in forbidden["detail"]
        assert mcp.asked == []  # nothing to consent to: the preview was refused
        keys = payload(await mcp.call("api_keys_list", {}))
        assert keys["code"] == "forbidden"
        assert not (await mcp.call("actions_list", {"limit": 1})).is_error  # viewers read


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_an_unknown_tool_is_a_protocol_error(
    live: Live, http_servers: HttpServers, transport: str
) -> None:
    async with connect(live, transport, http_servers=http_servers) as mcp:
        with pytest.raises(MCPError, match="Unknown tool"):
            await mcp.session.call_tool("health_metrics", {})


async def test_relay_unreachable_is_a_tool_error() -> None:
    async with AsyncRelay(api_key="relay_sk_x", base_url="http://127.0.0.1:9", max_retries=0) as client:
        result = await call_in_process(RelayMcp(client), "actions_list", {})
    data = payload(result)
    assert data["code"] == "relay_unreachable" and "127.0.0.1:9" in data["detail"]
