// Test helpers: a recording fetch mock and the shared contract vectors.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const VECTORS_DIR = join(here, "..", "..", "..", "contract-tests", "vectors");

export function loadVectors(name) {
  return JSON.parse(readFileSync(join(VECTORS_DIR, name), "utf8"));
}

/** A JSON response. */
export function json(body, status = 200, headers = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** An RFC 9457 problem response. */
export function problem(status, code, extra = {}, headers = {}) {
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title: code,
      status,
      code,
      request_id: "req_123",
      detail: `detail of ${code}`,
      ...extra,
    }),
    { status, headers: { "content-type": "application/problem+json", ...headers } },
  );
}

/**
 * A fetch mock that answers each call with the next item of `script` (a Response, an Error to
 * throw, or a function (url, init) => Response | Promise<Response>) and records every call.
 */
export function mockFetch(script) {
  const calls = [];
  let i = 0;
  const fetch = async (url, init = {}) => {
    const headers = new Headers(init.headers);
    calls.push({ url: String(url), method: init.method, headers, body: init.body, signal: init.signal });
    if (i >= script.length) throw new Error(`mockFetch: unexpected call #${i + 1} to ${url}`);
    const step = script[i++];
    if (step instanceof Error) throw step;
    if (typeof step === "function") return step(String(url), init);
    return step;
  };
  return { fetch, calls };
}

/** A fetch that never answers but rejects when its signal aborts (like the real one). */
export function hangingFetch(calls = []) {
  return (url, init = {}) => {
    calls.push({ url: String(url), headers: new Headers(init.headers), signal: init.signal });
    return new Promise((_, reject) => {
      const signal = init.signal;
      // A real fetch holds a socket open meanwhile; this handle stands in for it.
      const socket = setInterval(() => {}, 1000);
      const fail = () => {
        clearInterval(socket);
        reject(signal.reason instanceof Error ? signal.reason : new DOMException("aborted", "AbortError"));
      };
      if (signal?.aborted) fail();
      signal?.addEventListener("abort", fail, { once: true });
    });
  };
}

/** A Response whose body is a stream of the given text chunks; reports cancellation. */
export function sseResponse(chunks, state = {}) {
  const encoder = new TextEncoder();
  let index = 0;
  const body = new ReadableStream({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]));
      else if (state.hang)
        return new Promise(() => {}); // the server keeps the connection open
      else controller.close();
      return undefined;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
}

export const BASE_URL = "http://relay.test";
