"""Raw responses: ``client.with_raw_response.<resource>.<method>(...)`` returns these."""

from __future__ import annotations

from typing import Any, Callable, Generic, Optional, TypeVar

import httpx

__all__ = ["APIResponse", "AsyncAPIResponse"]

_T = TypeVar("_T")
_UNSET: Any = object()


class _BaseAPIResponse(Generic[_T]):
    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(
        self, http_response: httpx.Response, parse: Callable[[httpx.Response], _T]
    ) -> None:
        self.http_response: httpx.Response = http_response
        self._parse = parse
        self._parsed: Any = _UNSET

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> Optional[str]:
        """The ``X-Request-Id`` response header: quote it when contacting support."""
        value: Optional[str] = self.http_response.headers.get("x-request-id")
        return value

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def _parse_once(self) -> _T:
        if self._parsed is _UNSET:
            self._parsed = self._parse(self.http_response)
        parsed: _T = self._parsed
        return parsed

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] {self.method} {self.url} "
            f"request_id={self.request_id!r}>"
        )


class APIResponse(_BaseAPIResponse[_T]):
    """Status, headers, ``request_id`` and the body; ``parse()`` gives the typed result."""

    __slots__ = ()

    def parse(self) -> _T:
        return self._parse_once()

    def close(self) -> None:
        """Close the connection: needed only for a stream (``with_raw_response.chat.stream``) that
        is not iterated to its end; the response is also a context manager that does it."""
        self.http_response.close()

    def __enter__(self) -> APIResponse[_T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIResponse(_BaseAPIResponse[_T]):
    """The async counterpart of :class:`APIResponse` (``await response.parse()``)."""

    __slots__ = ()

    async def parse(self) -> _T:
        return self._parse_once()

    async def close(self) -> None:
        """Close the connection (see :meth:`APIResponse.close`)."""
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncAPIResponse[_T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
