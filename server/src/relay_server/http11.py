"""The HTTP/1.1 protocol the server runs: uvicorn's h11 implementation, with problem+json for bad framing.

A request h11 cannot parse (a malformed request line or header, bad framing) never reaches the app:
uvicorn answers it itself, with a ``text/plain`` 400. Relay promises RFC 9457 problem+json for every
error, so this subclass answers those with the same problem shape, request id and security headers as
the app's own 400s. (h11 rather than httptools: h11 hands odd-but-legal header bytes to the app, which
then answers them properly; httptools rejects more of them with its own 400.)
"""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from relay_server._generated.models import ErrorCode
from relay_server.errors import PROBLEM_CONTENT_TYPE, ApiError, problem_json
from relay_server.middleware import SECURITY_HEADERS, new_request_id


class ProblemH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        request_id = new_request_id()
        detail = f"The request is not valid HTTP/1.1 ({msg.rstrip('.')}); it was not processed."
        body = problem_json(ApiError(400, ErrorCode.invalid_request, detail), request_id)
        headers = [
            (b"content-type", PROBLEM_CONTENT_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            (b"x-request-id", request_id.encode()),
            (b"cache-control", b"no-store"),
            *SECURITY_HEADERS,
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()
