# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""``Relay`` and ``AsyncRelay``: the configured clients, one attribute per API resource.

Resources are imported on first access, so ``import relay_sdk`` stays cheap.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._webhooks import Webhooks

if TYPE_CHECKING:
    from .resources.actions import (
        Actions,
        ActionsWithRawResponse,
        AsyncActions,
        AsyncActionsWithRawResponse,
    )
    from .resources.api_keys import (
        ApiKeys,
        ApiKeysWithRawResponse,
        AsyncApiKeys,
        AsyncApiKeysWithRawResponse,
    )
    from .resources.audit_events import (
        AsyncAuditEvents,
        AsyncAuditEventsWithRawResponse,
        AuditEvents,
        AuditEventsWithRawResponse,
    )
    from .resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        Chat,
        ChatWithRawResponse,
    )
    from .resources.connections import (
        AsyncConnections,
        AsyncConnectionsWithRawResponse,
        Connections,
        ConnectionsWithRawResponse,
    )
    from .resources.executions import (
        AsyncExecutions,
        AsyncExecutionsWithRawResponse,
        Executions,
        ExecutionsWithRawResponse,
    )
    from .resources.health import (
        AsyncHealthResource,
        AsyncHealthResourceWithRawResponse,
        HealthResource,
        HealthResourceWithRawResponse,
    )
    from .resources.usage import (
        AsyncUsageResource,
        AsyncUsageResourceWithRawResponse,
        UsageResource,
        UsageResourceWithRawResponse,
    )
    from .resources.webhook_endpoints import (
        AsyncWebhookEndpoints,
        AsyncWebhookEndpointsWithRawResponse,
        WebhookEndpoints,
        WebhookEndpointsWithRawResponse,
    )
    from .resources.workspace import (
        AsyncWorkspaceResource,
        AsyncWorkspaceResourceWithRawResponse,
        WorkspaceResource,
        WorkspaceResourceWithRawResponse,
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
API_VERSION = "1.0.0"


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
    def workspace(self) -> WorkspaceResource:
        from .resources.workspace import WorkspaceResource

        return WorkspaceResource(self)

    @cached_property
    def api_keys(self) -> ApiKeys:
        from .resources.api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def actions(self) -> Actions:
        from .resources.actions import Actions

        return Actions(self)

    @cached_property
    def executions(self) -> Executions:
        from .resources.executions import Executions

        return Executions(self)

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def connections(self) -> Connections:
        from .resources.connections import Connections

        return Connections(self)

    @cached_property
    def webhook_endpoints(self) -> WebhookEndpoints:
        from .resources.webhook_endpoints import WebhookEndpoints

        return WebhookEndpoints(self)

    @cached_property
    def audit_events(self) -> AuditEvents:
        from .resources.audit_events import AuditEvents

        return AuditEvents(self)

    @cached_property
    def usage(self) -> UsageResource:
        from .resources.usage import UsageResource

        return UsageResource(self)

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
    def workspace(self) -> WorkspaceResourceWithRawResponse:
        from .resources.workspace import WorkspaceResourceWithRawResponse

        return WorkspaceResourceWithRawResponse(self._client)

    @cached_property
    def api_keys(self) -> ApiKeysWithRawResponse:
        from .resources.api_keys import ApiKeysWithRawResponse

        return ApiKeysWithRawResponse(self._client)

    @cached_property
    def actions(self) -> ActionsWithRawResponse:
        from .resources.actions import ActionsWithRawResponse

        return ActionsWithRawResponse(self._client)

    @cached_property
    def executions(self) -> ExecutionsWithRawResponse:
        from .resources.executions import ExecutionsWithRawResponse

        return ExecutionsWithRawResponse(self._client)

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from .resources.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client)

    @cached_property
    def connections(self) -> ConnectionsWithRawResponse:
        from .resources.connections import ConnectionsWithRawResponse

        return ConnectionsWithRawResponse(self._client)

    @cached_property
    def webhook_endpoints(self) -> WebhookEndpointsWithRawResponse:
        from .resources.webhook_endpoints import WebhookEndpointsWithRawResponse

        return WebhookEndpointsWithRawResponse(self._client)

    @cached_property
    def audit_events(self) -> AuditEventsWithRawResponse:
        from .resources.audit_events import AuditEventsWithRawResponse

        return AuditEventsWithRawResponse(self._client)

    @cached_property
    def usage(self) -> UsageResourceWithRawResponse:
        from .resources.usage import UsageResourceWithRawResponse

        return UsageResourceWithRawResponse(self._client)

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
    def workspace(self) -> AsyncWorkspaceResource:
        from .resources.workspace import AsyncWorkspaceResource

        return AsyncWorkspaceResource(self)

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        from .resources.api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def actions(self) -> AsyncActions:
        from .resources.actions import AsyncActions

        return AsyncActions(self)

    @cached_property
    def executions(self) -> AsyncExecutions:
        from .resources.executions import AsyncExecutions

        return AsyncExecutions(self)

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def connections(self) -> AsyncConnections:
        from .resources.connections import AsyncConnections

        return AsyncConnections(self)

    @cached_property
    def webhook_endpoints(self) -> AsyncWebhookEndpoints:
        from .resources.webhook_endpoints import AsyncWebhookEndpoints

        return AsyncWebhookEndpoints(self)

    @cached_property
    def audit_events(self) -> AsyncAuditEvents:
        from .resources.audit_events import AsyncAuditEvents

        return AsyncAuditEvents(self)

    @cached_property
    def usage(self) -> AsyncUsageResource:
        from .resources.usage import AsyncUsageResource

        return AsyncUsageResource(self)

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
    def workspace(self) -> AsyncWorkspaceResourceWithRawResponse:
        from .resources.workspace import AsyncWorkspaceResourceWithRawResponse

        return AsyncWorkspaceResourceWithRawResponse(self._client)

    @cached_property
    def api_keys(self) -> AsyncApiKeysWithRawResponse:
        from .resources.api_keys import AsyncApiKeysWithRawResponse

        return AsyncApiKeysWithRawResponse(self._client)

    @cached_property
    def actions(self) -> AsyncActionsWithRawResponse:
        from .resources.actions import AsyncActionsWithRawResponse

        return AsyncActionsWithRawResponse(self._client)

    @cached_property
    def executions(self) -> AsyncExecutionsWithRawResponse:
        from .resources.executions import AsyncExecutionsWithRawResponse

        return AsyncExecutionsWithRawResponse(self._client)

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from .resources.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client)

    @cached_property
    def connections(self) -> AsyncConnectionsWithRawResponse:
        from .resources.connections import AsyncConnectionsWithRawResponse

        return AsyncConnectionsWithRawResponse(self._client)

    @cached_property
    def webhook_endpoints(self) -> AsyncWebhookEndpointsWithRawResponse:
        from .resources.webhook_endpoints import AsyncWebhookEndpointsWithRawResponse

        return AsyncWebhookEndpointsWithRawResponse(self._client)

    @cached_property
    def audit_events(self) -> AsyncAuditEventsWithRawResponse:
        from .resources.audit_events import AsyncAuditEventsWithRawResponse

        return AsyncAuditEventsWithRawResponse(self._client)

    @cached_property
    def usage(self) -> AsyncUsageResourceWithRawResponse:
        from .resources.usage import AsyncUsageResourceWithRawResponse

        return AsyncUsageResourceWithRawResponse(self._client)

    @cached_property
    def health(self) -> AsyncHealthResourceWithRawResponse:
        from .resources.health import AsyncHealthResourceWithRawResponse

        return AsyncHealthResourceWithRawResponse(self._client)
