# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
"""The types of Relay API 1.0.0 for the reference server: ``TypedDict``s and aliases.

Rendered by relay-codegen from ``components/schemas`` and each operation's parameters. Types only: the
server validates requests against the JSON Schemas of :mod:`.routes`, and mypy holds handlers to these.
"""

from enum import StrEnum
from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


class ErrorCode(StrEnum):
    """A stable, machine-readable error code.
    - `invalid_request` (400): the request is malformed, e.g. its body is not JSON or not I-JSON
      (a lone surrogate, a repeated member name, a number out of range, nesting deeper than 32).
    - `validation_failed` (422): a parameter or body field is invalid; see `errors[]`.
    - `invalid_cursor` (422): `after` is not a `next_cursor` this list returned to this workspace.
    - `unauthenticated` (401): the API key is missing, malformed, revoked or expired.
    - `forbidden` (403): the key's role may not call the operation.
    - `not_found` (404): no such route, or no such resource in this workspace.
    - `method_not_allowed` (405): the path exists but not with this method; see `Allow`.
    - `conflict` (409): the request conflicts with the resource's current state.
    - `idempotency_key_reused` (422): the `Idempotency-Key` was used with another body.
    - `idempotency_in_progress` (409): a request with this `Idempotency-Key` is still running.
    - `confirm_token_invalid` (422): the confirm token is forged, malformed or bound to other params.
    - `confirm_token_expired` (422): the confirm token is older than 10 minutes.
    - `confirm_token_used` (409): the confirm token was already used.
    - `connection_required` (409): the action needs an OAuth connection to its provider.
    - `rate_limited` (429): the workspace's rate limit is exhausted, or too many authentications failed
      from this client address or for this key prefix.
    - `payload_too_large` (413): the body exceeds 1 MiB.
    - `unsupported_media_type` (415): the body is not JSON.
    - `headers_too_large` (431): the request line and header fields exceed 16 KiB.
    - `internal_error` (500): an unexpected error on Relay's side.
    - `not_implemented` (501): this deployment does not implement the operation.
    - `service_unavailable` (503): Relay cannot serve requests right now.
    """

    invalid_request = "invalid_request"
    validation_failed = "validation_failed"
    invalid_cursor = "invalid_cursor"
    unauthenticated = "unauthenticated"
    forbidden = "forbidden"
    not_found = "not_found"
    method_not_allowed = "method_not_allowed"
    conflict = "conflict"
    idempotency_key_reused = "idempotency_key_reused"
    idempotency_in_progress = "idempotency_in_progress"
    confirm_token_invalid = "confirm_token_invalid"
    confirm_token_expired = "confirm_token_expired"
    confirm_token_used = "confirm_token_used"
    connection_required = "connection_required"
    rate_limited = "rate_limited"
    payload_too_large = "payload_too_large"
    unsupported_media_type = "unsupported_media_type"
    headers_too_large = "headers_too_large"
    internal_error = "internal_error"
    not_implemented = "not_implemented"
    service_unavailable = "service_unavailable"


class FieldError(TypedDict):
    """One invalid field."""

    pointer: str
    message: str


class Problem(TypedDict):
    """An RFC 9457 problem details document."""

    type: str
    title: str
    status: int
    detail: NotRequired[str]
    instance: NotRequired[str]
    code: ErrorCode
    request_id: str
    errors: NotRequired[list[FieldError]]


Role: TypeAlias = Literal["admin", "developer", "viewer"]
"""An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log."""


class RateLimitPolicy(TypedDict):
    """The workspace's token-bucket rate limit."""

    requests_per_minute: int
    burst: int


class Workspace(TypedDict):
    id: str
    name: str
    created_at: str
    rate_limit: RateLimitPolicy


class ApiKey(TypedDict):
    id: str
    name: str
    role: Role
    prefix: str
    created_at: str
    expires_at: str | None
    last_used_at: str | None
    revoked_at: NotRequired[str | None]


class ApiKeyCreated(TypedDict):
    """A new API key, with its secret (shown once)."""

    id: str
    name: str
    role: Role
    prefix: str
    created_at: str
    expires_at: str | None
    last_used_at: str | None
    secret: str


class ApiKeyCreateRequest(TypedDict):
    name: str
    role: Role
    expires_at: NotRequired[str]


class ApiKeyList(TypedDict):
    data: list[ApiKey]
    has_more: bool
    next_cursor: str | None


ActionProvider: TypeAlias = Literal["independent", "google", "microsoft"]
"""Who performs the action."""


ActionIdValue: TypeAlias = str
"""A dotted action id."""


class Action(TypedDict):
    id: ActionIdValue
    name: str
    description: str
    provider: ActionProvider
    requires_connection: bool
    input_schema: dict[str, Any]


class ActionList(TypedDict):
    data: list[Action]
    has_more: bool
    next_cursor: str | None


class PreviewRequest(TypedDict):
    params: dict[str, Any]


class Preview(TypedDict):
    action_id: ActionIdValue
    summary: str
    effects: list[str]
    warnings: list[str]
    params: dict[str, Any]
    confirm_token: str
    expires_at: str


