// A server-sent events parser that follows the WHATWG "event stream interpretation" rules:
// one leading BOM stripped; CR, LF and CRLF line ends (a CR at the end of a chunk waits for the next
// character); a line is split at its first colon and one leading space of the value is stripped;
// multi-line `data` is joined with LF; `id` persists across events and is ignored when it contains
// NUL; `retry` is used only when it is all ASCII digits (reported per event block); comments are ignored; an event that is not
// terminated by a blank line when the stream ends is discarded.

/** One dispatched server-sent event. */
export interface ServerSentEvent {
  /** The event type (`"message"` when the stream gave none). */
  event: string;
  /** The data lines joined with LF. */
  data: string;
  /** The last event id in effect when this event was dispatched (`""` when none). */
  id: string;
  /** The reconnection time (ms) a valid `retry` field of this event's block asked for, else `null`. */
  retry: number | null;
}

export interface SSEParser {
  /** Feeds the next decoded text chunk; returns the events it completed. */
  feed(chunk: string): ServerSentEvent[];
  /** Signals end of stream: a partial line or an unterminated event is discarded. */
  end(): ServerSentEvent[];
}

/** An incremental parser: feed it decoded text chunks in order, then call `end()`. */
export function createSSEParser(): SSEParser {
  let buffer: string | undefined; // undefined until the first non-empty chunk (whose BOM is stripped)
  let data: string[] | undefined; // undefined: no `data` field in this block
  let eventType = "";
  let lastEventId = "";
  let retry: number | null = null;
  let pendingCR = false;
  const reset = () => {
    data = undefined;
    eventType = "";
    retry = null;
  };

  return {
    feed(chunk) {
      const events: ServerSentEvent[] = [];
      if (!chunk) return events;
      // Lines end at CRLF, CR or LF; after a CR that ends a chunk, an LF starting the next one is skipped.
      if (pendingCR && chunk[0] == "\n") chunk = chunk.slice(1);
      const text = buffer === undefined ? chunk.replace(/^\ufeff/, "") : buffer + chunk;
      pendingCR = text.endsWith("\r");
      const lines = text.split(/\r\n?|\n/);
      buffer = lines.pop();
      for (const line of lines) {
        // Field up to the first colon (the whole line without one), value after it minus one space;
        // a comment (empty field) matches no branch.
        const [, field, value] = /^([^:]*):? ?(.*)/s.exec(line)!;
        if (!line) {
          // Blank line: dispatch (only when the block had data); the event type and retry reset either way.
          if (data) events.push({ event: eventType || "message", data: data.join("\n"), id: lastEventId, retry });
          reset();
        } else if (field == "event") eventType = value;
        else if (field == "data") (data ??= []).push(value);
        else if (field == "id") lastEventId = value.includes("\0") ? lastEventId : value;
        else if (field == "retry" && /^\d+$/.test(value)) retry = +value;
      }
      return events;
    },
    end() {
      buffer = "";
      pendingCR = false;
      reset();
      return [];
    },
  };
}

/** Parses a byte stream into server-sent events (UTF-8, one leading BOM stripped). */
export async function* iterSSE(
  body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const parser = createSSEParser();
  // feed() ignores empty text (a chunk that ended inside a multi-byte character).
  for await (const chunk of iterBytes(body)) yield* parser.feed(decoder.decode(chunk, { stream: true }));
  yield* parser.feed(decoder.decode());
  parser.end();
}

/** Iterates a ReadableStream (or any async iterable) of bytes; cancels the stream on early exit. */
export async function* iterBytes(
  body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in body) {
    yield* body as AsyncIterable<Uint8Array>;
    return;
  }
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  try {
    for (let result: ReadableStreamReadResult<Uint8Array>; !(result = await reader.read()).done; ) yield result.value;
  } finally {
    // Early exit: cancel the stream (closes the connection); after the end this is a no-op.
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
