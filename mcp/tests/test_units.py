"""The runtime's pieces on their own: withholding secrets, pointers, the consent ledger and prompts,
and relay-mcp's start-up (respx stands in for Relay where a live server adds nothing)."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import mcp_types as types
import respx
from _inproc import call_in_process
from relay_sdk import AsyncRelay

from relay_mcp import RelayMcp
from relay_mcp._arguments import argument_errors, argument_pointer
from relay_mcp._consent import (
    Consent,
    ConsentLedger,
    Pending,
    PendingRounds,
    consent_request,
    decide,
    fingerprint,
)
from relay_mcp._generated import TOOLS
from relay_mcp._results import withhold

BY_NAME = {tool.name: tool for tool in TOOLS}


def test_withhold_removes_secret_paths_everywhere() -> None:
    value = {
        "a": 1,
        "secret": "s1",
        "items": [{"token": "t1", "x": 1}, {"token": "t2"}],
        "deep": {"k": {"secret": "s2"}},
    }
    clean, removed = withhold(
        value, [("secret",), ("items", "*", "token"), ("deep", "k", "secret"), ("nope", "x")]
    )
    assert clean == {"a": 1, "items": [{"x": 1}, {}], "deep": {"k": {}}}
    assert removed == [
        ("secret", "s1"),
        ("items.0.token", "t1"),
        ("items.1.token", "t2"),
        ("deep.k.secret", "s2"),
    ]
    assert value["secret"] == "s1"  # the input is not modified


def test_problem_pointers_point_into_the_arguments() -> None:
    preview = BY_NAME["actions_preview"]
    assert argument_pointer(preview, "/path/action_id") == "/action_id"
    assert argument_pointer(preview, "/params/to") == "/params/to"
    assert argument_pointer(preview, "/headers/idempotency-key") == "/headers/idempotency-key"
    assert argument_pointer(BY_NAME["actions_list"], "/query/limit") == "/limit"


def test_argument_errors_name_each_argument() -> None:
    tool = BY_NAME["api_keys_create"]
    assert argument_errors(tool, {"name": "k", "role": "developer"}) == []
    errors = argument_errors(tool, {"role": "owner", "extra": 1})
    assert {e["pointer"] for e in errors} == {"/name", "/role", "/extra"}


def test_fingerprint_ignores_key_order_and_scopes_by_session() -> None:
    tool = BY_NAME["actions_execute"]
    a = fingerprint(tool, {"action_id": "x.y", "params": {"a": 1, "b": 2}})
    assert a == fingerprint(tool, {"params": {"b": 2, "a": 1}, "action_id": "x.y"})
    assert a != fingerprint(tool, {"action_id": "x.y", "params": {"a": 1, "b": 3}})
    assert a != fingerprint(tool, {"action_id": "x.y", "params": {"a": 1, "b": 2}}, "session-2")


def test_the_ledger_forgets_consents_after_their_lifetime() -> None:
    ledger = ConsentLedger(ttl=60)
    consent = Consent.new(None, "accepted")
    ledger.record("call", consent)
    assert ledger.find("call") is consent and consent.key.startswith("relay-mcp-")
    ledger.record("old", Consent(key="k", confirmed=None, how="accepted", at=consent.at - 61))
    assert ledger.find("old") is None


def test_pending_rounds_answer_only_their_own_call_once() -> None:
    rounds = PendingRounds()
    state = rounds.open(Pending("call-1", "consent"))
    assert rounds.take(state, "call-2") is None
    assert rounds.take("forged", "call-1") is None
    assert rounds.take(state, "call-1") is not None
    assert rounds.take(state, "call-1") is None


def test_decisions() -> None:
    assert decide(types.ElicitResult(action="accept", content={"confirm": True})) == "accepted"
    assert decide(types.ElicitResult(action="accept", content={"confirm": False})) == "declined"
    assert decide(types.ElicitResult(action="accept")) == "declined"
    assert decide(types.ElicitResult(action="decline")) == "declined"
    assert decide(types.ElicitResult(action="cancel")) == "cancelled"
    assert decide(None) == "cancelled"


def test_the_prompt_shows_the_preview_and_never_its_token() -> None:
    tool = BY_NAME["actions_execute"]
    preview = {"action_id": "email.send", "summary": "Send it.", "effects": ["Sends 1 email"], "warnings": []}
    question = consent_request(tool, {"action_id": "email.send", "params": {}}, preview)
    assert "Send it." in question.message and "• Sends 1 email" in question.message
    assert "Warnings" not in question.message and "cannot be undone" in question.message
    assert question.requested_schema["required"] == ["confirm"]
    plain = consent_request(BY_NAME["webhook_endpoints_delete"], {"endpoint_id": "whe_x"}, None)
    assert "endpoint_id: whe_x" in plain.message and "Delete a webhook endpoint" in plain.message


async def test_every_call_goes_through_relay_sdk() -> None:
    """The SDK's retry (a 503, then the answer) and its typed errors are what relay-mcp gets."""
    page = {"data": [], "has_more": False, "next_cursor": None}
    with respx.mock(base_url="http://relay.test") as mock:
        busy = httpx.Response(503, headers={"retry-after-ms": "1"})
        route = mock.get("/v1/actions").mock(side_effect=[busy, httpx.Response(200, json=page)])
        async with AsyncRelay(api_key="relay_sk_test", base_url="http://relay.test") as client:
            result = await call_in_process(RelayMcp(client), "actions_list", {"limit": 5})
    assert route.call_count == 2 and route.calls[0].request.url.params["limit"] == "5"
    assert route.calls[0].request.headers["authorization"] == "Bearer relay_sk_test"
    assert result.structured_content == page


def test_start_up_without_a_key_fails_clearly() -> None:
    env = {"PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "relay_mcp"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2 and "RELAY_API_KEY" in done.stderr and "Traceback" not in done.stderr


def test_help_names_every_option() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "relay_mcp", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    for option in ("--http", "--port", "--host", "--auto-confirm", "--base-url"):
        assert option in done.stdout


def test_tool_table_is_json_serialisable() -> None:
    for tool in TOOLS:
        json.dumps([tool.input_schema, tool.output_schema])
    assert all(isinstance(t.locations, dict) for t in TOOLS)
