// Client runtime behaviour with fetch mocked: configuration, retries, idempotency keys, errors,
// timeouts and aborts, raw responses, pagination, streaming, redaction.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inspect } from "node:util";

import Relay, * as sdk from "../../dist/esm/index.js";
import { BASE_URL, hangingFetch, json, mockFetch, problem, sseResponse } from "./helpers.mjs";

const KEY = "relay_sk_live_supersecretvalue";
const client = (fetch, extra = {}) => new Relay({ apiKey: KEY, baseURL: BASE_URL, fetch, ...extra });
const ACTION = {
  id: "email.send",
  name: "Send email",
  description: "",
  provider: "independent",
  requires_connection: false,
  input_schema: {},
};
const fast = { "retry-after-ms": "1" };

describe("configuration", () => {
  it("sends the key as a bearer token, a user agent and JSON accept", async () => {
    const { fetch, calls } = mockFetch([json(ACTION)]);
    const action = await client(fetch).actions.retrieve("email.send");
    assert.equal(action.id, "email.send");
    assert.equal(calls[0].url, `${BASE_URL}/v1/actions/email.send`);
    assert.equal(calls[0].method, "GET");
    assert.equal(calls[0].headers.get("authorization"), `Bearer ${KEY}`);
    assert.match(calls[0].headers.get("user-agent"), /^relay-sdk-js\/\d+\.\d+\.\d+ /);
    assert.ok(calls[0].headers.get("user-agent").includes(` relay-api/${sdk.API_VERSION} `));
    assert.equal(calls[0].headers.get("accept"), "application/json");
    assert.equal(calls[0].headers.get("x-relay-retry-count"), "0");
  });

  it("reads RELAY_API_KEY and RELAY_BASE_URL from the environment", async () => {
    const saved = { key: process.env.RELAY_API_KEY, url: process.env.RELAY_BASE_URL };
    process.env.RELAY_API_KEY = "relay_sk_from_env";
    process.env.RELAY_BASE_URL = "http://env.test/";
    try {
      const { fetch, calls } = mockFetch([json({ status: "ok", version: "1" })]);
      const c = new Relay({ fetch });
      assert.equal(c.baseURL, "http://env.test");
      await c.workspace.retrieve().catch(() => undefined);
      assert.equal(calls[0].url, "http://env.test/v1/workspace");
      assert.equal(calls[0].headers.get("authorization"), "Bearer relay_sk_from_env");
    } finally {
      if (saved.key === undefined) delete process.env.RELAY_API_KEY;
      else process.env.RELAY_API_KEY = saved.key;
      if (saved.url === undefined) delete process.env.RELAY_BASE_URL;
      else process.env.RELAY_BASE_URL = saved.url;
    }
  });

  it("without a key (outside a browser) throws naming RELAY_API_KEY", () => {
    const saved = process.env.RELAY_API_KEY;
    delete process.env.RELAY_API_KEY;
    try {
      assert.throws(
        () => new Relay({ baseURL: BASE_URL }),
        (err) => err instanceof sdk.RelayError && /RELAY_API_KEY/.test(err.message),
      );
    } finally {
      if (saved !== undefined) process.env.RELAY_API_KEY = saved;
    }
  });

  it("defaults: spec server, 60 s timeout, 2 retries", () => {
    const saved = process.env.RELAY_BASE_URL;
    delete process.env.RELAY_BASE_URL;
    try {
      const c = new Relay({ apiKey: KEY });
      assert.equal(c.baseURL, sdk.DEFAULT_BASE_URL);
      assert.equal(c.timeout, 60_000);
      assert.equal(c.maxRetries, 2);
    } finally {
      if (saved !== undefined) process.env.RELAY_BASE_URL = saved;
    }
  });

  it("defaultHeaders are sent; per-call headers override and null removes", async () => {
    const { fetch, calls } = mockFetch([json(ACTION), json(ACTION)]);
    const c = client(fetch, { defaultHeaders: { "X-Team": "a", "X-Other": "1" } });
    await c.actions.retrieve("email.send");
    await c.actions.retrieve("email.send", { headers: { "X-Team": "b", "X-Other": null } });
    assert.equal(calls[0].headers.get("x-team"), "a");
    assert.equal(calls[1].headers.get("x-team"), "b");
    assert.equal(calls[1].headers.get("x-other"), null);
  });

  it("withOptions returns a modified copy that keeps the key", async () => {
    const { fetch, calls } = mockFetch([json(ACTION)]);
    const base = client(fetch);
    const copy = base.withOptions({ maxRetries: 5, timeout: 1234 });
    assert.ok(copy instanceof Relay);
    assert.notEqual(copy, base);
    assert.equal(copy.maxRetries, 5);
    assert.equal(copy.timeout, 1234);
    assert.equal(base.maxRetries, 2);
    await copy.actions.retrieve("email.send");
    assert.equal(calls[0].headers.get("authorization"), `Bearer ${KEY}`);
  });

  it("never shows the key in inspect, JSON or errors", async () => {
    const { fetch } = mockFetch([problem(401, "unauthenticated"), new TypeError("socket hang up")]);
    const c = client(fetch, { maxRetries: 0 });
    assert.ok(!inspect(c, { depth: 5, showHidden: true }).includes(KEY));
    assert.ok(!JSON.stringify(c).includes(KEY));
    for (const call of [() => c.workspace.retrieve(), () => c.workspace.retrieve()]) {
      const err = await call().then(
        () => assert.fail("expected an error"),
        (e) => e,
      );
      assert.ok(!inspect(err, { depth: 5 }).includes(KEY));
      assert.ok(!String(err.message).includes(KEY));
    }
  });

  it("path parameters are URL-encoded", async () => {
    const { fetch, calls } = mockFetch([json(ACTION)]);
    await client(fetch).actions.retrieve("a/b?c");
    assert.equal(calls[0].url, `${BASE_URL}/v1/actions/a%2Fb%3Fc`);
  });

  it("unauthenticated operations send no Authorization header", async () => {
    const { fetch, calls } = mockFetch([json({ status: "ok", version: "1.0.0" })]);
    const health = await client(fetch).health.check();
    assert.equal(health.status, "ok");
    assert.equal(calls[0].headers.get("authorization"), null);
  });

  it("rejects invalid timeout / maxRetries", () => {
    assert.throws(() => new Relay({ apiKey: KEY, baseURL: BASE_URL, timeout: -1 }), sdk.RelayError);
    assert.throws(() => new Relay({ apiKey: KEY, baseURL: BASE_URL, maxRetries: Number.NaN }), sdk.RelayError);
  });
});

