"""Consent, live: relay-mcp as a real process over stdio and streamable HTTP, in both protocol eras,
against the reference server. Executions and audit events are counted through relay-sdk."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import mcp_types as types
import pytest
from conftest import LEGACY, MODERN, TRANSPORTS, HttpServers, Live, Mcp, accept, connect, reply
from relay_sdk import Relay

COMBINATIONS = [(t, e) for t in TRANSPORTS for e in (LEGACY, MODERN)]
IDS = [f"{t}-{e}" for t, e in COMBINATIONS]


def email(subject: str) -> dict[str, Any]:
    return {"action_id": "email.send", "params": {"to": "ada@example.com", "subject": subject, "body": "Hi"}}


def executions_with(sdk: Relay, subject: str) -> list[Any]:
    return [
        e for e in sdk.executions.list(action_id="email.send", limit=100) if e.params["subject"] == subject
    ]


def text(result: types.CallToolResult) -> str:
    return "\n".join(c.text for c in result.content if isinstance(c, types.TextContent))


def error_payload(result: types.CallToolResult) -> dict[str, Any]:
    assert result.is_error, text(result)
    payload: dict[str, Any] = json.loads(text(result))
    return payload


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
async def test_list_and_preview(live: Live, http_servers: HttpServers, transport: str, era: str) -> None:
    async with connect(live, transport, http_servers=http_servers, era=era) as mcp:
        listed = await mcp.call("actions_list", {"limit": 2})
        assert not listed.is_error
        page = listed.structured_content
        assert page is not None and len(page["data"]) == 2 and page["has_more"] is True
        after = await mcp.call("actions_list", {"limit": 100, "after": page["next_cursor"]})
        assert after.structured_content is not None
        ids = [a["id"] for a in page["data"] + after.structured_content["data"]]
        assert len(ids) == len(set(ids)) and "email.send" in ids

        preview = await mcp.call("actions_preview", email("preview only"))
        assert not preview.is_error and preview.structured_content is not None
        assert "Send an email to ada@example.com" in preview.structured_content["summary"]
        assert "confirm_token" not in preview.structured_content  # withheld: secrets never reach the model
        assert "ct_v1." not in text(preview)
    assert executions_with(live.sdk(), "preview only") == []


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
async def test_execute_with_consent_accepted_runs_once_and_is_audited(
    live: Live, http_servers: HttpServers, transport: str, era: str
) -> None:
    subject = f"accepted {uuid.uuid4()}"
    async with connect(live, transport, http_servers=http_servers, elicit=accept(), era=era) as mcp:
        result = await mcp.call("actions_execute", email(subject))
        assert not result.is_error, text(result)
        assert len(mcp.asked) == 1
        prompt = mcp.asked[0]
        assert isinstance(prompt, types.ElicitRequestFormParams)
        assert f'Send an email to ada@example.com with the subject "{subject}"' in prompt.message
        assert "Effects:" in prompt.message and "Sends 1 email" in prompt.message
        assert "ct_v1." not in prompt.message
        execution = result.structured_content
        assert execution is not None and execution["status"] == "succeeded"
    sdk = live.sdk()
    assert [e.id for e in executions_with(sdk, subject)] == [execution["id"]]
    audited = [
        a for a in sdk.audit_events.list(action="actions.execute", limit=100) if a.target == execution["id"]
    ]
    assert len(audited) == 1 and audited[0].outcome == "success"


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
@pytest.mark.parametrize(
    ("action", "code"), [("decline", "consent_declined"), ("cancel", "consent_cancelled")]
)
async def test_declined_or_cancelled_consent_executes_nothing(
    live: Live, http_servers: HttpServers, transport: str, era: str, action: str, code: str
) -> None:
    subject = f"{action} {uuid.uuid4()}"
    async with connect(live, transport, http_servers=http_servers, elicit=reply(action), era=era) as mcp:
        payload = error_payload(await mcp.call("actions_execute", email(subject)))
        assert len(mcp.asked) == 1
    assert payload["code"] == code and payload["executed"] is False
    assert subject in payload["preview"]["summary"] and "confirm_token" not in payload["preview"]
    assert executions_with(live.sdk(), subject) == []


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
async def test_accept_without_ticking_confirm_executes_nothing(
    live: Live, http_servers: HttpServers, transport: str, era: str
) -> None:
    subject = f"unticked {uuid.uuid4()}"
    async with connect(
        live, transport, http_servers=http_servers, elicit=accept(confirm=False), era=era
    ) as mcp:
        payload = error_payload(await mcp.call("actions_execute", email(subject)))
    assert payload["code"] == "consent_declined"
    assert executions_with(live.sdk(), subject) == []


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
async def test_client_without_elicitation_gets_the_summary_and_nothing_runs(
    live: Live, http_servers: HttpServers, transport: str, era: str
) -> None:
    subject = f"no elicitation {uuid.uuid4()}"
    async with connect(live, transport, http_servers=http_servers, era=era) as mcp:
        payload = error_payload(await mcp.call("actions_execute", email(subject)))
    assert payload["code"] == "consent_required" and payload["executed"] is False
    assert "confirmation" in payload["detail"] and subject in payload["preview"]["summary"]
    assert executions_with(live.sdk(), subject) == []


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_auto_confirm_runs_for_a_client_without_elicitation_and_says_so(
    live: Live, http_servers: HttpServers, transport: str, tmp_path: Path
) -> None:
    subject = f"auto {uuid.uuid4()}"
    flags = ("--auto-confirm",)
    with (tmp_path / "stderr.log").open("w") as errlog:
        async with connect(live, transport, http_servers=http_servers, flags=flags, errlog=errlog) as mcp:
            result = await mcp.call("actions_execute", email(subject))
    assert not result.is_error and "Auto-confirmed" in text(result)
    assert len(executions_with(live.sdk(), subject)) == 1
    log = (
        http_servers.log(live.developer_key, flags)
        if transport == "http"
        else (tmp_path / "stderr.log").read_text()
    )
    assert "--auto-confirm is ON" in log


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
async def test_a_retried_execute_after_consent_runs_once(
    live: Live, http_servers: HttpServers, transport: str, era: str
) -> None:
    subject = f"retried {uuid.uuid4()}"
    arguments = email(subject)
    async with connect(live, transport, http_servers=http_servers, elicit=accept(), era=era) as mcp:
        if era == MODERN:  # the client sends its answer twice (a lost response, a retry)
            first = await mcp.session.call_tool("actions_execute", arguments, allow_input_required=True)
            assert isinstance(first, types.InputRequiredResult)
            answer: types.InputResponses = {
                "consent": types.ElicitResult(action="accept", content={"confirm": True})
            }
            results = [
                await mcp.session.call_tool(
                    "actions_execute", arguments, input_responses=answer, request_state=first.request_state
                )
                for _ in range(2)
            ]
        else:  # the model (or client) calls the same tool with the same arguments again
            results = [await mcp.call("actions_execute", arguments) for _ in range(2)]
            assert len(mcp.asked) == 1  # asked once: the second call is the consented call's retry
    assert all(not r.is_error for r in results), [text(r) for r in results]
    ids = {r.structured_content["id"] for r in results if r.structured_content}
    assert len(ids) == 1
    assert "replayed" in text(results[1])
    assert [e.id for e in executions_with(live.sdk(), subject)] == list(ids)


async def _create_key_and_revoke(mcp: Mcp, live: Live) -> str:
    name = f"mcp key {uuid.uuid4()}"
    created = await mcp.call("api_keys_create", {"name": name, "role": "viewer"})
    assert not created.is_error, text(created)
    key = created.structured_content
    assert key is not None and "secret" not in key
    assert "shown to the human once" in text(created)
    consent, reveal = mcp.asked
    assert isinstance(consent, types.ElicitRequestFormParams) and name in consent.message
    assert "Create an API key" in consent.message
    secret = reveal.message.split("secret: ", 1)[1].strip()
    assert secret.startswith(key["prefix"]) and len(secret) > len(key["prefix"]) + 16
    assert secret not in text(created) and secret not in json.dumps(created.model_dump())
    assert Relay(api_key=secret, base_url=live.base_url).workspace.retrieve().id  # the human's key works
    revoked = await mcp.call("api_keys_revoke", {"key_id": key["id"]})
    assert not revoked.is_error and revoked.structured_content is not None
    assert revoked.structured_content["revoked_at"] is not None
    assert "cannot be undone" in mcp.asked[2].message  # DELETE: destructive
    return secret


@pytest.mark.parametrize(("transport", "era"), COMBINATIONS, ids=IDS)
async def test_created_secrets_reach_the_human_once_never_the_model(
    live: Live, http_servers: HttpServers, transport: str, era: str, tmp_path: Path
) -> None:
    with (tmp_path / "stderr.log").open("w") as errlog:
        async with connect(
            live,
            transport,
            http_servers=http_servers,
            key=live.admin_key,
            elicit=accept(),
            era=era,
            errlog=errlog,
        ) as mcp:
            secret = await _create_key_and_revoke(mcp, live)
    log = http_servers.log(live.admin_key) if transport == "http" else (tmp_path / "stderr.log").read_text()
    assert "api_keys_create: HTTP 201 after consent" in log
    assert secret not in log and live.admin_key not in log  # no secret, no API key in relay-mcp's log
