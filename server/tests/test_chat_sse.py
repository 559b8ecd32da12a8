"""``POST /v1/chat`` with ``stream: true``, read off a raw socket byte by byte: SSE framing, the spec's
event names and schemas, heartbeat comments, and the work stopping when the client goes away."""

from __future__ import annotations

import itertools
import json
import re
import socket
import time
from typing import Any

import httpx
from conftest import Server, schema_validator
from jsonschema import Draft202012Validator


class RawStream:
    """An HTTP/1.1 request on a plain socket; the body is de-chunked one byte at a time."""

    def __init__(self, server: Server, key: str, body: dict[str, Any]) -> None:
        payload = json.dumps(body).encode()
        self.sock = socket.create_connection(("127.0.0.1", server.port), timeout=30)
        self.sock.sendall(
            b"POST /v1/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + key.encode()
            + b"\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: "
            + str(len(payload)).encode()
            + b"\r\n\r\n"
            + payload
        )
        self.status = int(self._line().split(b" ")[1])
        self.headers: dict[str, str] = {}
        while line := self._line():
            name, _, value = line.decode().partition(":")
            self.headers[name.strip().lower()] = value.strip()
        assert self.headers.get("transfer-encoding") == "chunked"
        self._left = 0
        self.eof = False

    def _byte(self) -> bytes:
        b = self.sock.recv(1)
        if not b:
            raise EOFError
        return b

    def _line(self) -> bytes:
        out = b""
        while not out.endswith(b"\r\n"):
            out += self._byte()
        return out[:-2]

    def body_byte(self) -> bytes | None:
        if self.eof:
            return None
        if self._left == 0:
            size = int(self._line().split(b";")[0], 16)
            if size == 0:
                self._line()
                self.eof = True
                return None
            self._left = size
        b = self._byte()
        self._left -= 1
        if self._left == 0:
            assert self._line() == b""
        return b

    def block(self) -> str | None:
        """The next SSE block (the text before a blank line), or None at the end of the stream."""
        buf = b""
        while not buf.endswith(b"\n\n"):
            b = self.body_byte()
            if b is None:
                assert buf == b"", f"stream ended inside a block: {buf!r}"
                return None
            buf += b
        return buf[:-2].decode()

    def close(self) -> None:
        self.sock.close()


def _validator() -> Draft202012Validator:
    return schema_validator("ChatStreamEvent")


def test_sse_framing_events_and_heartbeats(flows: Server) -> None:
    validator = _validator()
    key = flows.credentials()["api_key"]
    stream = RawStream(flows, key, {"message": "message the team channel the build is green", "stream": True})
    try:
        assert stream.status == 200 and stream.headers["content-type"].startswith("text/event-stream")
        assert stream.headers["cache-control"] == "no-cache"
        blocks: list[str] = []
        while (b := stream.block()) is not None:
            blocks.append(b)
    finally:
        stream.close()
    events: list[tuple[int, str, dict[str, Any]]] = []
    kinds: list[str] = []
    for block in blocks:
        lines = block.split("\n")
        if all(line.startswith(":") for line in lines):
            kinds.append("heartbeat")
            continue
        assert [line.split(":", 1)[0] for line in lines] == ["id", "event", "data"], block
        fields = {k: v.removeprefix(" ") for k, v in (line.split(":", 1) for line in lines)}
        data = json.loads(fields["data"])
        validator.validate(data)
        assert data["type"] == fields["event"]
        events.append((int(fields["id"]), fields["event"], data))
        kinds.append(fields["event"])
    ids = [i for i, _, _ in events]
    assert ids == list(range(1, len(ids) + 1))  # an id on every event, increasing
    names = [n for _, n, _ in events]
    assert names[-1] == "done" and names.count("done") == 1 and "action_suggestion" in names
    assert set(names[: names.index("action_suggestion")]) == {"text_delta"}
    done = events[-1][2]
    assert "".join(d["delta"] for _, n, d in events if n == "text_delta") == done["text"]
    suggestion = next(d for _, n, d in events if n == "action_suggestion")["suggestion"]
    assert suggestion["action_id"] == "microsoft.teams.send_message"
    # the stream paces text chunks 0.3 s apart with a 0.1 s heartbeat: a comment between each pair
    deltas = [i for i, k in enumerate(kinds) if k == "text_delta"]
    assert len(deltas) >= 2
    for a, z in itertools.pairwise(deltas):
        assert "heartbeat" in kinds[a + 1 : z], kinds
    with flows.client(key) as c:
        history = c.get("/v1/chat/messages", params={"session_id": done["session_id"]}).json()["data"]
    assert [m["role"] for m in history] == ["user", "assistant"] and history[1]["id"] == done["message_id"]


def _cancelled(c: httpx.Client) -> float:
    m = re.search(r'^relay_chat_streams_total\{outcome="cancelled"\} (\S+)$', c.get("/metrics").text, re.M)
    return float(m.group(1)) if m else 0.0


def test_work_stops_when_the_client_disconnects(flows: Server) -> None:
    key = flows.credentials()["api_key"]
    with flows.client(key) as c:
        session = c.post("/v1/chat", json={"message": "hello"}).json()["session_id"]
        before = _cancelled(c)
        # the help reply is long: about ten chunks, three seconds at 0.3 s per chunk
        stream = RawStream(flows, key, {"message": "what can you do?", "stream": True, "session_id": session})
        try:
            first = stream.block()
            assert first is not None and "event: text_delta" in first
        finally:
            stream.close()
        deadline = time.monotonic() + 30
        while _cancelled(c) == before:
            assert time.monotonic() < deadline, "the server did not notice the disconnect"
            time.sleep(0.05)
        # the cancelled stream never stored its reply: only the user's message was added
        history = c.get("/v1/chat/messages", params={"session_id": session}).json()["data"]
        assert [(m["role"], m["content"]) for m in history][1:] == [
            ("assistant", history[1]["content"]),
            ("user", "what can you do?"),
        ]