describe("browser rules", () => {
  async function inFakeBrowser(fn) {
    const savedProcess = globalThis.process;
    const hadWindow = "window" in globalThis;
    globalThis.window = { document: {} };
    globalThis.location = { origin: "https://app.example.com" };
    Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });
    try {
      return await fn();
    } finally {
      Object.defineProperty(globalThis, "process", { value: savedProcess, configurable: true, writable: true });
      if (!hadWindow) delete globalThis.window;
      delete globalThis.location;
    }
  }

  it("refuses a secret key unless dangerouslyAllowBrowser", async () => {
    await inFakeBrowser(() => {
      assert.throws(() => new Relay({ apiKey: KEY, baseURL: BASE_URL }), /dangerouslyAllowBrowser/);
      assert.doesNotThrow(() => new Relay({ apiKey: KEY, baseURL: BASE_URL, dangerouslyAllowBrowser: true }));
    });
  });

  it("without a key targets a same-origin proxy (relative baseURL, no Authorization)", async () => {
    const { fetch, calls } = mockFetch([json(ACTION)]);
    await inFakeBrowser(async () => {
      const c = new Relay({ baseURL: "/api/relay", fetch });
      assert.equal(c.baseURL, "https://app.example.com/api/relay");
      await c.actions.retrieve("email.send");
    });
    assert.equal(calls[0].url, "https://app.example.com/api/relay/v1/actions/email.send");
    assert.equal(calls[0].headers.get("authorization"), null);
    assert.equal(calls[0].headers.get("user-agent"), null);
  });
});

