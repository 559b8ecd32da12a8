"""What the guides say the reference server does, checked against it (facts a sample does not print)."""

from __future__ import annotations

import re
import uuid

from conftest import DOCS, LiveServer


def test_the_sandbox_guide_names_the_delivery_the_server_reports(live_server: LiveServer) -> None:
    guide = (DOCS / "guides" / "sandbox.md").read_text(encoding="utf-8")
    claimed = re.search(r"`result\.delivery` is `([a-z_]+)`", guide)
    assert claimed, "guides/sandbox.md no longer says what result.delivery is"
    params = {"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"}
    with live_server.client() as http:
        preview = http.post("/v1/actions/email.send/preview", json={"params": params}).json()
        execution = http.post(
            "/v1/actions/email.send/execute",
            json={"confirm_token": preview["confirm_token"]},
            headers={"Idempotency-Key": str(uuid.uuid4())},
        ).json()
    assert execution["status"] == "succeeded", execution
    assert execution["result"]["delivery"] == claimed.group(1)
