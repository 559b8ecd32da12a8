import { APIPromise, type APIResponseProps } from "./api-promise.js";
import { g, getEnv, randomId } from "./env.js";
import { APIConnectionError, APIStatusError, APITimeoutError, APIUserAbortError, RelayError } from "./errors.js";
import { PagePromise } from "./pagination.js";
import { backoffDelay, IDEMPOTENCY_HEADER, RETRY_COUNT_HEADER, retryAfterMs, retryable } from "./retries.js";
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
  /** The spec's `info.version` the client was generated from (sent in the User-Agent). */
  apiVersion: string;
}

const JSON_TYPE = "application/json";

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
  readonly #options: ClientOptions;
  readonly #fetch: Fetch;
  /** Headers of every request: User-Agent (not in browsers, which forbid it) and Authorization (with a key). */
  readonly #headers: Record<string, string> = {};
  /** The abort controller of a finished request, with its number of uses, for the next one (see SPARE_USES). */
  #spare: [AbortController, number] | undefined;

  constructor(options: ClientOptions, defaults: ClientDefaults) {
    const apiKey = (options.apiKey !== undefined ? options.apiKey : getEnv("RELAY_API_KEY")) || null;
    // Node's version (also set by Bun and Deno's compat layer); a browser page or web worker has a document or importScripts.
    const node = g.process?.versions?.node;
    const browser = !node && (g.window?.document !== undefined || typeof g.importScripts == "function");
    if (apiKey && browser && !options.dangerouslyAllowBrowser) {
      throw new RelayError("API key in a browser: use a same-origin proxy, or dangerouslyAllowBrowser.");
    }
    if (!apiKey && !browser) throw new RelayError("No API key: pass `apiKey` or set RELAY_API_KEY.");
    if (!browser)
      this.#headers["user-agent"] =
        `relay-sdk-js/${VERSION} relay-api/${defaults.apiVersion} (${node ? "node/" + node : "unknown"})`;
    if (apiKey) this.#headers.authorization = "Bearer " + apiKey;
    this.#options = { ...options, apiKey };
    this.baseURL = resolveBaseURL(options.baseURL ?? getEnv("RELAY_BASE_URL") ?? defaults.baseURL);
    this.timeout = nonNegative("timeout", options.timeout ?? DEFAULT_TIMEOUT_MS);
    this.maxRetries = nonNegative("maxRetries", options.maxRetries ?? DEFAULT_MAX_RETRIES);
    if (!options.fetch && typeof fetch != "function") throw new RelayError("No global fetch: pass the `fetch` option.");
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    const secret = options.webhookSecret ?? getEnv("RELAY_WEBHOOK_SECRET");
    this.webhooks = new Webhooks(() => secret as string | undefined); // null: none (verify falls back to the env)
  }

  /** A copy of this client with some options changed (same key unless `apiKey` is given). */
  withOptions(options: Partial<ClientOptions>): this {
    return new (this.constructor as new (options: ClientOptions) => this)({
      ...this.#options,
      baseURL: this.baseURL,
      ...options,
    });
  }

  /** @internal Builds the full URL of a request. */
  buildURL(path: string, query: object | undefined): string {
    let params: URLSearchParams | undefined;
    const all: Record<string, unknown> = { ...this.#options.defaultQuery, ...query };
    for (const key in all) {
      for (const v of [all[key]].flat()) {
        if (v != null)
          (params ??= new URLSearchParams()).append(key, typeof v == "object" ? JSON.stringify(v) : String(v));
      }
    }
    return this.baseURL + path + (params ? "?" + params : "");
  }

  /** @internal Sends a request (with retries) and parses the body per `responseKind`. */
  request<T>(request: FinalRequestOptions, options?: RequestOptions): APIPromise<T> {
    return new APIPromise<T>(this.#send(request, options), parseBody<T>);
  }

  /** @internal A cursor-paginated list request. */
  requestAPIList<Item>(request: FinalRequestOptions, options?: RequestOptions): PagePromise<Item> {
    return new PagePromise<Item>(this, this.#send(request, options), parseBody);
  }

  /** @internal A server-sent-events request whose events are decoded by `decode`. */
  requestStream<Item>(
    request: FinalRequestOptions,
    decode: (event: ServerSentEvent) => Item | undefined,
    options?: RequestOptions,
  ): APIPromise<Stream<Item>> {
    return new APIPromise<Stream<Item>>(this.#send({ ...request, responseKind: "sse" }, options), async (props) =>
      Stream.fromSSEResponse<Item>(props.response, props.controller, decode, props.done),
    );
  }

  async #send(request: FinalRequestOptions, callOptions?: RequestOptions): Promise<APIResponseProps> {
    // Per-call options over the operation's request; query parameters and headers are merged.
    const options: FinalRequestOptions = callOptions
      ? { ...callOptions, ...request, query: { ...request.query, ...callOptions.query } }
      : request;
    const { method, signal: userSignal, responseKind: kind } = options;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = options.timeout ?? this.timeout;
    const url = this.buildURL(options.path, options.query);
    const body: string | undefined = JSON.stringify(options.body); // undefined without a body
    // Headers are the same for every attempt but the retry count. A plain record (lower-case names)
    // is cheaper than a Headers object. One idempotency key serves every attempt of this call.
    const headers: Record<string, string> = {
      ...this.#headers,
      accept: kind == "sse" ? "text/event-stream" : kind == "binary" ? "*/*" : JSON_TYPE,
    };
    if (options.noAuth) delete headers.authorization;
    if (body !== undefined) headers["content-type"] = JSON_TYPE;
    const key = options.idempotencyKey ?? (options.idempotent ? "relay-js-" + randomId() : undefined);
    if (key !== undefined) headers[IDEMPOTENCY_HEADER] = key;
    for (const extra of [this.#options.defaultHeaders, options.headers]) {
      for (const name in extra) {
        const value = extra[name];
        if (value === null) delete headers[name.toLowerCase()];
        else if (value !== undefined) headers[name.toLowerCase()] = value;
      }
    }
    // A POST is retried only when it really carries a key (the caller may have removed it).
    const hasKey = IDEMPOTENCY_HEADER in headers;

    for (let retry = 0; ; retry++) {
      if (userSignal?.aborted) throw new APIUserAbortError({ cause: userSignal.reason });
      // One controller per attempt (the spare one when there is one, see SPARE_USES): the timeout
      // (its reason is an APITimeoutError) and the caller's signal abort it.
      let [controller, uses] = this.#spare ?? [new AbortController(), 0];
      this.#spare = undefined;
      const timer = setTimeout(abortOnTimeout, timeout, controller);
      const onUserAbort = () => controller.abort(userSignal!.reason);
      userSignal?.addEventListener("abort", onUserAbort, { once: true });
      // `finished`: nobody reads this response any more (its body was read in full); said at most once.
      const done = (finished?: boolean) => {
        clearTimeout(timer);
        userSignal?.removeEventListener("abort", onUserAbort);
        if (finished && !controller.signal.aborted && ++uses < SPARE_USES) this.#spare = [controller, uses];
      };

      let response: Response | undefined;
      let error: unknown;
      let errorBody: unknown;
      try {
        response = await this.#fetch(url, {
          ...this.#options.fetchOptions,
          ...options.fetchOptions,
          method: method.toUpperCase(),
          body,
          headers: { ...headers, [RETRY_COUNT_HEADER]: "" + retry },
          signal: controller.signal,
        });
        if (response.ok) {
          // Streams live past the timeout (it bounds the wait for headers); JSON bodies are read under it.
          if (kind && kind != "json") clearTimeout(timer);
          return { response, options, controller, done };
        }
        errorBody = parseJSONOr(await response.text());
      } catch (err) {
        // A failed fetch (connection error, timeout, abort), or an error body that could not be read.
        if (userSignal?.aborted) {
          done();
          throw new APIUserAbortError({ cause: err });
        }
        error = response ? undefined : err;
      }
      done(true);
      const status = response?.status ?? 0;
      const responseHeaders = response?.headers;
      const wait = retryable(
        method,
        hasKey,
        status,
        (errorBody as { code?: unknown } | undefined)?.code,
        responseHeaders,
        maxRetries - retry,
      )
        ? (responseHeaders && retryAfterMs(responseHeaders, Date.now())) || backoffDelay(retry)
        : -1;
      if (wait < 0) {
        throw response
          ? APIStatusError.generate(status, errorBody, response.statusText || undefined, response.headers)
          : connectionError(controller.signal.aborted, `${method.toUpperCase()} ${url}`, error);
      }
      await sleep(wait, userSignal);
    }
  }

  /** What Node's `util.inspect` / `console.log` show: the options, and whether a key is set (never the key). */
  [Symbol.for("nodejs.util.inspect.custom")](): Record<string, unknown> {
    return { ...this.toJSON(), apiKey: this.#headers.authorization ? "[redacted]" : null };
  }

  toJSON(): Record<string, unknown> {
    return { baseURL: this.baseURL, timeout: this.timeout, maxRetries: this.maxRetries };
  }
}

/**
 * Aborting the controller of a request whose response has been read in full does nothing, so one
 * controller can serve several requests in turn: that saves creating an AbortController, and the fetch
 * implementation's setup of a new signal, on most sequential calls (about a tenth of a call's CPU with
 * Node's fetch). A controller is kept for the next request only once its body was read in full (a parsed
 * JSON or error body; never a response handed out unread: `asResponse()`, a stream, a binary body),
 * never once aborted, and for at most this many requests (undici leaves one listener on a signal per
 * request until that request is garbage-collected; its default listener limit is 10). Concurrent
 * requests each take a new one.
 */
const SPARE_USES = 8;

/** The error of a request that got no response; it names what was tried (a wrong baseURL shows at once). */
const connectionError = (timedOut: boolean, tried: string, cause: unknown): APIConnectionError =>
  timedOut
    ? new APITimeoutError({ message: `Request timed out: ${tried}.`, cause })
    : new APIConnectionError({ message: `Connection error: ${tried} could not be reached.`, cause });

const abortOnTimeout = (controller: AbortController) => controller.abort(new APITimeoutError());

/** Resolves after `ms`; rejects with an APIUserAbortError when `signal` aborts first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal!.reason }));
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The body parsed as JSON; the text itself when it is not JSON; undefined when empty. */
function parseJSONOr(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

function parseBody<T>({ response, options, controller, done }: APIResponseProps): Promise<T> {
  if (options.responseKind == "binary") {
    done();
    return Promise.resolve(response as T);
  }
  return response.text().then(
    (text) => {
      done(true);
      return parseJSONOr(text) as T;
    },
    (err: unknown) => {
      done();
      const reason: unknown = controller.signal.reason;
      throw reason instanceof APITimeoutError
        ? reason
        : options.signal?.aborted
          ? new APIUserAbortError({ cause: err })
          : err;
    },
  );
}

function resolveBaseURL(url: string): string {
  // Absolute, or relative to the page's origin in a browser (a same-origin proxy).
  const origin = g.location?.origin;
  try {
    return new URL(url, origin == "null" ? undefined : origin).href.replace(/\/+$/, "");
  } catch {
    throw new RelayError(`baseURL must be absolute outside a browser page (got '${url}').`);
  }
}

function nonNegative(name: string, value: number): number {
  if (!(value >= 0)) throw new RelayError(`${name} must be a non-negative number.`);
  return value;
}