describe("retries", () => {
  it("retries 429/500/502/503/504/408 with an incrementing retry-count header", async () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      const { fetch, calls } = mockFetch([
        problem(status, "x", {}, fast),
        problem(status, "x", {}, fast),
        json(ACTION),
      ]);
      const action = await client(fetch).actions.retrieve("email.send");
      assert.equal(action.id, "email.send", `status ${status}`);
      assert.deepEqual(
        calls.map((c) => c.headers.get("x-relay-retry-count")),
        ["0", "1", "2"],
      );
    }
  });

  it("gives up after maxRetries and raises the last error", async () => {
    const { fetch, calls } = mockFetch([
      problem(503, "service_unavailable", {}, fast),
      problem(503, "service_unavailable", {}, fast),
      problem(503, "service_unavailable", {}, fast),
    ]);
    await assert.rejects(client(fetch).actions.retrieve("email.send"), sdk.InternalServerError);
    assert.equal(calls.length, 3);
  });

  it("per-call maxRetries overrides the client's", async () => {
    const { fetch, calls } = mockFetch([problem(500, "internal_error", {}, fast)]);
    await assert.rejects(client(fetch).actions.retrieve("email.send", { maxRetries: 0 }), sdk.InternalServerError);
    assert.equal(calls.length, 1);
  });

  it("does not retry 400/401/403/404/422 or a 409 other than idempotency_in_progress", async () => {
    for (const [status, code] of [
      [400, "invalid_request"],
      [401, "unauthenticated"],
      [403, "forbidden"],
      [404, "not_found"],
      [422, "validation_failed"],
      [409, "confirm_token_used"],
    ]) {
      const { fetch, calls } = mockFetch([problem(status, code)]);
      await assert.rejects(client(fetch).actions.retrieve("email.send"), sdk.APIStatusError);
      assert.equal(calls.length, 1, `status ${status}`);
    }
  });

  it("retries 409 idempotency_in_progress", async () => {
    const exe = { id: "exe_x", status: "succeeded" };
    const { fetch, calls } = mockFetch([problem(409, "idempotency_in_progress", {}, fast), json(exe)]);
    const result = await client(fetch).actions.execute("email.send", { confirm_token: "tok" });
    assert.equal(result.id, "exe_x");
    assert.equal(calls.length, 2);
  });

  it("x-should-retry overrides the status rule both ways", async () => {
    let m = mockFetch([problem(500, "internal_error", {}, { "x-should-retry": "false" })]);
    await assert.rejects(client(m.fetch).actions.retrieve("email.send"), sdk.InternalServerError);
    assert.equal(m.calls.length, 1);
    m = mockFetch([problem(400, "invalid_request", {}, { "x-should-retry": "true", ...fast }), json(ACTION)]);
    await client(m.fetch).actions.retrieve("email.send");
    assert.equal(m.calls.length, 2);
  });

  it("a Retry-After over 60 s is raised at once, not slept through", async () => {
    const { fetch, calls } = mockFetch([problem(429, "rate_limited", {}, { "retry-after": "120" })]);
    const err = await client(fetch)
      .actions.retrieve("email.send")
      .then(
        () => assert.fail(),
        (e) => e,
      );
    assert.ok(err instanceof sdk.RateLimitError);
    assert.equal(err.headers.get("retry-after"), "120");
    assert.equal(calls.length, 1);
  });

  it("retries connection errors with backoff, then raises APIConnectionError", async () => {
    const { fetch, calls } = mockFetch([new TypeError("fetch failed"), new TypeError("fetch failed")]);
    const err = await client(fetch, { maxRetries: 1 })
      .actions.retrieve("email.send")
      .then(
        () => assert.fail(),
        (e) => e,
      );
    assert.ok(err instanceof sdk.APIConnectionError);
    assert.ok(!(err instanceof sdk.APITimeoutError));
    assert.equal(calls.length, 2);
  });

  it("POST without an Idempotency-Key (the caller removed it) is not retried", async () => {
    const { fetch, calls } = mockFetch([problem(503, "service_unavailable", {}, fast)]);
    const noKey = { headers: { "Idempotency-Key": null } };
    await assert.rejects(client(fetch).chat.send({ message: "hi" }, noKey), sdk.InternalServerError);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].headers.get("idempotency-key"), null);
  });

  it("chat.send carries an Idempotency-Key, so it is retried", async () => {
    const reply = { session_id: "chs_1", message: {}, suggestion: null };
    const { fetch, calls } = mockFetch([problem(503, "service_unavailable", {}, fast), json(reply)]);
    await client(fetch).chat.send({ message: "hi" });
    assert.equal(calls.length, 2);
    assert.match(calls[0].headers.get("idempotency-key"), /^relay-js-/);
    assert.equal(calls[1].headers.get("idempotency-key"), calls[0].headers.get("idempotency-key"));
  });
});

