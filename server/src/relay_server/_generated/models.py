# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77

from __future__ import annotations

from datetime import date as date_aliased
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AnyUrl,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictInt,
    StrictStr,
)


class ErrorCode(StrEnum):
    """
    A stable, machine-readable error code.
    - `invalid_request` (400): the request is malformed, e.g. its body is not JSON.
    - `validation_failed` (422): a parameter or body field is invalid; see `errors[]`.
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
    - `rate_limited` (429): the workspace's rate limit is exhausted.
    - `payload_too_large` (413): the body exceeds 1 MiB.
    - `unsupported_media_type` (415): the body is not JSON.
    - `internal_error` (500): an unexpected error on Relay's side.
    - `service_unavailable` (503): Relay cannot serve requests right now.

    """

    invalid_request = "invalid_request"
    validation_failed = "validation_failed"
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
    internal_error = "internal_error"
    service_unavailable = "service_unavailable"


class FieldError(BaseModel):
    """
    One invalid field.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    pointer: StrictStr
    """
    RFC 6901 JSON pointer into the request (`/params/to`; query and path parameters as `/query/limit`, `/path/action_id`; headers as `/headers/idempotency-key`).
    """
    message: StrictStr
    """
    What is wrong with it.
    """


class Problem(BaseModel):
    """
    An RFC 9457 problem details document.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: StrictStr
    """
    A URI identifying the problem type.
    """
    title: StrictStr
    """
    A short summary of the problem type.
    """
    status: Annotated[StrictInt, Field(ge=400, le=599)]
    """
    The HTTP status code.
    """
    detail: StrictStr | None = None
    """
    A human explanation of this occurrence.
    """
    instance: StrictStr | None = None
    """
    A URI reference identifying this occurrence (the request path).
    """
    code: ErrorCode
    request_id: StrictStr
    """
    The request's id, as in `X-Request-Id`.
    """
    errors: list[FieldError] | None = None
    """
    The invalid fields, for `validation_failed`.
    """


class Role(StrEnum):
    """
    An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.
    """

    admin = "admin"
    developer = "developer"
    viewer = "viewer"


class RateLimitPolicy(BaseModel):
    """
    The workspace's token-bucket rate limit.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    requests_per_minute: Annotated[StrictInt, Field(ge=1)]
    """
    Sustained requests per minute.
    """
    burst: Annotated[StrictInt, Field(ge=1)]
    """
    Requests that may be made at once.
    """


class Workspace(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^ws_[a-z2-7]{24}$")]
    name: StrictStr
    created_at: AwareDatetime
    rate_limit: RateLimitPolicy


class ApiKey(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^key_[a-z2-7]{24}$")]
    name: StrictStr
    role: Role
    prefix: StrictStr
    """
    The non-secret start of the key, for recognising it.
    """
    created_at: AwareDatetime
    expires_at: AwareDatetime | None
    """
    When the key stops working; null for never.
    """
    last_used_at: AwareDatetime | None
    revoked_at: AwareDatetime | None = None
    """
    Set on the response of `api_keys_revoke`.
    """


class ApiKeyCreated(BaseModel):
    """
    A new API key, with its secret (shown once).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^key_[a-z2-7]{24}$")]
    name: StrictStr
    role: Role
    prefix: StrictStr
    created_at: AwareDatetime
    expires_at: AwareDatetime | None
    last_used_at: AwareDatetime | None
    secret: Annotated[StrictStr, Field(pattern="^relay_sk_[A-Za-z0-9_]{16,}$")]
    """
    The API key itself. Store it now; it is never shown again.
    """


class ApiKeyCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[StrictStr, Field(max_length=100, min_length=1)]
    """
    A label for the key.
    """
    role: Role
    expires_at: AwareDatetime | None = None
    """
    When the key stops working; must be in the future. Omit for never.
    """


class ApiKeyList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[ApiKey]
    has_more: StrictBool
    next_cursor: StrictStr | None


class ActionProvider(StrEnum):
    """
    Who performs the action.
    """

    independent = "independent"
    google = "google"
    microsoft = "microsoft"


