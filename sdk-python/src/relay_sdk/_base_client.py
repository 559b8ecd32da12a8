"""The request loop shared by every generated resource (sync and async).

One attempt = build the request (auth, user agent, retry count, idempotency key), send it, map
transport failures and error statuses to exceptions. Retries follow ``_retry`` (pinned by the shared
vectors). Generated code calls ``request``, ``request_raw``, ``request_page`` and
``request_stream``.
"""

from __future__ import annotations

import copy
import datetime
import functools
import json as jsonlib
import logging
import os
import platform
import random
import time
import uuid
from types import TracebackType
from typing import (
    Any,
    Awaitable,
    Callable,
    ClassVar,
    Dict,
    List,
    Mapping,
    Optional,
    Type,
    TypeVar,
    Union,
    cast,
)
from urllib.parse import quote

import httpx

from . import _retry
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    RelayError,
    make_status_error,
)
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse, AsyncAPIResponse
from ._streaming import AsyncStream, AsyncStreamManager, ServerSentEvent, Stream
from ._types import NOT_GIVEN, NotGiven, Query, Timeout
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "RequestOptions",
    "SyncAPIClient",
    "path_param",
]

log = logging.getLogger("relay_sdk")

DEFAULT_BASE_URL = "https://api.relay.dev"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
RETRY_COUNT_HEADER = "X-Relay-Retry-Count"
IDEMPOTENCY_HEADER = "Idempotency-Key"

_USER_AGENT = f"relay-sdk-python/{__version__} Python/{platform.python_version()}"

_T = TypeVar("_T")
_SyncC = TypeVar("_SyncC", bound="SyncAPIClient")
_AsyncC = TypeVar("_AsyncC", bound="AsyncAPIClient")


def path_param(value: object) -> str:
    """Percent-encode one path segment (ids may contain dots, never slashes)."""
    return quote(str(value), safe="")


