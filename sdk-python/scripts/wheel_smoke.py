# ruff: noqa: E501
"""Install the built relay-sdk wheel into a brand-new venv and use it with nothing else installed.

Usage: python sdk-python/scripts/wheel_smoke.py dist/relay_sdk-*.whl
Checks: only httpx, attrs and their own dependencies get installed; the package imports, ships
py.typed, parses models, pages through respx-free mocked transport, and verifies a webhook.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ALLOWED = {"relay-sdk", "httpx", "httpcore", "anyio", "idna", "certifi", "h11", "sniffio", "attrs",
           "typing-extensions", "exceptiongroup"}  # fmt: skip

USE = r"""
import base64, hashlib, hmac, json, pathlib
import httpx, relay_sdk
from relay_sdk import Relay
from relay_sdk.types import Action

assert (pathlib.Path(relay_sdk.__file__).parent / "py.typed").is_file()
action = {"id": "email.send", "name": "Send", "description": "d", "provider": "independent",
          "requires_connection": False, "input_schema": {"type": "object"}}
pages = iter([
    {"data": [action], "has_more": True, "next_cursor": "c1"},
    {"data": [dict(action, id="webhook.post")], "has_more": False, "next_cursor": None},
])
def handler(request):
    assert request.headers["authorization"] == "Bearer k"
    return httpx.Response(200, json=next(pages))
client = Relay(api_key="k", base_url="http://relay.test",
               http_client=httpx.Client(transport=httpx.MockTransport(handler)))
items = list(client.actions.list())
assert [a.id for a in items] == ["email.send", "webhook.post"] and isinstance(items[0], Action)
secret = "whsec_" + base64.b64encode(b"k" * 32).decode()
body = '{"type":"ping","timestamp":"2026-11-22T10:00:00Z","data":{"endpoint_id":"whe_x","message":"hi"}}'
sig = base64.b64encode(hmac.new(b"k" * 32, ("m.100." + body).encode(), hashlib.sha256).digest()).decode()
event = client.webhooks.unwrap(body, headers={"webhook-id": "m", "webhook-timestamp": "100",
                               "webhook-signature": "v1," + sig}, secret=secret, now=100)
assert type(event).__name__ == "PingEvent"
print("WHEEL-SMOKE-OK", relay_sdk.__version__)
"""


def main() -> int:
    wheel = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory(prefix="relay-sdk-wheel-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        py = str(env_dir / "bin" / "python")
        subprocess.run([py, "-m", "pip", "install", "-q", str(wheel)], check=True)
        frozen = subprocess.run(
            [py, "-m", "pip", "list", "--format=freeze", "--exclude", "pip", "--exclude", "setuptools"],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        names = {line.split("==")[0].lower().replace("_", "-") for line in frozen.split()}
        extra = names - ALLOWED
        if extra:
            print(f"unexpected runtime dependencies: {sorted(extra)}", file=sys.stderr)
            return 1
        subprocess.run([py, "-c", USE], check=True, cwd=tmp)
    print(f"installed alone: {sorted(names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
