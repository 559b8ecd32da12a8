"""Verify a Relay webhook with nothing but the Python standard library.

`verify()` is all you need in your own receiver. The rest of this file proves it on a real
delivery: it subscribes a local receiver and asks Relay for a signed test event.
"""

import base64
import hashlib
import hmac
import json
import os
import queue
import threading
import time
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

TOLERANCE_SECONDS = 5 * 60


def verify(body: bytes, headers: "dict[str, str]", secret: str) -> dict:
    """Return the parsed event if the request is authentic and fresh; raise ValueError otherwise."""
    h = {k.lower(): v for k, v in headers.items()}
    msg_id, timestamp, signatures = h["webhook-id"], h["webhook-timestamp"], h["webhook-signature"]
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        raise ValueError("timestamp outside the 5-minute tolerance (replayed or clock skew)")
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.".encode() + body  # the raw bytes, never re-serialised JSON
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for entry in signatures.split():  # several `v1,<sig>` entries while a secret rotates
        version, _, signature = entry.partition(",")
        if version == "v1" and hmac.compare_digest(signature, expected):  # constant-time
            return json.loads(body)
    raise ValueError("no valid signature")


# --- a live round trip against RELAY_BASE_URL ---------------------------------------------------
BASE_URL, API_KEY = os.environ["RELAY_BASE_URL"], os.environ["RELAY_API_KEY"]


def call(method: str, path: str, body: "dict | None" = None) -> dict:
    request = urllib.request.Request(
        BASE_URL + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={
            "Authorization": f"Bearer {API_KEY}",
            "Content-Type": "application/json",
            "Idempotency-Key": str(uuid.uuid4()),
        },
    )
    with urllib.request.urlopen(request) as response:
        return json.load(response)


received: "queue.Queue[object]" = queue.Queue()
secret = ""


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            event = verify(body, dict(self.headers), secret)
        except (KeyError, ValueError) as exc:
            self.send_response(400)
            self.end_headers()
            received.put(exc)
            return
        self.send_response(204)
        self.end_headers()
        received.put(event)

    def log_message(self, format: str, *args: object) -> None:
        pass


server = HTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=server.serve_forever, daemon=True).start()
endpoint = call(
    "POST",
    "/v1/webhook-endpoints",
    {"url": f"http://127.0.0.1:{server.server_port}/hooks", "events": ["execution.succeeded"]},
)
secret = endpoint["secret"]
try:
    call("POST", f"/v1/webhook-endpoints/{endpoint['id']}/test")
    event = received.get(timeout=30)
    if isinstance(event, Exception):
        raise event
    print("verified", event["type"], event["data"])
finally:
    call("DELETE", f"/v1/webhook-endpoints/{endpoint['id']}")
    server.shutdown()
