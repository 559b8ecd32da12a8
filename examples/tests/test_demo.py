"""The demo's output never shows the admin key: it says where the key is stored."""

from __future__ import annotations

from pathlib import Path

import demo
import harness


def test_the_demo_says_where_the_admin_key_is_stored_not_the_key(server: harness.Service) -> None:
    key = str(server.info["api_key"])
    assert key in server.log()  # the server itself prints it once, on its first start
    summary = demo.server_summary(server)
    assert key not in summary
    stored = Path(str(server.info["credentials_file"]))
    assert f"its admin key is stored in {stored}" in summary
    assert stored.is_file() and key in stored.read_text()
    assert "Relay reference server on " in summary  # the rest of what the server printed is kept