describe("idempotency keys", () => {
  it("generates one key per call for marked operations and keeps it across retries", async () => {
    const exe = { id: "exe_x" };
    const { fetch, calls } = mockFetch([
      problem(500, "internal_error", {}, fast),
      new TypeError("reset"),
      json(exe),
      json(exe),
    ]);
    const c = client(fetch);
    await c.actions.execute("email.send", { confirm_token: "tok" });
    await c.actions.execute("email.send", { confirm_token: "tok" });
    const keys = calls.map((call) => call.headers.get("idempotency-key"));
    assert.match(keys[0], /^relay-js-[0-9a-f-]{36}$/);
    assert.equal(keys[1], keys[0]);
    assert.equal(keys[2], keys[0]);
    assert.notEqual(keys[3], keys[0]);
    assert.deepEqual(JSON.parse(calls[0].body), { confirm_token: "tok" });
  });

  it("without crypto.randomUUID (Node 18 without the global) keys are still random and distinct", async () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      const { fetch, calls } = mockFetch(Array.from({ length: 50 }, () => json(ACTION)));
      const c = client(fetch);
      for (let i = 0; i < 50; i++) await c.actions.preview("email.send", { params: {} });
      const keys = calls.map((call) => call.headers.get("idempotency-key"));
      assert.ok(
        keys.every((k) => /^relay-js-[0-9a-z]{12,}$/.test(k)),
        keys[0],
      );
      assert.equal(new Set(keys).size, 50);
    } finally {
      Object.defineProperty(globalThis, "crypto", saved);
    }
  });

  it("uses the caller's key (option or header)", async () => {
    const { fetch, calls } = mockFetch([json({ id: "exe_1" }), json({ id: "key_1" })]);
    const c = client(fetch);
    await c.actions.execute("email.send", { confirm_token: "t" }, { idempotencyKey: "my-key-1" });
    await c.apiKeys.create({ name: "ci", role: "viewer" }, { headers: { "Idempotency-Key": "my-key-2" } });
    assert.equal(calls[0].headers.get("idempotency-key"), "my-key-1");
    assert.equal(calls[1].headers.get("idempotency-key"), "my-key-2");
  });

  it("a caller who removes the key (headers: null) turns retries off for that POST", async () => {
    const { fetch, calls } = mockFetch([problem(503, "service_unavailable", {}, fast)]);
    await assert.rejects(
      client(fetch).actions.execute("email.send", { confirm_token: "t" }, { headers: { "Idempotency-Key": null } }),
      sdk.InternalServerError,
    );
    assert.equal(calls.length, 1);
    assert.equal(calls[0].headers.get("idempotency-key"), null);
  });

  it("GET requests carry no key", async () => {
    const { fetch, calls } = mockFetch([json(ACTION)]);
    await client(fetch).actions.retrieve("email.send");
    assert.equal(calls[0].headers.get("idempotency-key"), null);
  });
});

