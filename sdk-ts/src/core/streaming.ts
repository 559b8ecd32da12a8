import { RelayError } from "./errors.js";
import { iterSSE, type ServerSentEvent } from "./sse.js";

/**
 * An async iterable of typed events read from a server-sent-events response. Iterate it once with
 * `for await`; leaving the loop early (`break`, `return`, a thrown error) closes the connection.
 */
export class Stream<Item> implements AsyncIterable<Item> {
  #source: (() => AsyncGenerator<Item>) | undefined;

  constructor(
    source: () => AsyncGenerator<Item>,
    /** Aborting this controller closes the underlying connection. */
    readonly controller: AbortController,
    readonly response: Response,
  ) {
    this.#source = source;
  }

  static fromSSEResponse<Item>(
    response: Response,
    controller: AbortController,
    decode: (event: ServerSentEvent) => Item | undefined,
    onClose?: () => void,
  ): Stream<Item> {
    async function* events(): AsyncGenerator<Item> {
      let finished = false;
      try {
        if (!response.body) throw new RelayError("No response body.");
        for await (const sse of iterSSE(response.body)) {
          const item = decode(sse);
          if (item !== undefined) yield item;
        }
        finished = true;
      } finally {
        if (!finished) controller.abort();
        onClose?.();
      }
    }
    return new Stream(events, controller, response);
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    const source = this.#source;
    if (!source) throw new RelayError("A Stream can be iterated once.");
    this.#source = undefined;
    return source();
  }

  /** Closes the connection without reading further. */
  close(): void {
    this.controller.abort();
  }
}
