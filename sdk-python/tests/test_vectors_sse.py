"""contract-tests/vectors/sse_streams.json against the SSE parser (text, bytes, and over HTTP)."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
import pytest

from relay_sdk._streaming import ServerSentEvent, SSEDecoder, Stream, iter_sse

from .conftest import vector_cases


def as_dict(event: ServerSentEvent) -> Dict[str, Any]:
    return {"event": event.event, "data": event.data, "id": event.id, "retry": event.retry}


@pytest.mark.parametrize("case", vector_cases("sse_streams.json"))
def test_text_chunks(case: Dict[str, Any]) -> None:
    decoder = SSEDecoder()
    events: List[ServerSentEvent] = []
    for chunk in case["chunks"]:
        events.extend(decoder.feed(chunk))
    events.extend(decoder.close())
    assert [as_dict(e) for e in events] == case["events"]


@pytest.mark.parametrize("case", vector_cases("sse_streams.json"))
def test_utf8_byte_chunks(case: Dict[str, Any]) -> None:
    events = list(iter_sse(chunk.encode("utf-8") for chunk in case["chunks"]))
    assert [as_dict(e) for e in events] == case["events"]


@pytest.mark.parametrize("case", vector_cases("sse_streams.json"))
def test_one_byte_at_a_time(case: Dict[str, Any]) -> None:
    """Splitting inside multi-byte UTF-8 sequences must not change the result."""
    data = "".join(case["chunks"]).encode("utf-8")
    events = list(iter_sse(data[i : i + 1] for i in range(len(data))))
    assert [as_dict(e) for e in events] == case["events"]


@pytest.mark.parametrize("case", vector_cases("sse_streams.json"))
def test_over_http_stream(case: Dict[str, Any]) -> None:
    chunks = [c.encode("utf-8") for c in case["chunks"]]
    response = httpx.Response(200, stream=httpx.ByteStream(b"".join(chunks)))
    stream: Stream[ServerSentEvent] = Stream(response, lambda sse: sse)
    with stream:
        assert [as_dict(e) for e in stream] == case["events"]
