// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

// One type per component schema of the spec. Field names are the wire names (snake_case).

/**
 * A stable, machine-readable error code.
 * - `invalid_request` (400): the request is malformed, e.g. its body is not JSON or not I-JSON
 *   (a lone surrogate, a repeated member name, a number out of range, nesting deeper than 32).
 * - `validation_failed` (422): a parameter or body field is invalid; see `errors[]`.
 * - `invalid_cursor` (422): `after` is not a `next_cursor` this list returned to this workspace.
 * - `unauthenticated` (401): the API key is missing, malformed, revoked or expired.
 * - `forbidden` (403): the key's role may not call the operation.
 * - `not_found` (404): no such route, or no such resource in this workspace.
 * - `method_not_allowed` (405): the path exists but not with this method; see `Allow`.
 * - `conflict` (409): the request conflicts with the resource's current state.
 * - `idempotency_key_reused` (422): the `Idempotency-Key` was used with another body.
 * - `idempotency_in_progress` (409): a request with this `Idempotency-Key` is still running.
 * - `confirm_token_invalid` (422): the confirm token is forged, malformed or bound to other params.
 * - `confirm_token_expired` (422): the confirm token is older than 10 minutes.
 * - `confirm_token_used` (409): the confirm token was already used.
 * - `connection_required` (409): the action needs an OAuth connection to its provider.
 * - `rate_limited` (429): the workspace's rate limit is exhausted, or too many authentications failed
 *   from this client address or for this key prefix.
 * - `payload_too_large` (413): the body exceeds 1 MiB.
 * - `unsupported_media_type` (415): the body is not JSON.
 * - `headers_too_large` (431): the request line and header fields exceed 16 KiB.
 * - `internal_error` (500): an unexpected error on Relay's side.
 * - `not_implemented` (501): this deployment does not implement the operation.
 * - `service_unavailable` (503): Relay cannot serve requests right now.
 */
export type ErrorCode =
  | "invalid_request"
  | "validation_failed"
  | "invalid_cursor"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "idempotency_key_reused"
  | "idempotency_in_progress"
  | "confirm_token_invalid"
  | "confirm_token_expired"
  | "confirm_token_used"
  | "connection_required"
  | "rate_limited"
  | "payload_too_large"
  | "unsupported_media_type"
  | "headers_too_large"
  | "internal_error"
  | "not_implemented"
  | "service_unavailable";

/** One invalid field. */
export interface FieldError {
  /** RFC 6901 JSON pointer into the request (`/params/to`; query and path parameters as `/query/limit`, `/path/action_id`; headers as `/headers/idempotency-key`). */
  pointer: string;
  /** What is wrong with it. */
  message: string;
}

/** An RFC 9457 problem details document. */
export interface Problem {
  /** A URI identifying the problem type. */
  type: string;
  /** A short summary of the problem type. */
  title: string;
  /** The HTTP status code. */
  status: number;
  /** A human explanation of this occurrence. */
  detail?: string;
  /** A URI reference identifying this occurrence (the request path). */
  instance?: string;
  code: ErrorCode;
  /** The request's id, as in `X-Request-Id`. */
  request_id: string;
  /** The invalid fields, for `validation_failed`. */
  errors?: Array<FieldError>;
}

/** An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log. */
export type Role = "admin" | "developer" | "viewer";

/** The workspace's token-bucket rate limit. */
export interface RateLimitPolicy {
  /** Sustained requests per minute. */
  requests_per_minute: number;
  /** Requests that may be made at once. */
  burst: number;
}

export interface Workspace {
  id: string;
  name: string;
  created_at: string;
  rate_limit: RateLimitPolicy;
}

export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  /** The non-secret start of the key, for recognising it. */
  prefix: string;
  created_at: string;
  /** When the key stops working; null for never. */
  expires_at: string | null;
  last_used_at: string | null;
  /** Set on the response of `api_keys_revoke`. */
  revoked_at?: string | null;
}

/** A new API key, with its secret (shown once). */
export interface ApiKeyCreated {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  /** The API key itself. Store it now; it is never shown again. */
  secret: string;
}

export interface ApiKeyCreateRequest {
  /** A label for the key (one line; no control characters). */
  name: string;
  role: Role;
  /** When the key stops working; must be in the future. Omit for never. */
  expires_at?: string;
}

export interface ApiKeyList {
  data: Array<ApiKey>;
  has_more: boolean;
  next_cursor: string | null;
}

