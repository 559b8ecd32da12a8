from __future__ import annotations

import re

from relay_sdk import Relay

import harness


def test_relay_mcp_asks_consent_then_executes_once(server: harness.Service, relay: Relay) -> None:
    done = harness.mcp_agent(server, yes=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "connected to relay-mcp" in done.stdout
    assert "email.send" in done.stdout.split("actions:", 1)[1]
    assert 'Send an email to ada@example.com with the subject "Lunch".' in done.stdout  # the prompt
    match = re.search(r"execution (exe_[a-z0-9]+): succeeded", done.stdout)
    assert match, done.stdout
    assert relay.executions.retrieve(match.group(1)).action_id == "email.send"  # it really ran


def test_declining_in_the_terminal_executes_nothing(server: harness.Service, relay: Relay) -> None:
    before = [e.id for e in relay.executions.list(limit=100).data]
    done = harness.mcp_agent(server, yes=False, stdin="n\n")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Confirm? [y/N]" in done.stdout and "not executed: consent_declined" in done.stdout
    assert [e.id for e in relay.executions.list(limit=100).data] == before
