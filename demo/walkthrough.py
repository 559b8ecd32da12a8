"""The Relay vertical slice, end to end through the Python SDK against a live reference server.

Run by ``python3 dev.py demo`` (nox session ``demo``), which starts the server and sets
RELAY_BASE_URL / RELAY_API_KEY. Steps: list the catalog, preview ``webhook.post`` to a receiver this
script runs on 127.0.0.1, execute it with the confirm token (the SDK adds the Idempotency-Key), and
show what the receiver got.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from relay_sdk import Relay

received: list[dict[str, Any]] = []


class _Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        received.append({"path": self.path, "body": json.loads(self.rfile.read(length) or b"null")})
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return


def main() -> None:
    receiver = HTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{receiver.server_address[1]}/hooks/demo"
    try:
        client = Relay()
        workspace = client.workspace.retrieve()
        print(f"workspace {workspace.id} ({workspace.name})")
        actions = client.actions.list(limit=100)
        print(f"catalog: {', '.join(a.id for a in actions.data)}")

        params = {"url": hook, "payload": {"text": "hello from the Relay demo"}}
        preview = client.actions.preview("webhook.post", params=params)
        print(f"preview: {preview.summary}")
        execution = client.actions.execute("webhook.post", confirm_token=preview.confirm_token)
        print(f"execution {execution.id}: {execution.status}")
        print(f"receiver got: {json.dumps(received)}")
        if execution.status != "succeeded" or not received:
            raise SystemExit("demo: the webhook.post execution did not reach the receiver")
    finally:
        receiver.shutdown()


if __name__ == "__main__":
    main()