class RequestOptions:
    """Everything one operation call needs; built by generated code."""

    __slots__ = (
        "headers",
        "idempotency_key",
        "json",
        "max_retries",
        "method",
        "params",
        "path",
        "timeout",
    )

    def __init__(
        self,
        method: str,
        path: str,
        *,
        params: Optional[Mapping[str, object]] = None,
        json: object = NOT_GIVEN,
        headers: Optional[Mapping[str, Optional[str]]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
    ) -> None:
        self.method: str = method
        self.path: str = path
        self.params: Dict[str, object] = {
            k: v.isoformat() if isinstance(v, datetime.date) else v
            for k, v in (params or {}).items()
            if not isinstance(v, NotGiven) and v is not None
        }
        self.json: object = json
        self.headers: Dict[str, Optional[str]] = dict(headers or {})
        self.timeout: Union[Timeout, NotGiven] = timeout
        self.max_retries: Union[int, NotGiven] = max_retries
        self.idempotency_key: Optional[str] = idempotency_key

    def with_param(self, name: str, value: object) -> RequestOptions:
        clone = copy.copy(self)
        clone.params = {**self.params, name: value}
        return clone


def merge_query(params: Mapping[str, object], extra_query: Optional[Query]) -> Dict[str, object]:
    out = dict(params)
    if extra_query:
        out.update(extra_query)
    return out


def merge_body(
    body: Dict[str, object], extra_body: Optional[Mapping[str, object]]
) -> Dict[str, object]:
    out = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
    if extra_body:
        out.update(extra_body)
    return out


class _BaseClient:
    #: The spec's ``info.version`` the generated client was made from (set by ``Relay`` and
    #: ``AsyncRelay``); sent in the User-Agent: which API version a caller was built against.
    api_version: ClassVar[str] = ""
    _api_key: str
    _base_url: str
    timeout: Timeout
    max_retries: int
    _custom_headers: Dict[str, str]

    def __init__(
        self,
        *,
        api_key: Optional[str],
        base_url: Union[str, httpx.URL, None],
        timeout: Union[Timeout, NotGiven],
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
    ) -> None:
        if api_key is None:
            api_key = os.environ.get("RELAY_API_KEY")
        if not api_key:
            raise RelayError(
                "No API key: pass api_key=... to the client or set the RELAY_API_KEY "
                "environment variable."
            )
        if base_url is None:
            base_url = os.environ.get("RELAY_BASE_URL") or DEFAULT_BASE_URL
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._api_key = api_key
        self._base_url = str(base_url).rstrip("/")
        self.timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self.max_retries = max_retries
        self._custom_headers = dict(default_headers or {})
        self._random: Callable[[], float] = random.random
        self._now: Callable[[], float] = time.time

    @property
    def api_key(self) -> str:
        return self._api_key

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def user_agent(self) -> str:
        return f"{_USER_AGENT} relay-api/{self.api_version}" if self.api_version else _USER_AGENT

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, max_retries={self.max_retries!r})"
        )

    def _default_headers(self) -> Dict[str, str]:
        return {
            "Accept": "application/json",
            "User-Agent": self.user_agent,
            "Authorization": f"Bearer {self._api_key}",
            **self._custom_headers,
        }

    @staticmethod
    def generate_idempotency_key() -> str:
        return f"relay-py-{uuid.uuid4()}"

    def _prepare(
        self, options: RequestOptions
    ) -> tuple[Dict[str, str], Optional[bytes], Timeout, int]:
        headers = self._default_headers()
        if options.idempotency_key is not None:
            headers[IDEMPOTENCY_HEADER] = options.idempotency_key
        content: Optional[bytes] = None
        if not isinstance(options.json, NotGiven):
            content = jsonlib.dumps(
                options.json, separators=(",", ":"), ensure_ascii=False, default=_json_default
            ).encode()
            headers["Content-Type"] = "application/json"
        for name, value in options.headers.items():
            # explicit None removes a default header; case-insensitive override
            for existing in [k for k in headers if k.lower() == name.lower()]:
                del headers[existing]
            if value is not None:
                headers[name] = value
        timeout = self.timeout if isinstance(options.timeout, NotGiven) else options.timeout
        max_retries = (
            self.max_retries if isinstance(options.max_retries, NotGiven) else options.max_retries
        )
        return headers, content, timeout, max_retries

    def _url(self, path: str) -> str:
        return self._base_url + path

    def _backoff(self, retries_taken: int) -> float:
        return _retry.backoff_delay(retries_taken, self._random())

    def _retry_delay(self, response: httpx.Response, retries_taken: int) -> Optional[float]:
        """Seconds to wait before retrying ``response``; ``None`` when the server asked for a wait
        longer than 60 s (the error is raised instead)."""
        kind, seconds = _retry.retry_after(response.headers, self._now())
        if kind == "raise":
            return None
        if kind == "delay":
            return seconds
        return self._backoff(retries_taken)

    @staticmethod
    def _problem_code(response: httpx.Response) -> Optional[str]:
        if response.status_code != 409:
            return None
        try:
            body: Any = response.json()
        except ValueError:
            return None
        code: Any = cast(Dict[str, Any], body).get("code") if isinstance(body, dict) else None
        return code if isinstance(code, str) else None

    def _should_retry_status(
        self, method: str, headers: Mapping[str, str], response: httpx.Response, remaining: int
    ) -> bool:
        return _retry.should_retry_status(
            method=method,
            has_idempotency_key=_has_idempotency_key(headers),
            status=response.status_code,
            problem_code=self._problem_code(response),
            headers=response.headers,
            retries_remaining=remaining,
        )

    def _should_retry_error(self, method: str, headers: Mapping[str, str], remaining: int) -> bool:
        return _retry.should_retry_error(
            method=method,
            has_idempotency_key=_has_idempotency_key(headers),
            retries_remaining=remaining,
        )

    def _copy_into(
        self,
        target: _BaseClient,
        *,
        api_key: Optional[str],
        base_url: Union[str, httpx.URL, None],
        timeout: Union[Timeout, NotGiven],
        max_retries: Union[int, NotGiven],
        default_headers: Optional[Mapping[str, str]],
    ) -> None:
        target.__dict__.update(self.__dict__)
        # cached resource wrappers (functools.cached_property) must be rebuilt for the copy
        cls = type(target)
        for key in list(target.__dict__):
            if isinstance(getattr(cls, key, None), functools.cached_property):
                del target.__dict__[key]
        if api_key is not None:
            target._api_key = api_key
        if base_url is not None:
            target._base_url = str(base_url).rstrip("/")
        if not isinstance(timeout, NotGiven):
            target.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            target.max_retries = max_retries
        if default_headers is not None:
            target._custom_headers = {**self._custom_headers, **default_headers}