/** Who performs the action. */
export type ActionProvider = "independent" | "google" | "microsoft";

/** A dotted action id. */
export type ActionIdValue = string;

export interface Action {
  id: ActionIdValue;
  name: string;
  description: string;
  provider: ActionProvider;
  /** Whether executing needs an OAuth connection to the provider. */
  requires_connection: boolean;
  /** The JSON Schema (2020-12) that `params` must satisfy. */
  input_schema: Record<string, unknown>;
}

export interface ActionList {
  data: Array<Action>;
  has_more: boolean;
  next_cursor: string | null;
}

export interface PreviewRequest {
  /** The action's parameters, validated against its `input_schema`. */
  params: Record<string, unknown>;
}

export interface Preview {
  action_id: ActionIdValue;
  /** One sentence saying what will happen. */
  summary: string;
  /** Each effect the execution will have. */
  effects: Array<string>;
  /** Anything to double-check before confirming. */
  warnings: Array<string>;
  /** The validated params the token is bound to. */
  params: Record<string, unknown>;
  /** Single-use; expires at `expires_at`. */
  confirm_token: string;
  expires_at: string;
}

export interface ExecuteRequest {
  /** The token from `actions_preview`. */
  confirm_token: string;
  /** Optionally, the params again; when given they must equal the previewed ones. */
  params?: Record<string, unknown>;
}

export type ExecutionStatus = "pending" | "running" | "succeeded" | "failed";

export interface ExecutionError {
  /** The adapter's error code, e.g. `upstream_error`, `timeout`, `smtp_error`; `interrupted` when the server stopped mid-execution. */
  code: string;
  message: string;
}

export interface Execution {
  id: string;
  action_id: ActionIdValue;
  status: ExecutionStatus;
  /** The params, with secrets redacted. */
  params: Record<string, unknown>;
  /** What the adapter reported, when it succeeded. */
  result: Record<string, unknown> | null;
  /** Why it failed, when it failed. */
  error: ExecutionError | null;
  idempotency_key: string | null;
  created_at: string;
  completed_at: string | null;
  duration_ms: number | null;
}

export interface ExecutionList {
  data: Array<Execution>;
  has_more: boolean;
  next_cursor: string | null;
}

export type ChatSessionId = string;

export interface ChatRequest {
  /** What the user said. */
  message: string;
  /** Continue this session; omit to start a new one. */
  session_id?: ChatSessionId;
  /** Reply as Server-Sent Events (`chat.stream` in the SDKs). */
  stream?: boolean;
}

export type ChatRole = "user" | "assistant";

export interface ChatMessage {
  id: string;
  session_id: ChatSessionId;
  role: ChatRole;
  content: string;
  created_at: string;
}

export interface ChatMessageList {
  data: Array<ChatMessage>;
  has_more: boolean;
  next_cursor: string | null;
}

export interface ActionSuggestion {
  action_id: ActionIdValue;
  params: Record<string, unknown>;
  preview: Preview;
}

export interface ChatReply {
  session_id: ChatSessionId;
  message: ChatMessage;
  /** The suggested action, when the message asked for one. */
  suggestion?: ActionSuggestion | null;
}

/** A piece of the assistant's reply text. */
export interface ChatTextDeltaEvent {
  type: "text_delta";
  delta: string;
}

/** A suggested action with a ready preview and confirm token. */
export interface ChatActionSuggestionEvent {
  type: "action_suggestion";
  suggestion: ActionSuggestion;
}

/** The reply is complete; the last event of a successful stream. */
export interface ChatDoneEvent {
  type: "done";
  session_id: ChatSessionId;
  message_id: string;
  /** The whole reply text. */
  text: string;
}

/** The reply failed; the last event of the stream. */
export interface ChatErrorEvent {
  type: "error";
  code: ErrorCode;
  message: string;
}

/** The data of one chat Server-Sent Event; `type` equals the SSE event name. */
export type ChatStreamEvent = ChatTextDeltaEvent | ChatActionSuggestionEvent | ChatDoneEvent | ChatErrorEvent;

export type ConnectionProvider = "google" | "microsoft" | "github";

/** `active` while usable; `expired` when its token could not be refreshed; `revoked` once revoked. */
export type ConnectionStatus = "active" | "expired" | "revoked";

export interface Connection {
  id: string;
  provider: ConnectionProvider;
  status: ConnectionStatus;
  scopes: Array<string>;
  /** The provider account, when the provider tells it. */
  account: string | null;
  created_at: string;
  /** When the current access token expires; Relay refreshes it before then. */
  token_expires_at: string | null;
}

