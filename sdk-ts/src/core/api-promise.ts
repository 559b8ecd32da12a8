import type { FinalRequestOptions } from "./types.js";

/** What a finished HTTP exchange hands to response parsers. */
export interface APIResponseProps {
  response: Response;
  options: FinalRequestOptions;
  controller: AbortController;
  /**
   * Releases the request's timeout timer and signal listeners. `finished`: the body was read in full
   * (said once, by the parser), so the request's abort controller may serve a later request.
   */
  done: (finished?: boolean) => void;
}

export interface WithResponse<T> {
  data: T;
  response: Response;
  request_id: string | null;
}

/**
 * The promise every API method returns. `await` it for the parsed body; `.asResponse()` gives the
 * raw `Response` (body unread); `.withResponse()` gives the parsed body together with the response.
 */
export class APIPromise<T> extends Promise<T> {
  #parsed: Promise<T> | undefined;
  readonly #response: Promise<APIResponseProps>;
  readonly #parse: (props: APIResponseProps) => Promise<T>;

  constructor(responsePromise: Promise<APIResponseProps>, parseResponse: (props: APIResponseProps) => Promise<T>) {
    // The base promise is never observed: then/catch/finally delegate to parse().
    super(() => {});
    this.#response = responsePromise;
    this.#parse = parseResponse;
  }

  /** The raw `Response`, body unread (retries and error mapping already applied). */
  asResponse(): Promise<Response> {
    return this.#response.then((props) => {
      props.done();
      return props.response;
    });
  }

  /** The parsed body together with the raw `Response` and the request id. */
  async withResponse(): Promise<WithResponse<T>> {
    const data = await this.#parsedBody();
    const { response } = await this.#response;
    return { data, response, request_id: response.headers.get("x-request-id") };
  }

  #parsedBody(): Promise<T> {
    return (this.#parsed ??= this.#response.then(this.#parse));
  }

  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#parsedBody().then(onfulfilled, onrejected);
  }

  // `catch` and `finally` call `this.then`; derived promises are plain Promises.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }
}
