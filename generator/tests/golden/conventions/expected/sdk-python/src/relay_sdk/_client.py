# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

"""``Relay`` and ``AsyncRelay``: the configured clients, one attribute per API resource.

Resources are imported on first access, so ``import relay_sdk`` stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._webhooks import Webhooks

if TYPE_CHECKING:
    from .resources.folders import (
        AsyncFolders,
        AsyncFoldersWithRawResponse,
        Folders,
        FoldersWithRawResponse,
    )
    from .resources.health import (
        AsyncHealthResource,
        AsyncHealthResourceWithRawResponse,
        HealthResource,
        HealthResourceWithRawResponse,
    )
    from .resources.messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        Messages,
        MessagesWithRawResponse,
    )
    from .types._unions import WebhookEvent

__all__ = [
    "API_VERSION",
    "AsyncRelay",
    "AsyncRelayWithRawResponse",
    "Relay",
    "RelayWithRawResponse",
]

#: The API version (the spec's ``info.version``) this client was generated from.
API_VERSION = "2.0.0"


class Relay(SyncAPIClient):
    """The Relay API client.

    Args:
        api_key: defaults to the ``RELAY_API_KEY`` environment variable (required).
        base_url: defaults to ``RELAY_BASE_URL``, then ``https://api.relay.dev``.
        timeout: seconds or an ``httpx.Timeout`` (default 60 s, 5 s to connect); per call too.
        max_retries: retries of failed requests (default 2); per call too.
        default_headers: headers sent with every request.
        http_client: an ``httpx.Client`` to use (its pool and settings).
    """

    api_version = API_VERSION

    @cached_property
    def folders(self) -> Folders:
        from .resources.folders import Folders

        return Folders(self)

    @cached_property
    def messages(self) -> Messages:
        from .resources.messages import Messages

        return Messages(self)

    @cached_property
    def health(self) -> HealthResource:
        from .resources.health import HealthResource

        return HealthResource(self)

    @cached_property
    def webhooks(self) -> Webhooks[WebhookEvent]:
        """Verify and parse signed webhook requests (Standard Webhooks)."""
        from .types._unions import parse_webhook_event

        return Webhooks(parse_webhook_event)

    @cached_property
    def with_raw_response(self) -> RelayWithRawResponse:
        """``client.with_raw_response.<resource>.<method>(...)`` returns the raw response."""
        return RelayWithRawResponse(self)


class RelayWithRawResponse:
    def __init__(self, client: Relay) -> None:
        self._client = client

    @cached_property
    def folders(self) -> FoldersWithRawResponse:
        from .resources.folders import FoldersWithRawResponse

        return FoldersWithRawResponse(self._client)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        from .resources.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._client)

    @cached_property
    def health(self) -> HealthResourceWithRawResponse:
        from .resources.health import HealthResourceWithRawResponse

        return HealthResourceWithRawResponse(self._client)


class AsyncRelay(AsyncAPIClient):
    """The Relay API client (async).

    Args:
        api_key: defaults to the ``RELAY_API_KEY`` environment variable (required).
        base_url: defaults to ``RELAY_BASE_URL``, then ``https://api.relay.dev``.
        timeout: seconds or an ``httpx.Timeout`` (default 60 s, 5 s to connect); per call too.
        max_retries: retries of failed requests (default 2); per call too.
        default_headers: headers sent with every request.
        http_client: an ``httpx.AsyncClient`` to use (its pool and settings).
    """

    api_version = API_VERSION

    @cached_property
    def folders(self) -> AsyncFolders:
        from .resources.folders import AsyncFolders

        return AsyncFolders(self)

    @cached_property
    def messages(self) -> AsyncMessages:
        from .resources.messages import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def health(self) -> AsyncHealthResource:
        from .resources.health import AsyncHealthResource

        return AsyncHealthResource(self)

    @cached_property
    def webhooks(self) -> Webhooks[WebhookEvent]:
        """Verify and parse signed webhook requests (Standard Webhooks)."""
        from .types._unions import parse_webhook_event

        return Webhooks(parse_webhook_event)

    @cached_property
    def with_raw_response(self) -> AsyncRelayWithRawResponse:
        """``client.with_raw_response.<resource>.<method>(...)`` returns the raw response."""
        return AsyncRelayWithRawResponse(self)


class AsyncRelayWithRawResponse:
    def __init__(self, client: AsyncRelay) -> None:
        self._client = client

    @cached_property
    def folders(self) -> AsyncFoldersWithRawResponse:
        from .resources.folders import AsyncFoldersWithRawResponse

        return AsyncFoldersWithRawResponse(self._client)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from .resources.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._client)

    @cached_property
    def health(self) -> AsyncHealthResourceWithRawResponse:
        from .resources.health import AsyncHealthResourceWithRawResponse

        return AsyncHealthResourceWithRawResponse(self._client)
