// The hand-written runtime's public surface (generated code and src/index.ts import from here).
export { APIPromise, type APIResponseProps, type WithResponse } from "./api-promise.js";
export { BaseClient, type ClientDefaults, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./client.js";
export {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type FieldError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  type ProblemDetails,
  RateLimitError,
  RelayError,
  UnprocessableEntityError,
  WebhookVerificationError,
  type WebhookVerificationErrorKind,
} from "./errors.js";
export { CursorPage, type CursorPageBody, PagePromise } from "./pagination.js";
export { backoffDelay, parseRetryAfter, type RetryAfter, type RetryOutcome, shouldRetry } from "./retries.js";
export { createSSEParser, iterSSE, type ServerSentEvent, type SSEParser } from "./sse.js";
export { Stream } from "./streaming.js";
export type { ClientOptions, Fetch, FinalRequestOptions, HeadersRecord, RequestOptions } from "./types.js";
export { VERSION } from "./version.js";
export { type VerifyOptions, verifyWebhook, type WebhookBody, type WebhookHeaders, Webhooks } from "./webhooks.js";

/** Base class of generated resource classes. */
export class APIResource {
  /** @internal */
  protected readonly _client: import("./client.js").BaseClient;
  constructor(client: import("./client.js").BaseClient) {
    this._client = client;
  }
}