class ActionIdValue(RootModel[StrictStr]):
    root: Annotated[
        StrictStr,
        Field(max_length=100, pattern="^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$"),
    ]
    """
    A dotted action id.
    """


class Action(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: ActionIdValue
    name: StrictStr
    description: StrictStr
    provider: ActionProvider
    requires_connection: StrictBool
    """
    Whether executing needs an OAuth connection to the provider.
    """
    input_schema: dict[str, Any]
    """
    The JSON Schema (2020-12) that `params` must satisfy.
    """


class ActionList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[Action]
    has_more: StrictBool
    next_cursor: StrictStr | None


class PreviewRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    params: dict[str, Any]
    """
    The action's parameters, validated against its `input_schema`.
    """


class Preview(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    action_id: ActionIdValue
    summary: StrictStr
    """
    One sentence saying what will happen.
    """
    effects: list[StrictStr]
    """
    Each effect the execution will have.
    """
    warnings: list[StrictStr]
    """
    Anything to double-check before confirming.
    """
    params: dict[str, Any]
    """
    The validated params the token is bound to.
    """
    confirm_token: Annotated[
        StrictStr, Field(pattern="^ct_v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$")
    ]
    """
    Single-use; expires at `expires_at`.
    """
    expires_at: AwareDatetime


class ExecuteRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    confirm_token: Annotated[StrictStr, Field(max_length=4096, min_length=1)]
    """
    The token from `actions_preview`.
    """
    params: dict[str, Any] | None = None
    """
    Optionally, the params again; when given they must equal the previewed ones.
    """


class ExecutionStatus(StrEnum):
    pending = "pending"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"


class ExecutionError(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    code: StrictStr
    """
    The adapter's error code, e.g. `upstream_error`, `timeout`, `smtp_error`; `interrupted` when the server stopped mid-execution.
    """
    message: StrictStr


class Execution(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^exe_[a-z2-7]{24}$")]
    action_id: ActionIdValue
    status: ExecutionStatus
    params: dict[str, Any]
    """
    The params, with secrets redacted.
    """
    result: dict[str, Any] | None
    """
    What the adapter reported, when it succeeded.
    """
    error: ExecutionError | None
    """
    Why it failed, when it failed.
    """
    idempotency_key: StrictStr | None
    created_at: AwareDatetime
    completed_at: AwareDatetime | None
    duration_ms: Annotated[StrictInt | None, Field(ge=0)]


class ExecutionList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[Execution]
    has_more: StrictBool
    next_cursor: StrictStr | None


class ChatSessionId(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^chs_[a-z2-7]{24}$")]


class ChatRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    message: Annotated[StrictStr, Field(max_length=4000, min_length=1)]
    """
    What the user said.
    """
    session_id: ChatSessionId | None = None
    """
    Continue this session; omit to start a new one.
    """
    stream: StrictBool | None = False
    """
    Reply as Server-Sent Events (`chat.stream` in the SDKs).
    """


class ChatRole(StrEnum):
    user = "user"
    assistant = "assistant"


class ChatMessage(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^msg_[a-z2-7]{24}$")]
    session_id: ChatSessionId
    role: ChatRole
    content: StrictStr
    created_at: AwareDatetime


class ChatMessageList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[ChatMessage]
    has_more: StrictBool
    next_cursor: StrictStr | None


class ActionSuggestion(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    action_id: ActionIdValue
    params: dict[str, Any]
    preview: Preview


class ChatReply(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    session_id: ChatSessionId
    message: ChatMessage
    suggestion: ActionSuggestion | None = None
    """
    The suggested action, when the message asked for one.
    """


class ChatTextDeltaEvent(BaseModel):
    """
    A piece of the assistant's reply text.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["text_delta"]
    delta: StrictStr


class ChatActionSuggestionEvent(BaseModel):
    """
    A suggested action with a ready preview and confirm token.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["action_suggestion"]
    suggestion: ActionSuggestion


class ChatDoneEvent(BaseModel):
    """
    The reply is complete; the last event of a successful stream.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["done"]
    session_id: ChatSessionId
    message_id: Annotated[StrictStr, Field(pattern="^msg_[a-z2-7]{24}$")]
    text: StrictStr
    """
    The whole reply text.
    """


class ChatErrorEvent(BaseModel):
    """
    The reply failed; the last event of the stream.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["error"]
    code: ErrorCode
    message: StrictStr


class ChatStreamEvent(
    RootModel[
        ChatTextDeltaEvent
        | ChatActionSuggestionEvent
        | ChatDoneEvent
        | ChatErrorEvent
    ]
):
    root: Annotated[
        ChatTextDeltaEvent | ChatActionSuggestionEvent | ChatDoneEvent | ChatErrorEvent,
        Field(discriminator="type"),
    ]
    """
    The data of one chat Server-Sent Event; `type` equals the SSE event name.
    """


class ConnectionProvider(StrEnum):
    google = "google"
    microsoft = "microsoft"
    github = "github"


class ConnectionStatus(StrEnum):
    """
    `active` while usable; `expired` when its token could not be refreshed; `revoked` once revoked.
    """

    active = "active"
    expired = "expired"
    revoked = "revoked"


class Connection(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^con_[a-z2-7]{24}$")]
    provider: ConnectionProvider
    status: ConnectionStatus
    scopes: list[StrictStr]
    account: StrictStr | None
    """
    The provider account, when the provider tells it.
    """
    created_at: AwareDatetime
    token_expires_at: AwareDatetime | None
    """
    When the current access token expires; Relay refreshes it before then.
    """


class ConnectionList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[Connection]
    has_more: StrictBool
    next_cursor: StrictStr | None


class Scope(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(max_length=200, min_length=1)]


class ConnectionAuthorizeRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    provider: ConnectionProvider
    redirect_uri: AnyUrl | None = None
    """
    Where the provider sends the user back; defaults to the server's configured callback.
    """
    scopes: Annotated[list[Scope] | None, Field(max_length=20)] = None
    """
    Scopes to request; defaults to what the provider's actions need.
    """


class ConnectionAuthorization(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    provider: ConnectionProvider
    authorization_url: AnyUrl
    """
    Send the user here.
    """
    state: StrictStr
    """
    Single-use; pass it to `connections_complete`.
    """
    expires_at: AwareDatetime


class ConnectionCompleteRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    code: Annotated[StrictStr, Field(max_length=2000, min_length=1)]
    """
    The authorization code the provider returned.
    """
    state: Annotated[StrictStr, Field(max_length=200, min_length=1)]
    """
    The `state` from `connections_authorize`.
    """


class WebhookEventType(StrEnum):
    """
    An event an endpoint can subscribe to.
    """

    execution_succeeded = "execution.succeeded"
    execution_failed = "execution.failed"


class WebhookEndpoint(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^whe_[a-z2-7]{24}$")]
    url: AnyUrl
    description: StrictStr | None
    events: list[WebhookEventType]
    enabled: StrictBool
    """
    False once the endpoint was disabled after repeated failures.
    """
    disabled_reason: StrictStr | None
    consecutive_failures: Annotated[StrictInt, Field(ge=0)]
    created_at: AwareDatetime


class WebhookEndpointCreated(BaseModel):
    """
    A new webhook endpoint, with its signing secret (shown once).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^whe_[a-z2-7]{24}$")]
    url: AnyUrl
    description: StrictStr | None
    events: list[WebhookEventType]
    enabled: StrictBool
    disabled_reason: StrictStr | None
    consecutive_failures: Annotated[StrictInt, Field(ge=0)]
    created_at: AwareDatetime
    secret: Annotated[StrictStr, Field(pattern="^whsec_[A-Za-z0-9+/]+={0,2}$")]
    """
    The signing secret. Store it now; it is never shown again.
    """


class WebhookEndpointCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    url: AnyUrl
    """
    An `https` URL (`http` is accepted by a server in dev mode).
    """
    description: Annotated[StrictStr | None, Field(max_length=500)] = None
    events: Annotated[list[WebhookEventType], Field(min_length=1)]


class WebhookEndpointList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[WebhookEndpoint]
    has_more: StrictBool
    next_cursor: StrictStr | None


class DeliveryStatus(StrEnum):
    """
    `pending` while attempts remain; `succeeded` after a 2xx; `failed` when attempts ran out or the endpoint was disabled or deleted.
    """

    pending = "pending"
    succeeded = "succeeded"
    failed = "failed"


class EventType(StrEnum):
    execution_succeeded = "execution.succeeded"
    execution_failed = "execution.failed"
    ping = "ping"


class WebhookDelivery(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^dlv_[a-z2-7]{24}$")]
    endpoint_id: Annotated[StrictStr, Field(pattern="^whe_[a-z2-7]{24}$")]
    event_id: Annotated[StrictStr, Field(pattern="^msg_[a-z2-7]{24}$")]
    """
    The `webhook-id` header of every attempt.
    """
    event_type: EventType
    status: DeliveryStatus
    attempts: Annotated[StrictInt, Field(ge=0)]
    last_status_code: StrictInt | None
    last_error: StrictStr | None
    next_attempt_at: AwareDatetime | None
    created_at: AwareDatetime
    completed_at: AwareDatetime | None


class WebhookDeliveryList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[WebhookDelivery]
    has_more: StrictBool
    next_cursor: StrictStr | None


class DeletedObject(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: StrictStr
    deleted: Literal[True]


class ExecutionSucceededEvent(BaseModel):
    """
    Payload of the `execution.succeeded` webhook event.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["execution.succeeded"]
    timestamp: AwareDatetime
    data: Execution


class ExecutionFailedEvent(BaseModel):
    """
    Payload of the `execution.failed` webhook event.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["execution.failed"]
    timestamp: AwareDatetime
    data: Execution


class PingEventData(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    endpoint_id: Annotated[StrictStr, Field(pattern="^whe_[a-z2-7]{24}$")]


class PingEvent(BaseModel):
    """
    Payload of the `ping` test event.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["ping"]
    timestamp: AwareDatetime
    data: PingEventData


class WebhookEvent(
    RootModel[ExecutionSucceededEvent | ExecutionFailedEvent | PingEvent]
):
    root: Annotated[
        ExecutionSucceededEvent | ExecutionFailedEvent | PingEvent,
        Field(discriminator="type"),
    ]
    """
    Any webhook event payload, discriminated by `type`.
    """


class AuditOutcome(StrEnum):
    success = "success"
    failure = "failure"
    denied = "denied"


class AuditEvent(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^aud_[a-z2-7]{24}$")]
    occurred_at: AwareDatetime
    actor_key_id: StrictStr | None
    """
    The API key that made the call; null for the system.
    """
    actor_role: Role | None
    action: StrictStr
    """
    `<resource>.<method>`, e.g. `api_keys.create`.
    """
    target: StrictStr | None
    """
    The id of the object acted on.
    """
    outcome: AuditOutcome
    status_code: StrictInt
    request_id: StrictStr
    metadata: dict[str, Any]
    """
    Details of the call, with secrets redacted.
    """


class AuditEventList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[AuditEvent]
    has_more: StrictBool
    next_cursor: StrictStr | None


class UsageRow(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    date: date_aliased
    action_id: ActionIdValue
    executions: Annotated[StrictInt, Field(ge=0)]
    succeeded: Annotated[StrictInt, Field(ge=0)]
    failed: Annotated[StrictInt, Field(ge=0)]


class Usage(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    start_date: date_aliased
    end_date: date_aliased
    data: list[UsageRow]


class Status(StrEnum):
    ok = "ok"


class Health(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    status: Status
    version: StrictStr


class Status1(StrEnum):
    ready = "ready"
    not_ready = "not_ready"


class Database(StrEnum):
    ok = "ok"
    error = "error"


class Checks(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    database: Database


class Readiness(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    status: Status1
    checks: Checks
