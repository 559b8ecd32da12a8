// The shared contract vectors (contract-tests/vectors/*.json) run against the TypeScript SDK.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { backoffDelay, createSSEParser, iterSSE, parseRetryAfter, shouldRetry } from "../../dist/esm/core/index.js";
import { signWebhook, verifyWebhook } from "../../dist/esm/core/webhooks.js";
import Relay, { WebhookVerificationError } from "../../dist/esm/index.js";
import { BASE_URL, json, loadVectors, mockFetch } from "./helpers.mjs";

const headersOf = (record) => new Headers(record);

describe("sse_streams.json", () => {
  const vectors = loadVectors("sse_streams.json");
  for (const c of vectors.cases) {
    it(`${c.name} (string chunks)`, () => {
      const parser = createSSEParser();
      const events = [];
      for (const chunk of c.chunks) events.push(...parser.feed(chunk));
      events.push(...parser.end());
      assert.deepEqual(events, c.events);
    });
    it(`${c.name} (UTF-8 byte stream)`, async () => {
      const encoder = new TextEncoder();
      async function* bytes() {
        for (const chunk of c.chunks) yield encoder.encode(chunk);
      }
      const events = [];
      for await (const event of iterSSE(bytes())) events.push(event);
      assert.deepEqual(events, c.events);
    });
  }
  it("a ReadableStream without async iteration (Safari) is read with a reader, cancelled on early exit", async () => {
    const encoder = new TextEncoder();
    const chunks = ["data: a\n\n", "data: b\r", "\n\r\n", "data: c\n\n"];
    let cancelled = false;
    const stream = new ReadableStream({
      pull(controller) {
        if (chunks.length) controller.enqueue(encoder.encode(chunks.shift()));
        else return new Promise(() => {}); // the connection stays open
        return undefined;
      },
      cancel() {
        cancelled = true;
      },
    });
    const readerOnly = { getReader: () => stream.getReader() }; // no Symbol.asyncIterator
    const data = [];
    for await (const event of iterSSE(readerOnly)) {
      data.push(event.data);
      if (data.length === 3) break;
    }
    assert.deepEqual(data, ["a", "b", "c"]);
    assert.equal(cancelled, true);
  });
  it("a multi-byte character split across byte chunks is decoded whole", async () => {
    const bytes = new TextEncoder().encode("data: caf\u00e9\n\n");
    async function* split() {
      yield bytes.slice(0, 9); // ends inside the two bytes of é
      yield bytes.slice(9);
    }
    const events = [];
    for await (const event of iterSSE(split())) events.push(event);
    assert.deepEqual(
      events.map((e) => e.data),
      ["caf\u00e9"],
    );
  });
});

describe("retry_decisions.json", () => {
  const vectors = loadVectors("retry_decisions.json");
  for (const c of vectors.cases) {
    it(c.name, () => {
      const outcome =
        c.outcome.kind === "status"
          ? { kind: "status", status: c.outcome.status, problemCode: c.outcome.problem_code }
          : { kind: c.outcome.kind };
      const decision = shouldRetry({
        method: c.method,
        hasIdempotencyKey: c.has_idempotency_key,
        outcome,
        headers: headersOf(c.response_headers),
        retriesRemaining: c.retries_remaining,
      });
      assert.equal(decision ? "retry" : "no_retry", c.expected);
    });
  }
});

describe("retry_after.json", () => {
  const vectors = loadVectors("retry_after.json");
  for (const c of vectors.cases) {
    it(c.name, () => {
      const result = parseRetryAfter(headersOf(c.headers), c.now * 1000);
      assert.equal(result.kind, c.expected.kind);
      if (c.expected.kind === "delay")
        assert.ok(Math.abs(result.ms / 1000 - c.expected.seconds) < 1e-6, `${result.ms} ms`);
    });
  }
  for (const b of vectors.backoff.cases) {
    it(`backoff retry_number=${b.retry_number}`, () => {
      // random() = 0 → jitter 1.0 (upper bound); random() → 1 → jitter 0.75 (lower bound).
      const high = backoffDelay(b.retry_number, () => 0) / 1000;
      const low = backoffDelay(b.retry_number, () => 1) / 1000;
      assert.ok(Math.abs(high - b.max_seconds) < 1e-9, `max ${high}`);
      assert.ok(Math.abs(low - b.min_seconds) < 1e-9, `min ${low}`);
      for (let i = 0; i < 20; i++) {
        const d = backoffDelay(b.retry_number) / 1000;
        assert.ok(d >= b.min_seconds - 1e-9 && d <= b.max_seconds + 1e-9, `${d}`);
      }
    });
  }
});

describe("webhook_signatures.json", () => {
  const vectors = loadVectors("webhook_signatures.json");
  for (const c of vectors.cases) {
    it(c.name, async () => {
      const verify = () =>
        verifyWebhook(c.payload, {
          headers: c.headers,
          secret: c.secret,
          now: c.now,
          tolerance: vectors.tolerance_seconds,
        });
      if (c.expected.valid) {
        await verify();
        // Each valid case is also a signing vector.
        const h = new Headers(c.headers);
        const signature = await signWebhook(c.payload, {
          id: h.get("webhook-id"),
          timestamp: h.get("webhook-timestamp"),
          secret: c.secret,
        });
        assert.ok(h.get("webhook-signature").split(" ").includes(signature), signature);
      } else {
        await assert.rejects(verify, (err) => err instanceof WebhookVerificationError && err.kind === c.expected.error);
      }
    });
  }
  it("client.webhooks.unwrap verifies bytes and parses the event", async () => {
    const c = vectors.cases.find((x) => x.name === "valid");
    const client = new Relay({ apiKey: "relay_sk_test", baseURL: BASE_URL, webhookSecret: c.secret });
    const body = new TextEncoder().encode(c.payload);
    const event = await client.webhooks.unwrap(body, { headers: new Headers(c.headers), now: c.now });
    assert.equal(event.type, "execution.succeeded");
    await assert.rejects(
      client.webhooks.unwrap(`${c.payload} `, { headers: c.headers, now: c.now }),
      (err) => err instanceof WebhookVerificationError && err.kind === "invalid_signature",
    );
  });
});

describe("pagination.json", () => {
  const vectors = loadVectors("pagination.json");
  for (const c of vectors.cases) {
    it(c.name, async () => {
      const { fetch, calls } = mockFetch(c.pages.map((page) => json(page)));
      const client = new Relay({ apiKey: "relay_sk_test", baseURL: BASE_URL, fetch });
      const ids = [];
      for await (const item of client.actions.list(c.params)) ids.push(item.id);
      assert.deepEqual(ids, c.expected_items);
      const queries = calls.map((call) => Object.fromEntries(new URL(call.url).searchParams));
      const expected = c.expected_requests.map((q) =>
        Object.fromEntries(Object.entries(q).map(([k, v]) => [k, String(v)])),
      );
      assert.deepEqual(queries, expected);
    });
  }
});
