"""The HTTP/1.1 protocol the server runs: uvicorn's h11 implementation, with problem+json for bad framing.

A request h11 cannot parse (a malformed request line or header, bad framing) never reaches the app:
uvicorn answers it itself, with a ``text/plain`` 400. Relay promises RFC 9457 problem+json for every
error, so this subclass answers those with the same problem shape, request id and security headers as
the app's own 400s. (h11 rather than httptools: h11 hands odd-but-legal header bytes to the app, which
then answers them properly; httptools rejects more of them with its own 400.)

A request head that outgrows h11's buffer before it is complete (``config.MAX_HEADER_BYTES``, 16 KiB) is
431 Request Header Fields Too Large (RFC 6585), ``headers_too_large`` — the status h11 itself suggests,
which uvicorn drops in favour of a generic 400. (A complete head over the limit that arrived in one
piece reaches the app, whose outermost layer answers the same 431: ``middleware``.)

Either answer ends the connection with a *lingering close*: the server stops sending (FIN) but reads
and discards what the client is still sending for up to :data:`LINGER_SECONDS`. Closing at once with
unread bytes makes the kernel reset the connection, and a client still busy sending a 1 MB header would
then never read the problem document it was sent.
"""

from __future__ import annotations

from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from relay_server._generated.models import ErrorCode
from relay_server.config import MAX_HEADER_BYTES
from relay_server.errors import PROBLEM_CONTENT_TYPE, ApiError, problem_json
from relay_server.middleware import SECURITY_HEADERS, headers_too_large, new_request_id

#: how long a refused request's connection keeps draining what the client still sends
LINGER_SECONDS = 2.0


class _Connection(h11.Connection):
    """An h11 connection that remembers why it refused the last request (h11's status hint)."""

    refused_status = 400

    def next_event(self) -> Any:
        try:
            return super().next_event()
        except h11.RemoteProtocolError as exc:
            self.refused_status = exc.error_status_hint
            raise


class ProblemH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit = self.config.h11_max_incomplete_event_size or MAX_HEADER_BYTES
        self.conn = _Connection(h11.SERVER, max_incomplete_event_size=limit)
        self._draining = False

    def data_received(self, data: bytes) -> None:
        if self._draining:  # the request was refused: the rest of it is read and dropped
            return
        super().data_received(data)

    def send_400_response(self, msg: str) -> None:
        request_id = new_request_id()
        refused = getattr(self.conn, "refused_status", 400)
        if refused == 431:
            status, reason = 431, b"Request Header Fields Too Large"
            error = headers_too_large()
        else:
            status, reason = 400, b"Bad Request"
            detail = f"The request is not valid HTTP/1.1 ({msg.rstrip('.')}); it was not processed."
            error = ApiError(400, ErrorCode.invalid_request, detail)
        body = problem_json(error, request_id)
        headers = [
            (b"content-type", PROBLEM_CONTENT_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            (b"x-request-id", request_id.encode()),
            (b"cache-control", b"no-store"),
            *SECURITY_HEADERS,
        ]
        for event in (
            h11.Response(status_code=status, headers=headers, reason=reason),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event) or b"")
        if self.transport.can_write_eof():
            self._draining = True
            self.transport.write_eof()
            self.loop.call_later(LINGER_SECONDS, self.transport.close)
        else:
            self.transport.close()
