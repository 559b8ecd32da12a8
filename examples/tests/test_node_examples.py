from __future__ import annotations

import struct

import harness


def test_node_quickstart_lists_previews_and_executes(server: harness.Service) -> None:
    done = harness.node_quickstart(server)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("1. 8 actions: email.send,"), done.stdout
    assert (
        lines[1]
        == '2. preview: Send an email to ada@example.com with the subject "Hello from the quickstart".'
    )
    assert any(ln.startswith("3. execution exe_") and ": succeeded (request req_" in ln for ln in lines), (
        done.stdout
    )
    assert "4. reusing the token is refused: 409 confirm_token_used" in lines


def test_react_frontend_end_to_end_in_headless_chromium(backend: harness.Service) -> None:
    harness.SCREENSHOT.unlink(missing_ok=True)
    done, findings = harness.frontend_e2e(backend)
    assert done.returncode == 0 and findings.get("ok"), done.stdout + done.stderr
    assert findings["fields"] == ["to", "subject", "body", "cc"]  # rendered from input_schema, required first
    assert (
        findings["summary"]
        == 'Send an email to ada@example.com, grace@example.com with the subject "Lunch on Friday".'
    )
    assert findings["execution_status"] == "succeeded"
    assert "Webhook execution.succeeded received (msg_" in findings["webhook"]
    assert findings["authorization_headers"] == 0  # the API key never reaches the browser
    assert findings["foreign_requests"] == []  # everything goes through the same-origin backend
    assert findings["console_errors"] == []
    png = harness.SCREENSHOT.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 1200 and height >= 800