export interface ConnectionList {
  data: Array<Connection>;
  has_more: boolean;
  next_cursor: string | null;
}

export interface ConnectionAuthorizeRequest {
  provider: ConnectionProvider;
  /** Where the provider sends the user back; defaults to the server's configured callback. */
  redirect_uri?: string;
  /** Scopes to request; defaults to what the provider's actions need. */
  scopes?: Array<string>;
}

export interface ConnectionAuthorization {
  provider: ConnectionProvider;
  /** Send the user here. */
  authorization_url: string;
  /** Single-use; pass it to `connections_complete`. */
  state: string;
  expires_at: string;
}

export interface ConnectionCompleteRequest {
  /** The authorization code the provider returned. */
  code: string;
  /** The `state` from `connections_authorize`. */
  state: string;
}

/** An event an endpoint can subscribe to. */
export type WebhookEventType = "execution.succeeded" | "execution.failed";

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string | null;
  events: Array<WebhookEventType>;
  /** False once the endpoint was disabled after repeated failures. */
  enabled: boolean;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_at: string;
}

/** A new webhook endpoint, with its signing secret (shown once). */
export interface WebhookEndpointCreated {
  id: string;
  url: string;
  description: string | null;
  events: Array<WebhookEventType>;
  enabled: boolean;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_at: string;
  /** The signing secret. Store it now; it is never shown again. */
  secret: string;
}

export interface WebhookEndpointCreateRequest {
  /** An `https` URL of a public host (`http` and non-public hosts are accepted by a server in dev mode only). */
  url: string;
  description?: string;
  events: Array<WebhookEventType>;
}

export interface WebhookEndpointList {
  data: Array<WebhookEndpoint>;
  has_more: boolean;
  next_cursor: string | null;
}

/** `pending` while attempts remain; `succeeded` after a 2xx; `failed` when attempts ran out or the endpoint was disabled or deleted. */
export type DeliveryStatus = "pending" | "succeeded" | "failed";

export interface WebhookDelivery {
  id: string;
  endpoint_id: string;
  /** The `webhook-id` header of every attempt. */
  event_id: string;
  event_type: "execution.succeeded" | "execution.failed" | "ping";
  status: DeliveryStatus;
  /** Attempts started, the one in progress included (an attempt a server crash cut short counts too). */
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  completed_at: string | null;
}

export interface WebhookDeliveryList {
  data: Array<WebhookDelivery>;
  has_more: boolean;
  next_cursor: string | null;
}

export interface DeletedObject {
  id: string;
  deleted: true;
}

/** Payload of the `execution.succeeded` webhook event. */
export interface ExecutionSucceededEvent {
  type: "execution.succeeded";
  timestamp: string;
  data: Execution;
}

/** Payload of the `execution.failed` webhook event. */
export interface ExecutionFailedEvent {
  type: "execution.failed";
  timestamp: string;
  data: Execution;
}

export interface PingEventData {
  endpoint_id: string;
}

/** Payload of the `ping` test event. */
export interface PingEvent {
  type: "ping";
  timestamp: string;
  data: PingEventData;
}

/** Any webhook event payload, discriminated by `type`. */
export type WebhookEvent = ExecutionSucceededEvent | ExecutionFailedEvent | PingEvent;

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditEvent {
  id: string;
  occurred_at: string;
  /** The API key that made the call; null for the system. */
  actor_key_id: string | null;
  actor_role: Role | null;
  /** `<resource>.<method>`, e.g. `api_keys.create`. */
  action: string;
  /** The id of the object acted on. */
  target: string | null;
  outcome: AuditOutcome;
  status_code: number;
  request_id: string;
  /** Details of the call, with secrets redacted. */
  metadata: Record<string, unknown>;
}

export interface AuditEventList {
  data: Array<AuditEvent>;
  has_more: boolean;
  next_cursor: string | null;
}

export interface UsageRow {
  date: string;
  action_id: ActionIdValue;
  executions: number;
  succeeded: number;
  failed: number;
}

export interface Usage {
  /** First day counted (after a longer range was shortened to 366 days). */
  start_date: string;
  /** Last day counted. */
  end_date: string;
  data: Array<UsageRow>;
}

export interface Health {
  status: "ok";
  version: string;
}

export interface Readiness {
  status: "ready" | "not_ready";
  checks: {
    database: "ok" | "error";
  };
}
