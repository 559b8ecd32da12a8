// Error hierarchy shared by every Relay SDK (same names and fields as relay_sdk in Python).
//
// RelayError
// ├── APIConnectionError
// │   └── APITimeoutError
// ├── APIStatusError
// │   ├── BadRequestError            400
// │   ├── AuthenticationError        401
// │   ├── PermissionDeniedError      403
// │   ├── NotFoundError              404
// │   ├── ConflictError              409
// │   ├── UnprocessableEntityError   422
// │   ├── RateLimitError             429
// │   └── InternalServerError        >= 500
// └── WebhookVerificationError

/** One field error of an RFC 9457 problem document (`errors[]`). */
export interface FieldError {
  pointer: string;
  message: string;
  [key: string]: unknown;
}

/** An RFC 9457 problem document as the Relay API returns it. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  request_id?: string;
  errors?: FieldError[];
  [key: string]: unknown;
}

/** The base of every error the SDK throws; `name` is the class's name (set below, for every class). */
export class RelayError extends Error {}

/** `{ cause }` (when given) is the underlying error: a fetch failure, an abort reason. */
type CauseOptions = { message?: string; cause?: unknown };

export class APIConnectionError extends RelayError {
  constructor(options: CauseOptions = {}) {
    super(options.message ?? "Connection error.", options);
  }
}

export class APITimeoutError extends APIConnectionError {
  constructor(options: CauseOptions = {}) {
    super({ message: "Request timed out.", ...options });
  }
}

/** Raised when the user aborts a request through their own AbortSignal. */
export class APIUserAbortError extends RelayError {
  constructor(options: CauseOptions = {}) {
    super(options.message ?? "Request was aborted.", options);
  }
}

export class APIStatusError extends RelayError {
  /** HTTP status code of the response. */
  readonly status: number;
  /** Response headers. */
  readonly headers: Headers;
  /** The problem document's `code` (one of the spec's ErrorCode values), if any. */
  readonly code: string | undefined;
  /** The full problem document (or the raw body, when the server did not send problem+json). */
  readonly problem: ProblemDetails | undefined;
  /** Field errors (`errors[]` of the problem document); empty when there are none. */
  readonly errors: FieldError[];
  /** The request id (problem `request_id`, else the `x-request-id` header). */
  readonly request_id: string | undefined;
  /** The raw body, when it was not a JSON object. */
  readonly body: unknown;

  constructor(status: number, body: unknown, message: string | undefined, headers: Headers) {
    const problem = body && typeof body == "object" && !Array.isArray(body) ? (body as ProblemDetails) : undefined;
    const detail = problem?.detail ?? problem?.title ?? message;
    // "422 validation_failed: <detail>" (the request id is a field, not part of the message).
    super(`${status}${problem?.code ? " " + problem.code : ""}${detail ? ": " + detail : ""}`);
    this.status = status;
    this.headers = headers;
    this.problem = problem;
    this.body = body;
    this.code = typeof problem?.code == "string" ? problem.code : undefined;
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
    this.request_id =
      (typeof problem?.request_id == "string" ? problem.request_id : undefined) ??
      headers.get("x-request-id") ??
      undefined;
  }

  /** Same as `request_id` (openai-node spelling). */
  get requestID(): string | undefined {
    return this.request_id;
  }

  static generate(status: number, body: unknown, message: string | undefined, headers: Headers): APIStatusError {
    const Class = STATUS_ERRORS[status] ?? (status >= 500 ? InternalServerError : APIStatusError);
    return new Class(status, body, message, headers);
  }
}

export class BadRequestError extends APIStatusError {}
export class AuthenticationError extends APIStatusError {}
export class PermissionDeniedError extends APIStatusError {}
export class NotFoundError extends APIStatusError {}
export class ConflictError extends APIStatusError {}
export class UnprocessableEntityError extends APIStatusError {}
export class RateLimitError extends APIStatusError {}
export class InternalServerError extends APIStatusError {}

const STATUS_ERRORS: Record<number, typeof APIStatusError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Why a webhook payload failed verification (the kinds of contract-tests/vectors/webhook_signatures.json). */
export type WebhookVerificationErrorKind =
  | "missing_header"
  | "invalid_timestamp"
  | "timestamp_too_old"
  | "timestamp_too_new"
  | "invalid_signature"
  | "missing_secret"
  | "invalid_secret"
  | "unsupported_runtime"
  | "invalid_payload";

/** A webhook payload failed verification (bad signature, stale timestamp, missing headers). */
export class WebhookVerificationError extends RelayError {
  readonly kind: WebhookVerificationErrorKind;
  constructor(kind: WebhookVerificationErrorKind, options?: { cause?: unknown }) {
    super(`Webhook verification failed: ${kind}`, options);
    this.kind = kind;
  }
}

// Every class's name, spelled out: a minifier (esbuild, Vite without keepNames) renames classes, so
// `constructor.name` would print a mangled letter. On the prototype, so that `stack`, which Error's
// constructor writes, starts with it too. A new error class gets its line here (tests/unit checks).
for (const [name, ErrorClass] of Object.entries({
  RelayError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  APIStatusError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  WebhookVerificationError,
})) {
  ErrorClass.prototype.name = name;
}
