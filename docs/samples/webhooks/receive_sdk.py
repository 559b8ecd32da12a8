"""Receive Relay webhooks and verify them with the Python SDK.

Runs a small receiver on 127.0.0.1, subscribes it as a webhook endpoint, asks Relay to send a
test event, and verifies + parses the delivery with `client.webhooks.unwrap`.
"""

import queue
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from relay_sdk import Relay, WebhookVerificationError

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL
received: "queue.Queue[object]" = queue.Queue()
secret = ""  # set below, from the endpoint we create


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            # Verify the signature over the *raw* body, then parse it into a typed event.
            event = client.webhooks.unwrap(body, headers=dict(self.headers), secret=secret)
        except WebhookVerificationError as exc:
            self.send_response(400)  # not from Relay, or tampered with: reject it
            self.end_headers()
            received.put(exc)
            return
        self.send_response(204)  # acknowledge quickly; do slow work elsewhere
        self.end_headers()
        received.put(event)

    def log_message(self, format: str, *args: object) -> None:
        pass


server = HTTPServer(("127.0.0.1", 0), Receiver)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_port}/relay-webhooks"

endpoint = client.webhook_endpoints.create(url=url, events=["execution.succeeded", "execution.failed"])
secret = endpoint.secret  # shown once: store it in your secret manager
try:
    client.webhook_endpoints.test(endpoint.id)  # Relay sends a signed `ping` event
    event = received.get(timeout=30)
    if isinstance(event, Exception):
        raise event
    print("verified", event)
finally:
    client.webhook_endpoints.delete(endpoint.id)
    server.shutdown()