class ExecuteRequest(TypedDict):
    confirm_token: str
    params: NotRequired[dict[str, Any]]


ExecutionStatus: TypeAlias = Literal["pending", "running", "succeeded", "failed"]


class ExecutionError(TypedDict):
    code: str
    message: str


class Execution(TypedDict):
    id: str
    action_id: ActionIdValue
    status: ExecutionStatus
    params: dict[str, Any]
    result: dict[str, Any] | None
    error: ExecutionError | None
    idempotency_key: str | None
    created_at: str
    completed_at: str | None
    duration_ms: int | None


class ExecutionList(TypedDict):
    data: list[Execution]
    has_more: bool
    next_cursor: str | None


ChatSessionId: TypeAlias = str


class ChatRequest(TypedDict):
    message: str
    session_id: NotRequired[ChatSessionId]
    stream: NotRequired[bool]


ChatRole: TypeAlias = Literal["user", "assistant"]


class ChatMessage(TypedDict):
    id: str
    session_id: ChatSessionId
    role: ChatRole
    content: str
    created_at: str


class ChatMessageList(TypedDict):
    data: list[ChatMessage]
    has_more: bool
    next_cursor: str | None


class ActionSuggestion(TypedDict):
    action_id: ActionIdValue
    params: dict[str, Any]
    preview: Preview


class ChatReply(TypedDict):
    session_id: ChatSessionId
    message: ChatMessage
    suggestion: NotRequired[ActionSuggestion | None]


class ChatTextDeltaEvent(TypedDict):
    """A piece of the assistant's reply text."""

    type: Literal["text_delta"]
    delta: str


class ChatActionSuggestionEvent(TypedDict):
    """A suggested action with a ready preview and confirm token."""

    type: Literal["action_suggestion"]
    suggestion: ActionSuggestion


class ChatDoneEvent(TypedDict):
    """The reply is complete; the last event of a successful stream."""

    type: Literal["done"]
    session_id: ChatSessionId
    message_id: str
    text: str


class ChatErrorEvent(TypedDict):
    """The reply failed; the last event of the stream."""

    type: Literal["error"]
    code: ErrorCode
    message: str


ChatStreamEvent: TypeAlias = ChatTextDeltaEvent | ChatActionSuggestionEvent | ChatDoneEvent | ChatErrorEvent
"""The data of one chat Server-Sent Event; `type` equals the SSE event name."""


ConnectionProvider: TypeAlias = Literal["google", "microsoft", "github"]


ConnectionStatus: TypeAlias = Literal["active", "expired", "revoked"]
"""`active` while usable; `expired` when its token could not be refreshed; `revoked` once revoked."""


class Connection(TypedDict):
    id: str
    provider: ConnectionProvider
    status: ConnectionStatus
    scopes: list[str]
    account: str | None
    created_at: str
    token_expires_at: str | None


class ConnectionList(TypedDict):
    data: list[Connection]
    has_more: bool
    next_cursor: str | None


class ConnectionAuthorizeRequest(TypedDict):
    provider: ConnectionProvider
    redirect_uri: NotRequired[str]
    scopes: NotRequired[list[str]]


class ConnectionAuthorization(TypedDict):
    provider: ConnectionProvider
    authorization_url: str
    state: str
    expires_at: str


class ConnectionCompleteRequest(TypedDict):
    code: str
    state: str


WebhookEventType: TypeAlias = Literal["execution.succeeded", "execution.failed"]
"""An event an endpoint can subscribe to."""


class WebhookEndpoint(TypedDict):
    id: str
    url: str
    description: str | None
    events: list[WebhookEventType]
    enabled: bool
    disabled_reason: str | None
    consecutive_failures: int
    created_at: str


class WebhookEndpointCreated(TypedDict):
    """A new webhook endpoint, with its signing secret (shown once)."""

    id: str
    url: str
    description: str | None
    events: list[WebhookEventType]
    enabled: bool
    disabled_reason: str | None
    consecutive_failures: int
    created_at: str
    secret: str


class WebhookEndpointCreateRequest(TypedDict):
    url: str
    description: NotRequired[str]
    events: list[WebhookEventType]


class WebhookEndpointList(TypedDict):
    data: list[WebhookEndpoint]
    has_more: bool
    next_cursor: str | None


DeliveryStatus: TypeAlias = Literal["pending", "succeeded", "failed"]
"""`pending` while attempts remain; `succeeded` after a 2xx; `failed` when attempts ran out or the endpoint was disabled or deleted."""


class WebhookDelivery(TypedDict):
    id: str
    endpoint_id: str
    event_id: str
    event_type: Literal["execution.succeeded", "execution.failed", "ping"]
    status: DeliveryStatus
    attempts: int
    last_status_code: int | None
    last_error: str | None
    next_attempt_at: str | None
    created_at: str
    completed_at: str | None


class WebhookDeliveryList(TypedDict):
    data: list[WebhookDelivery]
    has_more: bool
    next_cursor: str | None


class DeletedObject(TypedDict):
    id: str
    deleted: Literal[True]


class ExecutionSucceededEvent(TypedDict):
    """Payload of the `execution.succeeded` webhook event."""

    type: Literal["execution.succeeded"]
    timestamp: str
    data: Execution


