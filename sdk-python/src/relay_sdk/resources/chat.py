# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``chat`` resource: Natural-language chat that suggests actions, as JSON or as Server-Sent Events."""

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
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._response import APIResponse, AsyncAPIResponse
from .._streaming import AsyncStream, AsyncStreamManager, ServerSentEvent, Stream, parse_sse_event
from .._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ..types._unions import ChatStreamEvent
from ..types.chat_action_suggestion_event import ChatActionSuggestionEvent
from ..types.chat_done_event import ChatDoneEvent
from ..types.chat_error_event import ChatErrorEvent
from ..types.chat_message import ChatMessage
from ..types.chat_reply import ChatReply
from ..types.chat_text_delta_event import ChatTextDeltaEvent

__all__ = [
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "Chat",
    "ChatWithRawResponse",
]


def _send_options(
    *,
    message: Any,
    session_id: Any,
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
        "/v1/chat",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "message": message,
                "session_id": session_id,
                "stream": stream,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_send(response: httpx.Response) -> ChatReply:
    return ChatReply.from_dict(response.json())


def _list_messages_options(
    *,
    session_id: Any,
    limit: Any,
    after: Any,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/chat/messages",
        params=merge_query(
            {
                "session_id": session_id,
                "limit": limit,
                "after": after,
            },
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


_STREAM_EVENTS: Dict[str, Callable[[Any], ChatStreamEvent]] = {
    "text_delta": ChatTextDeltaEvent.from_dict,
    "action_suggestion": ChatActionSuggestionEvent.from_dict,
    "done": ChatDoneEvent.from_dict,
    "error": ChatErrorEvent.from_dict,
}


def _parse_stream_event(sse: ServerSentEvent) -> Optional[ChatStreamEvent]:
    return parse_sse_event(_STREAM_EVENTS, sse)


class Chat:
    """Natural-language chat that suggests actions, as JSON or as Server-Sent Events."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return ChatWithRawResponse(self._client)

    def send(
        self,
        *,
        message: str,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChatReply:
        """Send a chat message

        Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
        Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
        …", and suggests the matching action with its params and a ready preview (including a confirm
        token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
        is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
        `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
        comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
        as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
        first reply again — a completed stream is replayed whole — instead of adding the message twice.

        Roles: admin, developer.

        Args:
          message: What the user said.
          session_id: Continue this session; omit to start a new one.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _send_options(
                message=message,
                session_id=session_id,
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
        message: str,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Stream[ChatStreamEvent]:
        """Stream the reply of `send` as typed Server-Sent Events (text_delta, action_suggestion, done, error).

        Send a chat message

        Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
        Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
        …", and suggests the matching action with its params and a ready preview (including a confirm
        token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
        is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
        `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
        comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
        as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
        first reply again — a completed stream is replayed whole — instead of adding the message twice.

        Roles: admin, developer.

        Args:
          message: What the user said.
          session_id: Continue this session; omit to start a new one.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_stream(
            _send_options(
                message=message,
                session_id=session_id,
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

    def list_messages(
        self,
        *,
        session_id: str,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[ChatMessage]:
        """List chat messages

        Lists a chat session's history, oldest first. Relay keeps the last 50 messages of each session.

        Roles: admin, developer, viewer.

        Args:
          session_id: The chat session.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_messages_options(
                session_id=session_id,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            ChatMessage.from_dict,
        )


class ChatWithRawResponse:
    """``chat`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        message: str,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[ChatReply]:
        """Send a chat message

        Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
        Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
        …", and suggests the matching action with its params and a ready preview (including a confirm
        token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
        is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
        `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
        comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
        as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
        first reply again — a completed stream is replayed whole — instead of adding the message twice.

        Roles: admin, developer.

        Args:
          message: What the user said.
          session_id: Continue this session; omit to start a new one.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _send_options(
                message=message,
                session_id=session_id,
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
        message: str,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Stream[ChatStreamEvent]]:
        """Stream the reply of `send` as typed Server-Sent Events (text_delta, action_suggestion, done, error).

        Send a chat message

        Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
        Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
        …", and suggests the matching action with its params and a ready preview (including a confirm
        token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
        is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
        `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
        comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
        as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
        first reply again — a completed stream is replayed whole — instead of adding the message twice.

        Roles: admin, developer.

        Args:
          message: What the user said.
          session_id: Continue this session; omit to start a new one.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_stream_raw(
            _send_options(
                message=message,
                session_id=session_id,
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

    def list_messages(
        self,
        *,
        session_id: str,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[SyncPage[ChatMessage]]:
        """List chat messages

        Lists a chat session's history, oldest first. Relay keeps the last 50 messages of each session.

        Roles: admin, developer, viewer.

        Args:
          session_id: The chat session.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page_raw(
            _list_messages_options(
                session_id=session_id,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            ChatMessage.from_dict,
        )


class AsyncChat:
    """Natural-language chat that suggests actions, as JSON or as Server-Sent Events."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncChatWithRawResponse(self._client)

    async def send(
        self,
        *,
        message: str,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChatReply:
        """Send a chat message

        Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
        Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
        …", and suggests the matching action with its params and a ready preview (including a confirm
        token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
        is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
        `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
        comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
        as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
        first reply again — a completed stream is replayed whole — instead of adding the message twice.

        Roles: admin, developer.

        Args:
          message: What the user said.
          session_id: Continue this session; omit to start a new one.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _send_options(
                message=message,
                session_id=session_id,
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
        message: str,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncStreamManager[ChatStreamEvent]:
        """Stream the reply of `send` as typed Server-Sent Events (text_delta, action_suggestion, done, error).

        Send a chat message

        Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
        Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
        …", and suggests the matching action with its params and a ready preview (including a confirm
        token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
        is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
        `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
        comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
        as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
        first reply again — a completed stream is replayed whole — instead of adding the message twice.

        Roles: admin, developer.

        Args:
          message: What the user said.
          session_id: Continue this session; omit to start a new one.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_stream(
            _send_options(
                message=message,
                session_id=session_id,
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

    def list_messages(
        self,
        *,
        session_id: str,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[ChatMessage]:
        """List chat messages

        Lists a chat session's history, oldest first. Relay keeps the last 50 messages of each session.

        Roles: admin, developer, viewer.

        Args:
          session_id: The chat session.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_messages_options(
                session_id=session_id,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            ChatMessage.from_dict,
        )


class AsyncChatWithRawResponse:
    """``chat`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def send(
        self,
        *,
        message: str,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[ChatReply]:
        """Send a chat message

        Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
        Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
        …", and suggests the matching action with its params and a ready preview (including a confirm
        token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
        is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
        `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
        comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
        as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
        first reply again — a completed stream is replayed whole — instead of adding the message twice.

        Roles: admin, developer.

        Args:
          message: What the user said.
          session_id: Continue this session; omit to start a new one.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _send_options(
                message=message,
                session_id=session_id,
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
        message: str,
        session_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncStream[ChatStreamEvent]]:
        """Stream the reply of `send` as typed Server-Sent Events (text_delta, action_suggestion, done, error).

        Send a chat message

        Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
        Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
        …", and suggests the matching action with its params and a ready preview (including a confirm
        token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
        is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
        `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
        comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
        as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
        first reply again — a completed stream is replayed whole — instead of adding the message twice.

        Roles: admin, developer.

        Args:
          message: What the user said.
          session_id: Continue this session; omit to start a new one.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_stream_raw(
            _send_options(
                message=message,
                session_id=session_id,
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

    async def list_messages(
        self,
        *,
        session_id: str,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[ChatMessage]]:
        """List chat messages

        Lists a chat session's history, oldest first. Relay keeps the last 50 messages of each session.

        Roles: admin, developer, viewer.

        Args:
          session_id: The chat session.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return await self._client.request_page_raw(
            _list_messages_options(
                session_id=session_id,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            ChatMessage.from_dict,
        )
