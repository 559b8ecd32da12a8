# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

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