class ExecutionFailedEvent(TypedDict):
    """Payload of the `execution.failed` webhook event."""

    type: Literal["execution.failed"]
    timestamp: str
    data: Execution


class PingEventData(TypedDict):
    endpoint_id: str


class PingEvent(TypedDict):
    """Payload of the `ping` test event."""

    type: Literal["ping"]
    timestamp: str
    data: PingEventData


WebhookEvent: TypeAlias = ExecutionSucceededEvent | ExecutionFailedEvent | PingEvent
"""Any webhook event payload, discriminated by `type`."""


AuditOutcome: TypeAlias = Literal["success", "failure", "denied"]


class AuditEvent(TypedDict):
    id: str
    occurred_at: str
    actor_key_id: str | None
    actor_role: Role | None
    action: str
    target: str | None
    outcome: AuditOutcome
    status_code: int
    request_id: str
    metadata: dict[str, Any]


class AuditEventList(TypedDict):
    data: list[AuditEvent]
    has_more: bool
    next_cursor: str | None


class UsageRow(TypedDict):
    date: str
    action_id: ActionIdValue
    executions: int
    succeeded: int
    failed: int


class Usage(TypedDict):
    start_date: str
    end_date: str
    data: list[UsageRow]


class Health(TypedDict):
    status: Literal["ok"]
    version: str


class ReadinessChecks(TypedDict):
    database: Literal["ok", "error"]


class Readiness(TypedDict):
    status: Literal["ready", "not_ready"]
    checks: ReadinessChecks


# -- the parameters of each operation -------------------------------------------------------------


class ApiKeysListQuery(TypedDict):
    """The query parameters of ``api_keys_list``."""

    limit: int
    after: NotRequired[str]


class ApiKeysRetrievePath(TypedDict):
    """The path parameters of ``api_keys_retrieve``."""

    key_id: str


class ApiKeysRevokePath(TypedDict):
    """The path parameters of ``api_keys_revoke``."""

    key_id: str


class ActionsListQuery(TypedDict):
    """The query parameters of ``actions_list``."""

    provider: NotRequired[Literal["independent", "google", "microsoft"]]
    limit: int
    after: NotRequired[str]


class ActionsRetrievePath(TypedDict):
    """The path parameters of ``actions_retrieve``."""

    action_id: str


class ActionsPreviewPath(TypedDict):
    """The path parameters of ``actions_preview``."""

    action_id: str


class ActionsExecutePath(TypedDict):
    """The path parameters of ``actions_execute``."""

    action_id: str


class ExecutionsListQuery(TypedDict):
    """The query parameters of ``executions_list``."""

    action_id: NotRequired[str]
    status: NotRequired[Literal["pending", "running", "succeeded", "failed"]]
    created_after: NotRequired[str]
    created_before: NotRequired[str]
    limit: int
    after: NotRequired[str]


class ExecutionsRetrievePath(TypedDict):
    """The path parameters of ``executions_retrieve``."""

    execution_id: str


class ChatListMessagesQuery(TypedDict):
    """The query parameters of ``chat_list_messages``."""

    session_id: str
    limit: int
    after: NotRequired[str]


class ConnectionsListQuery(TypedDict):
    """The query parameters of ``connections_list``."""

    limit: int
    after: NotRequired[str]


class ConnectionsRevokePath(TypedDict):
    """The path parameters of ``connections_revoke``."""

    connection_id: str


class WebhookEndpointsListQuery(TypedDict):
    """The query parameters of ``webhook_endpoints_list``."""

    limit: int
    after: NotRequired[str]


class WebhookEndpointsRetrievePath(TypedDict):
    """The path parameters of ``webhook_endpoints_retrieve``."""

    endpoint_id: str


class WebhookEndpointsDeletePath(TypedDict):
    """The path parameters of ``webhook_endpoints_delete``."""

    endpoint_id: str


class WebhookEndpointsTestPath(TypedDict):
    """The path parameters of ``webhook_endpoints_test``."""

    endpoint_id: str


class WebhookEndpointsListDeliveriesPath(TypedDict):
    """The path parameters of ``webhook_endpoints_list_deliveries``."""

    endpoint_id: str


class WebhookEndpointsListDeliveriesQuery(TypedDict):
    """The query parameters of ``webhook_endpoints_list_deliveries``."""

    limit: int
    after: NotRequired[str]


class AuditEventsListQuery(TypedDict):
    """The query parameters of ``audit_events_list``."""

    actor: NotRequired[str]
    action: NotRequired[str]
    occurred_after: NotRequired[str]
    occurred_before: NotRequired[str]
    limit: int
    after: NotRequired[str]


class AuditEventsExportQuery(TypedDict):
    """The query parameters of ``audit_events_export``."""

    format: Literal["csv", "ndjson"]
    actor: NotRequired[str]
    action: NotRequired[str]
    occurred_after: NotRequired[str]
    occurred_before: NotRequired[str]


class UsageRetrieveQuery(TypedDict):
    """The query parameters of ``usage_retrieve``."""

    start_date: NotRequired[str]
    end_date: NotRequired[str]
