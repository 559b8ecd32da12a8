/** A `fetch`-compatible function (the global one by default; inject your own for proxies, tests, …). */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Header values; `null` removes a header that would otherwise be sent. */
export type HeadersRecord = Record<string, string | null | undefined>;

export interface ClientOptions {
  /** Secret API key. Defaults to the RELAY_API_KEY environment variable (where `process.env` exists). */
  apiKey?: string | null | undefined;
  /**
   * Base URL of the API. Defaults to RELAY_BASE_URL, else the spec's server. In a browser a relative
   * URL (e.g. `"/api/relay"`) targets a same-origin proxy that adds the key server-side.
   */
  baseURL?: string | null | undefined;
  /** Per-attempt timeout in milliseconds (default 60 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: HeadersRecord | undefined;
  /** Query parameters sent with every request. */
  defaultQuery?: Record<string, string | undefined> | undefined;
  /** Custom fetch implementation. */
  fetch?: Fetch | undefined;
  /** Extra `RequestInit` fields passed to every fetch call (e.g. `keepalive`, `dispatcher`). */
  fetchOptions?: RequestInit | undefined;
  /** Secret used by `client.webhooks.verify/unwrap` when none is passed. Defaults to RELAY_WEBHOOK_SECRET. */
  webhookSecret?: string | null | undefined;
  /**
   * Sending a secret API key from a browser exposes it to every visitor. The client refuses unless
   * this is true. Prefer a same-origin proxy (construct the client without a key and a relative baseURL).
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

export interface RequestOptions {
  /** Per-attempt timeout in milliseconds for this call. */
  timeout?: number | undefined;
  /** Retries for this call. */
  maxRetries?: number | undefined;
  /** Extra headers for this call (`null` removes one). */
  headers?: HeadersRecord | undefined;
  /** Aborts the call (and any retries or open stream) when signalled. */
  signal?: AbortSignal | undefined;
  /** Idempotency key for operations that take one; generated (and kept across retries) when omitted. */
  idempotencyKey?: string | undefined;
  /** Extra query parameters for this call. */
  query?: object | undefined;
  /** Extra `RequestInit` fields for this call. */
  fetchOptions?: RequestInit | undefined;
}

export type HTTPMethod = "get" | "post" | "put" | "patch" | "delete";

/** How the success body is read. */
export type ResponseKind = "json" | "binary" | "sse";

/** @internal The options generated resource methods build. */
export interface FinalRequestOptions extends RequestOptions {
  method: HTTPMethod;
  path: string;
  body?: unknown;
  /** The operation takes an `Idempotency-Key` header: the SDK adds one when the caller did not. */
  idempotent?: boolean;
  responseKind?: ResponseKind;
  /** The operation needs no credentials (health checks). */
  noAuth?: boolean;
}
