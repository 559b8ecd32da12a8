# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

"""The ``messages`` resource: Messages, answered as JSON or as Server-Sent Events."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Callable, Dict, Mapping, Optional, Union

import httpx

from .._base_client import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    merge_body,
    merge_query,
)
from .._response import APIResponse, AsyncAPIResponse
from .._streaming import AsyncStream, AsyncStreamManager, ServerSentEvent, Stream, parse_sse_event
from .._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ..types._unions import MessageEvent
from ..types.message import Message
from ..types.message_delta import MessageDelta
from ..types.message_done import MessageDone

__all__ = [
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "Messages",
    "MessagesWithRawResponse",
]


def _send_options(
    *,
    text: Any,
    idempotency_key: str,
    stream: Any = NOT_GIVEN,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Mapping[str, object]],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        "/v1/messages",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "text": text,
                "stream": stream,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_send(response: httpx.Response) -> Message:
    return Message.from_dict(response.json())


_STREAM_EVENTS: Dict[str, Callable[[Any], MessageEvent]] = {
    "delta": MessageDelta.from_dict,
    "done": MessageDone.from_dict,
}


def _parse_stream_event(sse: ServerSentEvent) -> Optional[MessageEvent]:
    return parse_sse_event(_STREAM_EVENTS, sse)


class Messages:
    """Messages, answered as JSON or as Server-Sent Events."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return MessagesWithRawResponse(self._client)

    def send(
        self,
        *,
        text: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Message:
        """Send a message

        Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.

        Roles: admin, viewer.

        Args:
          text: text
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _send_options(
                text=text,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_send,
        )

    def stream(
        self,
        *,
        text: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Stream[MessageEvent]:
        """Stream the reply of `send` as typed Server-Sent Events (delta, done).

        Send a message

        Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.

        Roles: admin, viewer.

        Args:
          text: text
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_stream(
            _send_options(
                text=text,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                stream=True,
            ),
            _parse_stream_event,
        )


class MessagesWithRawResponse:
    """``messages`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        text: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Message]:
        """Send a message

        Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.

        Roles: admin, viewer.

        Args:
          text: text
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _send_options(
                text=text,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_send,
        )

    def stream(
        self,
        *,
        text: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Stream[MessageEvent]]:
        """Stream the reply of `send` as typed Server-Sent Events (delta, done).

        Send a message

        Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.

        Roles: admin, viewer.

        Args:
          text: text
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_stream_raw(
            _send_options(
                text=text,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                stream=True,
            ),
            _parse_stream_event,
        )


class AsyncMessages:
    """Messages, answered as JSON or as Server-Sent Events."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncMessagesWithRawResponse(self._client)

    async def send(
        self,
        *,
        text: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Message:
        """Send a message

        Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.

        Roles: admin, viewer.

        Args:
          text: text
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _send_options(
                text=text,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_send,
        )

    def stream(
        self,
        *,
        text: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncStreamManager[MessageEvent]:
        """Stream the reply of `send` as typed Server-Sent Events (delta, done).

        Send a message

        Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.

        Roles: admin, viewer.

        Args:
          text: text
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_stream(
            _send_options(
                text=text,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                stream=True,
            ),
            _parse_stream_event,
        )


class AsyncMessagesWithRawResponse:
    """``messages`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send(
        self,
        *,
        text: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Message]:
        """Send a message

        Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.

        Roles: admin, viewer.

        Args:
          text: text
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _send_options(
                text=text,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_send,
        )

    async def stream(
        self,
        *,
        text: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncStream[MessageEvent]]:
        """Stream the reply of `send` as typed Server-Sent Events (delta, done).

        Send a message

        Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.

        Roles: admin, viewer.

        Args:
          text: text
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_stream_raw(
            _send_options(
                text=text,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                stream=True,
            ),
            _parse_stream_event,
        )
