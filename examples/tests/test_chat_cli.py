from __future__ import annotations

import re

from relay_sdk import Relay

import harness


def test_streams_the_reply_shows_the_suggestion_and_executes_it(
    server: harness.Service, relay: Relay
) -> None:
    done = harness.chat_cli(server, "send an email to ada@example.com about lunch", yes=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "relay> I can send that email to ada@example.com" in done.stdout
    assert "suggested action: email.send" in done.stdout
    assert 'summary: Send an email to ada@example.com with the subject "Lunch".' in done.stdout
    match = re.search(r"execution (exe_[a-z0-9]+): succeeded", done.stdout)
    assert match, done.stdout
    execution = relay.executions.retrieve(match.group(1))  # it really ran, on the server
    assert str(execution.status) == "succeeded"
    assert execution.action_id == "email.send"


def test_declining_executes_nothing(server: harness.Service, relay: Relay) -> None:
    before = [e.id for e in relay.executions.list(limit=100).data]
    done = harness.chat_cli(
        server, "send an email to grace@example.com about the offsite", yes=False, stdin="n\n"
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Execute it? [y/N]" in done.stdout
    assert "declined: nothing was executed" in done.stdout
    assert [e.id for e in relay.executions.list(limit=100).data] == before


def test_confirming_on_stdin_executes(server: harness.Service) -> None:
    done = harness.chat_cli(
        server, "send an email to grace@example.com about the offsite", yes=False, stdin="y\n"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"execution exe_[a-z0-9]+: succeeded", done.stdout)


def test_a_message_without_an_intent_suggests_nothing(server: harness.Service) -> None:
    done = harness.chat_cli(server, "hello there", yes=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(no action suggested)" in done.stdout
    assert "execution" not in done.stdout