describe("errors", () => {
  const table = [
    [400, sdk.BadRequestError],
    [401, sdk.AuthenticationError],
    [403, sdk.PermissionDeniedError],
    [404, sdk.NotFoundError],
    [409, sdk.ConflictError],
    [422, sdk.UnprocessableEntityError],
    [429, sdk.RateLimitError],
    [500, sdk.InternalServerError],
    [501, sdk.InternalServerError],
    [418, sdk.APIStatusError],
  ];
  for (const [status, cls] of table) {
    it(`${status} → ${cls.name}`, async () => {
      const errors = [{ pointer: "/params/to", message: "must be an email" }];
      const { fetch } = mockFetch([
        problem(status, "some_code", { errors }, { "x-request-id": "req_hdr", "x-should-retry": "false" }),
      ]);
      const err = await client(fetch)
        .actions.retrieve("email.send")
        .then(
          () => assert.fail(),
          (e) => e,
        );
      assert.ok(err instanceof cls);
      assert.ok(err instanceof sdk.APIStatusError);
      assert.ok(err instanceof sdk.RelayError);
      assert.equal(err.name, cls.name);
      assert.equal(err.status, status);
      assert.equal(err.code, "some_code");
      assert.equal(err.request_id, "req_123");
      assert.equal(err.requestID, "req_123");
      assert.deepEqual(err.errors, errors);
      assert.equal(err.problem.detail, "detail of some_code");
      assert.equal(err.headers.get("x-request-id"), "req_hdr");
      assert.match(err.message, /some_code/);
    });
  }

  it("a non-JSON error body keeps the raw text and the header request id", async () => {
    const { fetch } = mockFetch([
      new Response("Bad gateway", { status: 502, headers: { "x-request-id": "req_gw", "x-should-retry": "false" } }),
    ]);
    const err = await client(fetch)
      .actions.retrieve("email.send")
      .then(
        () => assert.fail(),
        (e) => e,
      );
    assert.ok(err instanceof sdk.InternalServerError);
    assert.equal(err.body, "Bad gateway");
    assert.equal(err.code, undefined);
    assert.deepEqual(err.errors, []);
    assert.equal(err.request_id, "req_gw");
  });
});

describe("timeouts and aborts", () => {
  it("a timeout raises APITimeoutError after the retries", async () => {
    const calls = [];
    const c = new Relay({ apiKey: KEY, baseURL: BASE_URL, fetch: hangingFetch(calls), timeout: 20, maxRetries: 1 });
    await assert.rejects(c.actions.retrieve("email.send"), sdk.APITimeoutError);
    assert.equal(calls.length, 2);
  });

  it("per-call timeout overrides the client's", async () => {
    const calls = [];
    const c = new Relay({ apiKey: KEY, baseURL: BASE_URL, fetch: hangingFetch(calls), maxRetries: 0 });
    await assert.rejects(c.actions.retrieve("email.send", { timeout: 10 }), sdk.APITimeoutError);
    assert.equal(calls.length, 1);
  });

  it("the caller's AbortSignal aborts without retrying", async () => {
    const calls = [];
    const c = new Relay({ apiKey: KEY, baseURL: BASE_URL, fetch: hangingFetch(calls) });
    const controller = new AbortController();
    const pending = c.actions.retrieve("email.send", { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, sdk.APIUserAbortError);
    assert.equal(calls.length, 1);
  });

  it("the caller's AbortSignal also ends a wait between retries", async () => {
    // The server asks for a 30 s wait; aborting during it rejects at once with APIUserAbortError.
    const { fetch, calls } = mockFetch([problem(503, "service_unavailable", {}, { "retry-after": "30" })]);
    const controller = new AbortController();
    const pending = client(fetch).actions.retrieve("email.send", { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, sdk.APIUserAbortError);
    assert.equal(calls.length, 1);
  });

  it("a timeout while the body is read raises APITimeoutError", async () => {
    // Headers arrive, the body never ends: the per-attempt timeout still applies to reading it.
    const fetch = async (_url, init) =>
      new Response(
        new ReadableStream({
          pull: () =>
            new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(init.signal.reason))),
        }),
      );
    const c = new Relay({ apiKey: KEY, baseURL: BASE_URL, fetch, timeout: 20, maxRetries: 0 });
    await assert.rejects(c.actions.retrieve("email.send"), sdk.APITimeoutError);
  });

  it("an already-aborted signal sends nothing", async () => {
    const { fetch, calls } = mockFetch([]);
    await assert.rejects(
      client(fetch).actions.retrieve("email.send", { signal: AbortSignal.abort() }),
      sdk.APIUserAbortError,
    );
    assert.equal(calls.length, 0);
  });
});

