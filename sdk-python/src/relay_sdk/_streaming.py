"""Server-Sent Events: a WHATWG-conformant incremental parser and typed stream wrappers.

The parser is pinned by contract-tests/vectors/sse_streams.json. ``Stream`` / ``AsyncStream`` are
context managers that always close the HTTP response, also when the caller stops iterating early.
"""

from __future__ import annotations

import codecs
import json
import re
from types import TracebackType
from typing import (
    Any,
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generator,
    Generic,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Type,
    TypeVar,
    cast,
)

import httpx

__all__ = [
    "AsyncStream",
    "AsyncStreamManager",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "parse_sse_event",
]

_T = TypeVar("_T")
_LINE_END = re.compile(r"[\r\n]")
_DIGITS = re.compile(r"[0-9]+")


class ServerSentEvent:
    """One dispatched event. ``id`` is the last event id ('' when none); ``retry`` is the valid
    ``retry`` value sent in this event's block, else ``None``."""

    __slots__ = ("data", "event", "id", "retry")

    def __init__(self, *, event: str, data: str, id: str, retry: Optional[int]) -> None:
        self.event: str = event
        self.data: str = data
        self.id: str = id
        self.retry: Optional[int] = retry

    def json(self) -> Any:
        return json.loads(self.data)

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, "
            f"retry={self.retry!r})"
        )


class SSEDecoder:
    """Incremental event-stream parser: ``feed`` text (or ``feed_bytes``), then ``close``."""

    def __init__(self) -> None:
        self._started = False
        self._pending_cr = False
        self._buffer = ""
        self._data: List[str] = []
        self._event = ""
        self._retry: Optional[int] = None
        self._last_id = ""
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")

    @property
    def last_event_id(self) -> str:
        return self._last_id

    def feed_bytes(self, chunk: bytes) -> List[ServerSentEvent]:
        return self.feed(self._utf8.decode(chunk))

    def feed(self, text: str) -> List[ServerSentEvent]:
        if not text:
            return []
        if not self._started:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
                if not text:
                    return []
        if self._pending_cr:
            self._pending_cr = False
            if text[0] == "\n":
                text = text[1:]
        buf = self._buffer + text if self._buffer else text
        events: List[ServerSentEvent] = []
        pos = 0
        size = len(buf)
        while True:
            match = _LINE_END.search(buf, pos)
            if match is None:
                break
            end = match.start()
            line = buf[pos:end]
            if buf[end] == "\r":
                if end + 1 < size:
                    pos = end + 2 if buf[end + 1] == "\n" else end + 1
                else:
                    self._pending_cr = True
                    pos = end + 1
            else:
                pos = end + 1
            event = self._line(line)
            if event is not None:
                events.append(event)
        self._buffer = buf[pos:]
        return events

    def close(self) -> List[ServerSentEvent]:
        """End of stream: flush the byte decoder; an unterminated event is discarded."""
        tail = self._utf8.decode(b"", final=True)
        events = self.feed(tail) if tail else []
        self._buffer = ""
        self._data = []
        self._event = ""
        self._retry = None
        return events

    def _line(self, line: str) -> Optional[ServerSentEvent]:
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None
        name, sep, value = line.partition(":")
        if sep and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\x00" not in value:
                self._last_id = value
        elif name == "retry" and _DIGITS.fullmatch(value):
            self._retry = int(value)
        return None

    def _dispatch(self) -> Optional[ServerSentEvent]:
        data, event, retry = self._data, self._event, self._retry
        self._data, self._event, self._retry = [], "", None
        if not data:
            return None
        return ServerSentEvent(
            event=event or "message", data="\n".join(data), id=self._last_id, retry=retry
        )


def iter_sse(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed_bytes(chunk)
    yield from decoder.close()


async def aiter_sse(chunks: AsyncIterator[bytes]) -> AsyncIterator[ServerSentEvent]:
    decoder = SSEDecoder()
    async for chunk in chunks:
        for event in decoder.feed_bytes(chunk):
            yield event
    for event in decoder.close():
        yield event


class Stream(Generic[_T]):
    """A typed event stream over an open HTTP response. Use as a context manager::

    with client.chat.stream(message="hi") as events:
        for event in events:
            ...
    """

    response: httpx.Response

    def __init__(
        self, response: httpx.Response, parse: Callable[[ServerSentEvent], Optional[_T]]
    ) -> None:
        self.response = response
        self._parse = parse
        self._iterator = self._events()

    def _events(self) -> Generator[_T, None, None]:
        try:
            for sse in iter_sse(self.response.iter_bytes()):
                value = self._parse(sse)
                if value is not None:
                    yield value
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Stream[_T]:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncStream(Generic[_T]):
    """The async counterpart of :class:`Stream` (``async with`` / ``async for``)."""

    response: httpx.Response

    def __init__(
        self, response: httpx.Response, parse: Callable[[ServerSentEvent], Optional[_T]]
    ) -> None:
        self.response = response
        self._parse = parse
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[_T, None]:
        try:
            async for sse in aiter_sse(self.response.aiter_bytes()):
                value = self._parse(sse)
                if value is not None:
                    yield value
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        """Close the connection (idempotent)."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[_T]:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()


class AsyncStreamManager(Generic[_T]):
    """What async stream methods return: ``async with client.chat.stream(...) as events`` sends
    the request on entry and closes the connection on exit; ``await`` gives the stream itself."""

    __slots__ = ("_make", "_stream")

    def __init__(self, make: Callable[[], Awaitable[AsyncStream[_T]]]) -> None:
        self._make = make
        self._stream: Optional[AsyncStream[_T]] = None

    def __await__(self) -> Generator[Any, None, AsyncStream[_T]]:
        return self._make().__await__()

    async def __aenter__(self) -> AsyncStream[_T]:
        self._stream = await self._make()
        return self._stream

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        if self._stream is not None:
            await self._stream.close()


def parse_sse_event(
    parsers: Mapping[str, Callable[[Any], _T]], sse: ServerSentEvent
) -> Optional[_T]:
    """Parse one event's JSON data with the parser registered for its event name (or, for unnamed
    events, its ``type``). Unknown events are skipped (``None``) so new server events never break
    older SDKs."""
    parser = parsers.get(sse.event)
    if parser is None and sse.event == "message":
        data: Any = sse.json()
        kind: Any = cast(Dict[str, Any], data).get("type") if isinstance(data, dict) else None
        parser = parsers.get(kind) if isinstance(kind, str) else None
        return parser(data) if parser is not None else None
    return parser(sse.json()) if parser is not None else None
