import { APIPromise, type APIResponseProps } from "./api-promise.js";
import { browserOrigin, getEnv, isBrowser, platformDescription, sleep, uuid4 } from "./env.js";
import { APIConnectionError, APIStatusError, APITimeoutError, APIUserAbortError, RelayError } from "./errors.js";
import { PagePromise } from "./pagination.js";
import { backoffDelay, IDEMPOTENCY_HEADER, RETRY_COUNT_HEADER, retryable, retryAfterMs } from "./retries.js";
import type { ServerSentEvent } from "./sse.js";
import { Stream } from "./streaming.js";
import type { ClientOptions, Fetch, FinalRequestOptions, RequestOptions } from "./types.js";
import { VERSION } from "./version.js";
import { Webhooks } from "./webhooks.js";

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

/** Static facts the generated client passes in (from the spec). */
export interface ClientDefaults {
  baseURL: string;
}

/**
 * The hand-written runtime under the generated `Relay` class: configuration, request building,
 * retries, timeouts, error mapping, pagination and streaming. The API key lives in a private field:
 * it never appears in `console.log(client)`, `JSON.stringify(client)`, errors or messages.
 */
export class BaseClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly webhooks: Webhooks<unknown>;
  readonly #apiKey: string | null;
  readonly #options: ClientOptions;
  readonly #fetch: Fetch;
  readonly #userAgent: string | undefined;

  constructor(options: ClientOptions, defaults: ClientDefaults) {
    const apiKey = (options.apiKey !== undefined ? options.apiKey : getEnv("RELAY_API_KEY")) || null;
    const browser = isBrowser();
    if (apiKey && browser && !options.dangerouslyAllowBrowser) {
      throw new RelayError("API key in a browser: use a same-origin proxy (see README), or dangerouslyAllowBrowser.");
    }
    if (!apiKey && !browser) throw new RelayError("No API key: pass `apiKey` or set RELAY_API_KEY.");
    this.#apiKey = apiKey;
    this.#userAgent = browser ? undefined : `relay-sdk-js/${VERSION} (${platformDescription()})`;
    this.#options = { ...options, apiKey };
    this.baseURL = resolveBaseURL(options.baseURL ?? getEnv("RELAY_BASE_URL") ?? defaults.baseURL);
    this.timeout = nonNegative("timeout", options.timeout ?? DEFAULT_TIMEOUT_MS);
    this.maxRetries = nonNegative("maxRetries", options.maxRetries ?? DEFAULT_MAX_RETRIES);
    if (!options.fetch && typeof fetch != "function") throw new RelayError("No global fetch: pass the `fetch` option.");
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    const secret = options.webhookSecret ?? getEnv("RELAY_WEBHOOK_SECRET");
    this.webhooks = new Webhooks(() => secret ?? undefined);
  }

  /** A copy of this client with some options changed (same key unless `apiKey` is given). */
  withOptions(options: Partial<ClientOptions>): this {
    return new (this.constructor as new (options: ClientOptions) => this)({ ...this.#options, baseURL: this.baseURL, ...options });
  }

  /** @internal Builds the full URL of a request. */
  buildURL(path: string, query: object | undefined): string {
    const params = new URLSearchParams();
    const all: Record<string, unknown> = { ...this.#options.defaultQuery, ...query };
    for (const key in all) {
      for (const v of [all[key]].flat()) {
        if (v != null) params.append(key, typeof v == "object" ? JSON.stringify(v) : String(v));
      }
    }
    const qs = `${params}`;
    return this.baseURL + path + (qs && "?" + qs);
  }

  /** @internal Sends a request (with retries) and parses the body per `responseKind`. */
  request<T>(request: FinalRequestOptions, options?: RequestOptions): APIPromise<T> {
    return new APIPromise<T>(this.makeRequest(request, options), parseBody<T>);
  }

  /** @internal A cursor-paginated list request. */
  requestAPIList<Item>(request: FinalRequestOptions, options?: RequestOptions): PagePromise<Item> {
    return new PagePromise<Item>(this, this.makeRequest(request, options), parseBody);
  }

  /** @internal A server-sent-events request whose events are decoded by `decode`. */
  requestStream<Item>(
    request: FinalRequestOptions,
    decode: (event: ServerSentEvent) => Item | undefined,
    options?: RequestOptions,
  ): APIPromise<Stream<Item>> {
    return new APIPromise<Stream<Item>>(this.makeRequest({ ...request, responseKind: "sse" }, options), async (props) =>
      Stream.fromSSEResponse<Item>(props.response, props.controller, decode, props.done),
    );
  }

  private async makeRequest(request: FinalRequestOptions, callOptions?: RequestOptions): Promise<APIResponseProps> {
    // Per-call options over the operation's request; query parameters and headers are merged.
    const options: FinalRequestOptions = {
      ...callOptions,
      ...request,
      query: { ...request.query, ...callOptions?.query },
    };
    const { method, signal: userSignal, responseKind: kind, body: payload } = options;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const url = this.buildURL(options.path, options.query);
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    // Headers are the same for every attempt but the retry count. A plain record (lower-case names)
    // is cheaper than a Headers object. One idempotency key serves every attempt of this call.
    const headers: Record<string, string> = {
      accept: kind === "sse" ? "text/event-stream" : kind === "binary" ? "*/*" : "application/json",
    };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.#userAgent) headers["user-agent"] = this.#userAgent;
    if (this.#apiKey && !options.noAuth) headers.authorization = `Bearer ${this.#apiKey}`;
    const key = options.idempotencyKey ?? (options.idempotent ? `relay-js-${uuid4()}` : undefined);
    if (key !== undefined) headers[IDEMPOTENCY_HEADER] = key;
    const extra = { ...this.#options.defaultHeaders, ...options.headers };
    for (const name in extra) {
      const value = extra[name];
      if (value === null) delete headers[name.toLowerCase()];
      else if (value !== undefined) headers[name.toLowerCase()] = value;
    }
    // A POST is retried only when it really carries a key (the caller may have removed it).
    const hasKey = IDEMPOTENCY_HEADER in headers;
    const init: RequestInit = { ...this.#options.fetchOptions, ...options.fetchOptions, method: method.toUpperCase() };
    if (body !== undefined) init.body = body;

    for (let retry = 0; ; retry++) {
      if (userSignal?.aborted) throw new APIUserAbortError({ cause: userSignal.reason });
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new APITimeoutError());
      }, options.timeout ?? this.timeout);
      const onUserAbort = () => controller.abort(userSignal?.reason);
      userSignal?.addEventListener("abort", onUserAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        userSignal?.removeEventListener("abort", onUserAbort);
      };
      const remaining = maxRetries - retry;

      let response: Response;
      try {
        response = await this.#fetch(url, {
          ...init,
          headers: { ...headers, [RETRY_COUNT_HEADER]: String(retry) },
          signal: controller.signal,
        });
      } catch (err) {
        done();
        if (userSignal?.aborted) throw new APIUserAbortError({ cause: err });
        if (!retryable(method, hasKey, 0, null, undefined, remaining)) {
          throw timedOut ? new APITimeoutError({ cause: err }) : new APIConnectionError({ cause: err });
        }
        await sleepOrAbort(backoffDelay(retry), userSignal);
        continue;
      }

      if (response.ok) {
        // Streams live past the timeout (it bounds the wait for headers); JSON bodies are read under it.
        if (kind && kind !== "json") clearTimeout(timer);
        return { response, options, controller, done };
      }

      let errorBody: unknown;
      try {
        const text = await response.text();
        errorBody = text ? parseJSONOr(text) : undefined;
      } catch (err) {
        if (userSignal?.aborted) throw new APIUserAbortError({ cause: err });
      } finally {
        done();
      }
      const { status, headers: responseHeaders } = response;
      const wait = retryable(method, hasKey, status, (errorBody as { code?: unknown } | undefined)?.code, responseHeaders, remaining)
        ? retryAfterMs(responseHeaders, Date.now()) || backoffDelay(retry)
        : -1;
      if (wait < 0) throw APIStatusError.generate(status, errorBody, response.statusText || undefined, responseHeaders);
      await sleepOrAbort(wait, userSignal);
    }
  }

  /** Keeps the key out of Node's `util.inspect` / `console.log`. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `${this.constructor.name} { baseURL: '${this.baseURL}', apiKey: ${this.#apiKey ? "'[redacted]'" : "null"} }`;
  }

  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL, timeout: this.timeout, maxRetries: this.maxRetries };
  }
}

async function sleepOrAbort(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (err) {
    throw new APIUserAbortError({ cause: err });
  }
}

function parseJSONOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function parseBody<T>(props: APIResponseProps): Promise<T> {
  const { response, options, controller } = props;
  try {
    if (options.responseKind === "binary") return response as T;
    const text = await response.text();
    return (text ? parseJSONOr(text) : undefined) as T;
  } catch (err) {
    const reason: unknown = controller.signal.reason;
    if (reason instanceof APITimeoutError) throw reason;
    if (options.signal?.aborted) throw new APIUserAbortError({ cause: err });
    throw err;
  } finally {
    props.done();
  }
}

function resolveBaseURL(url: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    // A relative URL is a same-origin proxy: only meaningful in a browser page.
    const origin = browserOrigin();
    if (!origin) throw new RelayError(`baseURL must be absolute outside a browser page (got '${url}').`);
    url = new URL(url, origin).href;
  }
  return url.replace(/\/+$/, "");
}

function nonNegative(name: string, value: number): number {
  if (!(value >= 0)) throw new RelayError(`${name} must be a non-negative number.`);
  return value;
}
