# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 fa182f57e5ec4dfa0684ba8264c4c006e95bb302a05e8c626f7f7d0240e9dc73

"""Resource classes, one module per spec tag (sync, async and raw-response variants)."""

from .actions import (
    Actions,
    ActionsWithRawResponse,
    AsyncActions,
    AsyncActionsWithRawResponse,
)
from .api_keys import (
    ApiKeys,
    ApiKeysWithRawResponse,
    AsyncApiKeys,
    AsyncApiKeysWithRawResponse,
)
from .audit_events import (
    AsyncAuditEvents,
    AsyncAuditEventsWithRawResponse,
    AuditEvents,
    AuditEventsWithRawResponse,
)
from .chat import (
    AsyncChat,
    AsyncChatWithRawResponse,
    Chat,
    ChatWithRawResponse,
)
from .connections import (
    AsyncConnections,
    AsyncConnectionsWithRawResponse,
    Connections,
    ConnectionsWithRawResponse,
)
from .executions import (
    AsyncExecutions,
    AsyncExecutionsWithRawResponse,
    Executions,
    ExecutionsWithRawResponse,
)
from .health import (
    AsyncHealthResource,
    AsyncHealthResourceWithRawResponse,
    HealthResource,
    HealthResourceWithRawResponse,
)
from .usage import (
    AsyncUsageResource,
    AsyncUsageResourceWithRawResponse,
    UsageResource,
    UsageResourceWithRawResponse,
)
from .webhook_endpoints import (
    AsyncWebhookEndpoints,
    AsyncWebhookEndpointsWithRawResponse,
    WebhookEndpoints,
    WebhookEndpointsWithRawResponse,
)
from .workspace import (
    AsyncWorkspaceResource,
    AsyncWorkspaceResourceWithRawResponse,
    WorkspaceResource,
    WorkspaceResourceWithRawResponse,
)

__all__ = [
    "AsyncWorkspaceResource",
    "AsyncWorkspaceResourceWithRawResponse",
    "WorkspaceResource",
    "WorkspaceResourceWithRawResponse",
    "AsyncApiKeys",
    "AsyncApiKeysWithRawResponse",
    "ApiKeys",
    "ApiKeysWithRawResponse",
    "AsyncActions",
    "AsyncActionsWithRawResponse",
    "Actions",
    "ActionsWithRawResponse",
    "AsyncExecutions",
    "AsyncExecutionsWithRawResponse",
    "Executions",
    "ExecutionsWithRawResponse",
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "Chat",
    "ChatWithRawResponse",
    "AsyncConnections",
    "AsyncConnectionsWithRawResponse",
    "Connections",
    "ConnectionsWithRawResponse",
    "AsyncWebhookEndpoints",
    "AsyncWebhookEndpointsWithRawResponse",
    "WebhookEndpoints",
    "WebhookEndpointsWithRawResponse",
    "AsyncAuditEvents",
    "AsyncAuditEventsWithRawResponse",
    "AuditEvents",
    "AuditEventsWithRawResponse",
    "AsyncUsageResource",
    "AsyncUsageResourceWithRawResponse",
    "UsageResource",
    "UsageResourceWithRawResponse",
    "AsyncHealthResource",
    "AsyncHealthResourceWithRawResponse",
    "HealthResource",
    "HealthResourceWithRawResponse",
]