describe("abort controller reuse", () => {
  // A finished request's controller serves later requests (a saving per call); these are the rules
  // that keep that safe: only after its body was read, never once aborted, at most 8 times, one at a time.
  const signalsOf = (calls) => calls.map((c) => c.signal);
  const distinct = (signals) => new Set(signals).size;

  it("sequential JSON calls share a controller, at most 8 calls each", async () => {
    const { fetch, calls } = mockFetch(Array.from({ length: 17 }, () => json(ACTION)));
    const c = client(fetch);
    for (let i = 0; i < 17; i++) await c.actions.retrieve("email.send");
    const signals = signalsOf(calls);
    assert.equal(distinct(signals.slice(0, 8)), 1);
    assert.notEqual(signals[8], signals[7]);
    assert.equal(distinct(signals.slice(8, 16)), 1);
    assert.notEqual(signals[16], signals[15]);
    assert.ok(signals.every((s) => !s.aborted));
  });

  it("concurrent calls never share a controller", async () => {
    const { fetch, calls } = mockFetch(Array.from({ length: 6 }, () => async () => json(ACTION)));
    const c = client(fetch);
    await Promise.all([c.actions.retrieve("a"), c.actions.retrieve("b"), c.actions.retrieve("c")]);
    await Promise.all([c.actions.retrieve("a"), c.actions.retrieve("b"), c.actions.retrieve("c")]);
    assert.equal(distinct(signalsOf(calls).slice(0, 3)), 3);
    assert.equal(distinct(signalsOf(calls).slice(3)), 3);
  });

  it("a controller whose response is handed out unread (asResponse, stream, binary) is not reused", async () => {
    const { fetch, calls } = mockFetch([
      json(ACTION),
      json(ACTION),
      sseResponse(['event: done\ndata: {"type":"done"}\n\n']),
      new Response("bytes", { headers: { "content-type": "text/plain" } }),
      json(ACTION),
    ]);
    const c = client(fetch);
    const raw = await c.actions.retrieve("email.send").asResponse();
    await c.actions.retrieve("email.send");
    const stream = await c.chat.stream({ message: "hi" });
    await c.health.metrics();
    await c.actions.retrieve("email.send");
    const signals = signalsOf(calls);
    assert.equal(signals[2], signals[1], "the stream takes the controller the finished JSON call handed back");
    for (const unread of [0, 2, 3]) assert.notEqual(signals[4], signals[unread]);
    assert.equal(distinct(signals), 4);
    // The raw response and the stream are still readable after later calls on their own controllers.
    assert.equal((await raw.json()).id, "email.send");
    for await (const _ of stream) break;
  });

  it("a finished call asked for its response again does not hand its controller out twice", async () => {
    const { fetch, calls } = mockFetch(Array.from({ length: 3 }, () => async () => json(ACTION)));
    const c = client(fetch);
    const first = c.actions.retrieve("email.send");
    await first;
    await first.asResponse(); // releases the same attempt a second time
    await Promise.all([c.actions.retrieve("a"), c.actions.retrieve("b")]);
    assert.notEqual(calls[1].signal, calls[2].signal);
  });

  it("a timed-out controller is never reused", async () => {
    let n = 0;
    const hang = hangingFetch();
    const fetch = (url, init) => (n++ === 0 ? hang(url, init) : Promise.resolve(json(ACTION)));
    const calls = [];
    const recording = (url, init) => {
      calls.push(init.signal);
      return fetch(url, init);
    };
    const c = new Relay({ apiKey: KEY, baseURL: BASE_URL, fetch: recording, timeout: 20, maxRetries: 0 });
    await assert.rejects(c.actions.retrieve("email.send"), sdk.APITimeoutError);
    await c.actions.retrieve("email.send");
    assert.equal(calls[0].aborted, true);
    assert.notEqual(calls[1], calls[0]);
    assert.equal(calls[1].aborted, false);
  });

  it("a controller aborted through the caller's signal is never reused", async () => {
    const calls = [];
    const hang = hangingFetch(calls);
    let n = 0;
    const fetch = (url, init) => {
      if (n++ === 0) return hang(url, init);
      calls.push({ signal: init.signal });
      return Promise.resolve(json(ACTION));
    };
    const c = new Relay({ apiKey: KEY, baseURL: BASE_URL, fetch });
    const controller = new AbortController();
    const pending = c.actions.retrieve("email.send", { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(pending, sdk.APIUserAbortError);
    await c.actions.retrieve("email.send");
    assert.equal(calls[0].signal.aborted, true);
    assert.notEqual(calls[1].signal, calls[0].signal);
  });

  it("after an error response was read, the retry reuses the controller", async () => {
    const { fetch, calls } = mockFetch([problem(503, "service_unavailable", {}, fast), json(ACTION)]);
    await client(fetch).actions.retrieve("email.send");
    assert.equal(calls[1].signal, calls[0].signal);
    assert.equal(calls[1].signal.aborted, false);
  });
});

describe("raw responses", () => {
  it(".asResponse() gives the raw Response; .withResponse() data + response + request_id", async () => {
    const { fetch } = mockFetch([
      json(ACTION, 200, { "x-request-id": "req_a" }),
      json(ACTION, 200, { "x-request-id": "req_b" }),
    ]);
    const c = client(fetch);
    const response = await c.actions.retrieve("email.send").asResponse();
    assert.equal(response.status, 200);
    assert.equal((await response.json()).id, "email.send");
    const { data, response: raw, request_id } = await c.actions.retrieve("email.send").withResponse();
    assert.equal(data.id, "email.send");
    assert.equal(raw.headers.get("x-request-id"), "req_b");
    assert.equal(request_id, "req_b");
  });

  it("binary operations (audit export) resolve to the Response", async () => {
    const { fetch, calls } = mockFetch([
      new Response('{"id":"aud_1"}\n', { headers: { "content-type": "application/x-ndjson" } }),
    ]);
    const response = await client(fetch).auditEvents.export({ format: "ndjson" });
    assert.ok(response instanceof Response);
    assert.equal(await response.text(), '{"id":"aud_1"}\n');
    assert.equal(new URL(calls[0].url).searchParams.get("format"), "ndjson");
    assert.equal(calls[0].headers.get("accept"), "*/*");
  });
});

describe("pagination", () => {
  const page = (ids, next) =>
    json({ data: ids.map((id) => ({ ...ACTION, id })), has_more: next !== null, next_cursor: next });

  it("await gives the first page; getNextPage() the next", async () => {
    const { fetch, calls } = mockFetch([page(["a.a", "a.b"], "cur_1"), page(["a.c"], null)]);
    const first = await client(fetch).actions.list({ provider: "google", limit: 2 });
    assert.ok(first instanceof sdk.CursorPage);
    assert.deepEqual(
      first.data.map((a) => a.id),
      ["a.a", "a.b"],
    );
    assert.equal(first.has_more, true);
    assert.equal(first.next_cursor, "cur_1");
    assert.equal(first.hasNextPage(), true);
    const second = await first.getNextPage();
    assert.deepEqual(
      second.data.map((a) => a.id),
      ["a.c"],
    );
    assert.equal(second.hasNextPage(), false);
    await assert.rejects(second.getNextPage(), sdk.RelayError);
    assert.equal(new URL(calls[1].url).search, "?provider=google&limit=2&after=cur_1");
  });

  it("iterPages() walks pages; breaking early stops fetching", async () => {
    const { fetch, calls } = mockFetch([page(["a.a"], "c1"), page(["a.b"], "c2"), page(["a.c"], null)]);
    const first = await client(fetch).actions.list();
    const seen = [];
    for await (const p of first.iterPages()) {
      seen.push(p.data[0].id);
      if (seen.length === 2) break;
    }
    assert.deepEqual(seen, ["a.a", "a.b"]);
    assert.equal(calls.length, 2);
  });

  it("list methods with path parameters page too (webhookEndpoints.listDeliveries)", async () => {
    const { fetch, calls } = mockFetch([
      json({ data: [{ id: "dlv_1" }], has_more: true, next_cursor: "n" }),
      json({ data: [{ id: "dlv_2" }], has_more: false, next_cursor: null }),
    ]);
    const ids = [];
    for await (const d of client(fetch).webhookEndpoints.listDeliveries("whe_1", { limit: 1 })) ids.push(d.id);
    assert.deepEqual(ids, ["dlv_1", "dlv_2"]);
    assert.equal(calls[1].url, `${BASE_URL}/v1/webhook-endpoints/whe_1/deliveries?limit=1&after=n`);
  });
});

describe("chat streaming", () => {
  const events = [
    'event: text_delta\nid: 1\ndata: {"type":"text_delta","delta":"Hel"}\n\n',
    ": heartbeat\n\n",
    'event: text_delta\nid: 2\ndata: {"type":"text_delta","delta":"lo"}\n\n',
    'event: done\nid: 3\ndata: {"type":"done","session_id":"chs_1","message_id":"msg_1","text":"Hello"}\n\n',
  ];

  it("yields typed events and sends stream: true", async () => {
    const { fetch, calls } = mockFetch([sseResponse(events)]);
    const stream = await client(fetch).chat.stream({ message: "hi" });
    const got = [];
    for await (const event of stream) got.push(event);
    assert.deepEqual(
      got.map((e) => e.type),
      ["text_delta", "text_delta", "done"],
    );
    assert.equal(got.map((e) => (e.type === "text_delta" ? e.delta : "")).join(""), "Hello");
    assert.deepEqual(JSON.parse(calls[0].body), { message: "hi", stream: true });
    assert.equal(calls[0].headers.get("accept"), "text/event-stream");
  });

  it("breaking out of the loop closes the connection", async () => {
    const state = { hang: true };
    const { fetch, calls } = mockFetch([sseResponse(events.slice(0, 2), state)]);
    const stream = await client(fetch).chat.stream({ message: "hi" });
    for await (const event of stream) {
      assert.equal(event.type, "text_delta");
      break;
    }
    assert.equal(calls[0].signal.aborted, true);
    assert.equal(state.cancelled, true);
  });

  it("stream.close() aborts the request", async () => {
    const { fetch, calls } = mockFetch([sseResponse(events, { hang: true })]);
    const stream = await client(fetch).chat.stream({ message: "hi" });
    stream.close();
    assert.equal(calls[0].signal.aborted, true);
  });

  it("an error status before the stream starts raises the mapped error", async () => {
    const { fetch } = mockFetch([problem(403, "forbidden")]);
    await assert.rejects(client(fetch).chat.stream({ message: "hi" }), sdk.PermissionDeniedError);
  });
});

describe("package surface", () => {
  it("default export is Relay and the named error classes exist", () => {
    assert.equal(Relay, sdk.Relay);
    for (const name of [
      "RelayError",
      "APIConnectionError",
      "APITimeoutError",
      "APIStatusError",
      "BadRequestError",
      "AuthenticationError",
      "PermissionDeniedError",
      "NotFoundError",
      "ConflictError",
      "UnprocessableEntityError",
      "RateLimitError",
      "InternalServerError",
    ]) {
      assert.equal(typeof sdk[name], "function", name);
    }
    assert.ok(new sdk.APITimeoutError() instanceof sdk.APIConnectionError);
  });

  it("VERSION matches package.json", async () => {
    const { readFile } = await import("node:fs/promises");
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
    assert.equal(sdk.VERSION, pkg.version);
  });

  it("API_VERSION is the info.version of the spec it was generated from", async () => {
    const { readFile } = await import("node:fs/promises");
    const spec = await readFile(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8");
    const info = spec.slice(spec.indexOf("\ninfo:"));
    assert.equal(sdk.API_VERSION, /\n {2}version: ["']?([^"'\n]+)["']?\n/.exec(info)[1]);
  });

  it("every operation of the spec is reachable as client.<resource>.<method>", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8");
    // The `paths:` section only; operations sit at 6 spaces of indentation (path, method, fields).
    const start = text.indexOf("\npaths:\n");
    const end = text.slice(start + 1).search(/\n[a-z]/) + start + 1;
    const spec = text.slice(start, end);
    const ids = [...spec.matchAll(/^ {6}operationId:\s*([a-z_]+)\s*$/gm)].map((m) => m[1]);
    assert.ok(ids.length > 20);
    const c = new Relay({ apiKey: KEY, baseURL: BASE_URL });
    const camel = (s) => s.replace(/_([a-z0-9])/g, (_, ch) => ch.toUpperCase());
    const tags = [...spec.matchAll(/^ {6}tags:\s*\[([a-z_]+)\]\s*$/gm)].map((m) => m[1]);
    assert.equal(tags.length, ids.length);
    ids.forEach((id, i) => {
      const resource = camel(tags[i]);
      const method = camel(id.slice(tags[i].length + 1));
      assert.equal(typeof c[resource]?.[method], "function", `${resource}.${method}`);
    });
    assert.equal(typeof c.chat.stream, "function");
  });
});