def _json_default(value: object) -> object:
    if isinstance(value, datetime.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _has_idempotency_key(headers: Mapping[str, str]) -> bool:
    return any(k.lower() == "idempotency-key" and v for k, v in headers.items())


class SyncAPIClient(_BaseClient):
    _client: httpx.Client

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http_client = http_client is None
        self._client = http_client or httpx.Client(
            timeout=self.timeout, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True
        )
        self._sleep: Callable[[float], None] = time.sleep

    def with_options(
        self: _SyncC,
        *,
        api_key: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> _SyncC:
        """A copy with some options changed, sharing this client's connection pool."""
        clone = self.__class__.__new__(self.__class__)
        self._copy_into(
            clone,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        clone._owns_http_client = False
        return clone

    copy = with_options

    def close(self) -> None:
        if self._owns_http_client:
            self._client.close()

    def __enter__(self: _SyncC) -> _SyncC:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    # -- the request loop ------------------------------------------------------------------

    def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        headers, content, timeout, max_retries = self._prepare(options)
        url = self._url(options.path)
        retries_taken = 0
        while True:
            headers[RETRY_COUNT_HEADER] = str(retries_taken)
            request = self._client.build_request(
                options.method,
                url,
                params=options.params or None,  # type: ignore[arg-type]
                headers=headers,
                content=content,
                timeout=timeout,
            )
            remaining = max_retries - retries_taken
            try:
                response = self._client.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                if self._should_retry_error(options.method, headers, remaining):
                    self._pause(self._backoff(retries_taken), options, retries_taken, "timeout")
                    retries_taken += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if self._should_retry_error(options.method, headers, remaining):
                    self._pause(
                        self._backoff(retries_taken), options, retries_taken, "connection error"
                    )
                    retries_taken += 1
                    continue
                raise APIConnectionError(request) from exc
            if response.is_success:
                log.debug("%s %s -> %s", options.method, options.path, response.status_code)
                return response
            if stream:
                response.read()
            if self._should_retry_status(options.method, headers, response, remaining):
                delay = self._retry_delay(response, retries_taken)
                if delay is not None:
                    response.close()
                    self._pause(delay, options, retries_taken, str(response.status_code))
                    retries_taken += 1
                    continue
            raise make_status_error(response)

    def _pause(
        self, delay: float, options: RequestOptions, retries_taken: int, reason: str
    ) -> None:
        log.info(
            "Retrying %s %s in %.3f s (retry %d, after %s)",
            options.method,
            options.path,
            delay,
            retries_taken + 1,
            reason,
        )
        self._sleep(delay)

    def request(self, options: RequestOptions, parse: Callable[[httpx.Response], _T]) -> _T:
        return parse(self._send(options))

    def request_raw(
        self, options: RequestOptions, parse: Callable[[httpx.Response], _T]
    ) -> APIResponse[_T]:
        return APIResponse(self._send(options), parse)

    def _page_parser(
        self, options: RequestOptions, item: Callable[[Any], _T]
    ) -> Callable[[httpx.Response], SyncPage[_T]]:
        def parse(response: httpx.Response) -> SyncPage[_T]:
            body: Dict[str, Any] = response.json()
            return SyncPage(
                data=[item(x) for x in cast(List[Any], body.get("data") or [])],
                has_more=bool(body.get("has_more")),
                next_cursor=body.get("next_cursor"),
                fetch=lambda cursor: self.request_page(options.with_param("after", cursor), item),
            )

        return parse

    def request_page(self, options: RequestOptions, item: Callable[[Any], _T]) -> SyncPage[_T]:
        return self.request(options, self._page_parser(options, item))

    def request_page_raw(
        self, options: RequestOptions, item: Callable[[Any], _T]
    ) -> APIResponse[SyncPage[_T]]:
        return self.request_raw(options, self._page_parser(options, item))

    def request_stream(
        self, options: RequestOptions, parse: Callable[[ServerSentEvent], Optional[_T]]
    ) -> Stream[_T]:
        options.headers.setdefault("Accept", "text/event-stream")
        return Stream(self._send(options, stream=True), parse)

    def request_stream_raw(
        self, options: RequestOptions, parse: Callable[[ServerSentEvent], Optional[_T]]
    ) -> APIResponse[Stream[_T]]:
        """The streamed response before any event is read; ``.parse()`` gives the
        :class:`Stream`."""
        options.headers.setdefault("Accept", "text/event-stream")
        response = self._send(options, stream=True)
        return APIResponse(response, lambda response: Stream(response, parse))


class AsyncAPIClient(_BaseClient):
    _client: httpx.AsyncClient

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http_client = http_client is None
        self._client = http_client or httpx.AsyncClient(
            timeout=self.timeout, limits=DEFAULT_CONNECTION_LIMITS, follow_redirects=True
        )
        self._sleep: Callable[[float], Awaitable[None]] = _async_sleep

    def with_options(
        self: _AsyncC,
        *,
        api_key: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> _AsyncC:
        """A copy with some options changed, sharing this client's connection pool."""
        clone = self.__class__.__new__(self.__class__)
        self._copy_into(
            clone,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        clone._owns_http_client = False
        return clone

    copy = with_options

    async def close(self) -> None:
        if self._owns_http_client:
            await self._client.aclose()

    async def __aenter__(self: _AsyncC) -> _AsyncC:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        await self.close()

    async def _send(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        headers, content, timeout, max_retries = self._prepare(options)
        url = self._url(options.path)
        retries_taken = 0
        while True:
            headers[RETRY_COUNT_HEADER] = str(retries_taken)
            request = self._client.build_request(
                options.method,
                url,
                params=options.params or None,  # type: ignore[arg-type]
                headers=headers,
                content=content,
                timeout=timeout,
            )
            remaining = max_retries - retries_taken
            try:
                response = await self._client.send(request, stream=stream)
            except httpx.TimeoutException as exc:
                if self._should_retry_error(options.method, headers, remaining):
                    await self._pause(
                        self._backoff(retries_taken), options, retries_taken, "timeout"
                    )
                    retries_taken += 1
                    continue
                raise APITimeoutError(request) from exc
            except httpx.TransportError as exc:
                if self._should_retry_error(options.method, headers, remaining):
                    await self._pause(
                        self._backoff(retries_taken), options, retries_taken, "connection error"
                    )
                    retries_taken += 1
                    continue
                raise APIConnectionError(request) from exc
            if response.is_success:
                log.debug("%s %s -> %s", options.method, options.path, response.status_code)
                return response
            if stream:
                await response.aread()
            if self._should_retry_status(options.method, headers, response, remaining):
                delay = self._retry_delay(response, retries_taken)
                if delay is not None:
                    await response.aclose()
                    await self._pause(delay, options, retries_taken, str(response.status_code))
                    retries_taken += 1
                    continue
            raise make_status_error(response)

    async def _pause(
        self, delay: float, options: RequestOptions, retries_taken: int, reason: str
    ) -> None:
        log.info(
            "Retrying %s %s in %.3f s (retry %d, after %s)",
            options.method,
            options.path,
            delay,
            retries_taken + 1,
            reason,
        )
        await self._sleep(delay)

    async def request(self, options: RequestOptions, parse: Callable[[httpx.Response], _T]) -> _T:
        return parse(await self._send(options))

    async def request_raw(
        self, options: RequestOptions, parse: Callable[[httpx.Response], _T]
    ) -> AsyncAPIResponse[_T]:
        return AsyncAPIResponse(await self._send(options), parse)

    def _page_parser(
        self, options: RequestOptions, item: Callable[[Any], _T]
    ) -> Callable[[httpx.Response], AsyncPage[_T]]:
        def parse(response: httpx.Response) -> AsyncPage[_T]:
            body: Dict[str, Any] = response.json()

            async def fetch(cursor: str) -> AsyncPage[_T]:
                return await self.request_page(options.with_param("after", cursor), item)

            return AsyncPage(
                data=[item(x) for x in cast(List[Any], body.get("data") or [])],
                has_more=bool(body.get("has_more")),
                next_cursor=body.get("next_cursor"),
                fetch=fetch,
            )

        return parse

    def request_page(
        self, options: RequestOptions, item: Callable[[Any], _T]
    ) -> AsyncPaginator[_T]:
        parser = self._page_parser(options, item)
        return AsyncPaginator(lambda: self.request(options, parser))

    async def request_page_raw(
        self, options: RequestOptions, item: Callable[[Any], _T]
    ) -> AsyncAPIResponse[AsyncPage[_T]]:
        return await self.request_raw(options, self._page_parser(options, item))

    def request_stream(
        self, options: RequestOptions, parse: Callable[[ServerSentEvent], Optional[_T]]
    ) -> AsyncStreamManager[_T]:
        options.headers.setdefault("Accept", "text/event-stream")

        async def make() -> AsyncStream[_T]:
            return AsyncStream(await self._send(options, stream=True), parse)

        return AsyncStreamManager(make)

    async def request_stream_raw(
        self, options: RequestOptions, parse: Callable[[ServerSentEvent], Optional[_T]]
    ) -> AsyncAPIResponse[AsyncStream[_T]]:
        """The streamed response before any event is read; ``.parse()`` gives the
        :class:`AsyncStream`."""
        options.headers.setdefault("Accept", "text/event-stream")
        response = await self._send(options, stream=True)
        return AsyncAPIResponse(response, lambda response: AsyncStream(response, parse))


async def _async_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)
