// The hand-written runtime's public surface (generated code and src/index.ts import from here).
export { APIPromise, type APIResponseProps, type WithResponse } from "./api-promise.js";
export { BaseClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, type ClientDefaults } from "./client.js";
export {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RelayError,
  UnprocessableEntityError,
  WebhookVerificationError,
  type WebhookVerificationErrorKind,
  type FieldError,
  type ProblemDetails,
} from "./errors.js";
export { CursorPage, PagePromise, type CursorPageBody } from "./pagination.js";
export { backoffDelay, parseRetryAfter, shouldRetry, type RetryAfter, type RetryOutcome } from "./retries.js";
export { createSSEParser, iterSSE, type SSEParser, type ServerSentEvent } from "./sse.js";
export { Stream } from "./streaming.js";
export type { ClientOptions, Fetch, FinalRequestOptions, HeadersRecord, RequestOptions } from "./types.js";
export { VERSION } from "./version.js";
export { Webhooks, verifyWebhook, type VerifyOptions, type WebhookBody, type WebhookHeaders } from "./webhooks.js";

/** Base class of generated resource classes. */
export class APIResource {
  /** @internal */
  protected readonly _client: import("./client.js").BaseClient;
  constructor(client: import("./client.js").BaseClient) {
    this._client = client;
  }
}
