// Integration tests: every operation of the spec through the SDK against the live reference server.
// The harness (nox session `tests-node`, or you) starts `relay-server serve` and sets:
//   RELAY_TEST_BASE_URL  e.g. http://127.0.0.1:8931
//   RELAY_TEST_API_KEY   an admin key of a fresh workspace (`relay-server workspaces create --json`)
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after, before, describe, it } from "node:test";

import Relay, * as sdk from "../../dist/esm/index.js";

const BASE_URL = process.env.RELAY_TEST_BASE_URL;
const API_KEY = process.env.RELAY_TEST_API_KEY;
const skip =
  !BASE_URL || !API_KEY
    ? "RELAY_TEST_BASE_URL / RELAY_TEST_API_KEY not set: start relay-server and export them (nox -s tests-node does)"
    : false;

const called = new Set();
/** Wraps a client so every resource method call is recorded as "resource.method". */
function tracked(client) {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== "string" || !isResource(value)) return value;
      return new Proxy(value, {
        get(res, method) {
          const fn = Reflect.get(res, method);
          if (typeof fn !== "function" || typeof method !== "string") return fn;
          return (...args) => {
            called.add(`${prop}.${method}`);
            return fn.apply(res, args);
          };
        },
      });
    },
  });
}
function isResource(value) {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(Object.getPrototypeOf(value))?.constructor?.name === "APIResource"
  );
}
function allOperations(client) {
  const out = [];
  for (const [prop, value] of Object.entries(client)) {
    if (!isResource(value)) continue;
    for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(value))) {
      if (name !== "constructor") out.push(`${prop}.${name}`);
    }
  }
  return out.sort();
}

/** A local HTTP receiver for webhook deliveries and webhook.post executions. */
function startReceiver() {
  const received = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      received.push({ url: req.url, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, received, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

async function waitFor(predicate, what, attempts = 100) {
  for (let i = 0; i < attempts; i++) {
    const value = predicate();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe("live reference server", { skip }, () => {
  let client;
  let receiver;

  before(async () => {
    client = tracked(new Relay({ apiKey: API_KEY, baseURL: BASE_URL, maxRetries: 2 }));
    receiver = await startReceiver();
  });
  after(() => receiver?.server.close());

  it("health.check / ready / metrics (unauthenticated)", async () => {
    const health = await client.health.check();
    assert.equal(health.status, "ok");
    const ready = await client.health.ready();
    assert.equal(ready.status, "ready");
    const metrics = await client.health.metrics();
    assert.ok(metrics instanceof Response);
    assert.match(await metrics.text(), /# (HELP|TYPE) /);
  });

  it("workspace.retrieve", async () => {
    const { data, response, request_id } = await client.workspace.retrieve().withResponse();
    assert.match(data.id, /^ws_[a-z2-7]{24}$/);
    assert.ok(data.rate_limit.requests_per_minute >= 1);
    assert.equal(response.status, 200);
    assert.match(request_id, /^req_/);
  });

  it("apiKeys.create / retrieve / list / revoke, and a viewer key is forbidden to write", async () => {
    const created = await client.apiKeys.create({ name: "ts-sdk viewer", role: "viewer" });
    assert.match(created.id, /^key_/);
    assert.ok(created.secret.length > 20);
    const fetched = await client.apiKeys.retrieve(created.id);
    assert.equal(fetched.name, "ts-sdk viewer");
    const ids = [];
    for await (const key of client.apiKeys.list({ limit: 1 })) ids.push(key.id);
    assert.ok(ids.includes(created.id), "auto-pagination over limit=1 pages reaches the new key");

    const viewer = new Relay({ apiKey: created.secret, baseURL: BASE_URL });
    await viewer.workspace.retrieve();
    const err = await viewer.apiKeys.create({ name: "nope", role: "admin" }).then(
      () => assert.fail(),
      (e) => e,
    );
    assert.ok(err instanceof sdk.PermissionDeniedError);
    assert.equal(err.status, 403);
    assert.equal(err.code, "forbidden");
    assert.match(err.request_id, /^req_/);

    const revoked = await client.apiKeys.revoke(created.id);
    assert.ok(revoked.revoked_at);
    const err401 = await viewer.workspace.retrieve().then(
      () => assert.fail(),
      (e) => e,
    );
    assert.ok(err401 instanceof sdk.AuthenticationError);
    assert.equal(err401.code, "unauthenticated");
  });

  it("actions.list / retrieve / preview / execute, executions.list / retrieve", async () => {
    const ids = [];
    for await (const action of client.actions.list({ limit: 2 })) ids.push(action.id);
    assert.ok(ids.includes("webhook.post") && ids.includes("email.send"));
    const first = await client.actions.list({ provider: "google" });
    assert.ok(first.data.every((a) => a.provider === "google"));

    const action = await client.actions.retrieve("webhook.post");
    assert.equal(action.requires_connection, false);
    const preview = await client.actions.preview("webhook.post", {
      params: { url: `${receiver.url}/action`, payload: { hello: "ts" } },
    });
    assert.ok(preview.confirm_token);
    const execution = await client.actions.execute(
      "webhook.post",
      { confirm_token: preview.confirm_token },
      { idempotencyKey: `ts-it-${Date.now()}` },
    );
    assert.match(execution.id, /^exe_/);
    assert.equal(execution.status, "succeeded");
    assert.ok(receiver.received.some((r) => r.url === "/action"));

    const again = await client.executions.retrieve(execution.id);
    assert.equal(again.id, execution.id);
    const listed = [];
    for await (const e of client.executions.list({ action_id: "webhook.post", limit: 1 })) listed.push(e.id);
    assert.ok(listed.includes(execution.id));

    // A reused confirm token is a typed 409.
    const reused = await client.actions.execute("webhook.post", { confirm_token: preview.confirm_token }).then(
      () => assert.fail(),
      (e) => e,
    );
    assert.ok(reused instanceof sdk.ConflictError);
    assert.equal(reused.code, "confirm_token_used");
  });

  it("validation errors carry field pointers; unknown ids are 404", async () => {
    const err = await client.actions.preview("email.send", { params: { to: "not-an-address" } }).then(
      () => assert.fail(),
      (e) => e,
    );
    assert.ok(err instanceof sdk.UnprocessableEntityError);
    assert.equal(err.code, "validation_failed");
    assert.ok(err.errors.length > 0 && err.errors.every((f) => typeof f.pointer === "string" && f.message));
    const missing = await client.executions.retrieve("exe_aaaaaaaaaaaaaaaaaaaaaaaa").then(
      () => assert.fail(),
      (e) => e,
    );
    assert.ok(missing instanceof sdk.NotFoundError);
    assert.equal(missing.code, "not_found");
  });

  it("chat.send / stream / listMessages", async () => {
    const reply = await client.chat.send({ message: "send an email to ada@example.com about lunch" });
    assert.match(reply.session_id, /^chs_/);
    assert.equal(reply.message.role, "assistant");

    const types = [];
    let text = "";
    for await (const event of await client.chat.stream({
      message: "send an email to ada@example.com about lunch",
      session_id: reply.session_id,
    })) {
      types.push(event.type);
      if (event.type === "text_delta") text += event.delta;
      if (event.type === "done") assert.equal(event.text, text);
    }
    assert.equal(types.at(-1), "done");
    assert.ok(types.includes("text_delta"));

    // Leaving a stream early closes it; the client keeps working.
    for await (const event of await client.chat.stream({ message: "hello" })) {
      assert.ok(event.type);
      break;
    }

    const messages = [];
    for await (const m of client.chat.listMessages({ session_id: reply.session_id, limit: 2 })) messages.push(m);
    assert.ok(messages.length >= 4);
    assert.deepEqual(
      messages.slice(0, 2).map((m) => m.role),
      ["user", "assistant"],
    );
  });

  it("connections.authorize / complete / list / revoke (simulated OAuth provider)", async () => {
    const auth = await client.connections.authorize({ provider: "github" });
    assert.ok(auth.authorization_url.startsWith("http"));
    const res = await fetch(auth.authorization_url, { headers: { accept: "application/json" } });
    const { code, state } = await res.json();
    assert.equal(state, auth.state);
    const connection = await client.connections.complete({ code, state });
    assert.match(connection.id, /^con_/);
    assert.equal(connection.status, "active");
    const ids = [];
    for await (const c of client.connections.list()) ids.push(c.id);
    assert.ok(ids.includes(connection.id));
    const revoked = await client.connections.revoke(connection.id);
    assert.equal(revoked.status, "revoked");
  });

  it("webhookEndpoints.create / retrieve / list / test / listDeliveries / delete, verified with webhooks.unwrap", async () => {
    const endpoint = await client.webhookEndpoints.create({
      url: `${receiver.url}/hooks`,
      events: ["execution.succeeded"],
      description: "ts sdk",
    });
    assert.match(endpoint.id, /^whe_/);
    assert.match(endpoint.secret, /^whsec_/);
    assert.equal((await client.webhookEndpoints.retrieve(endpoint.id)).url, `${receiver.url}/hooks`);
    const listed = [];
    for await (const e of client.webhookEndpoints.list()) listed.push(e.id);
    assert.ok(listed.includes(endpoint.id));

    const before = receiver.received.length;
    await client.webhookEndpoints.test(endpoint.id);
    const delivery = await waitFor(
      () => receiver.received.slice(before).find((r) => r.url === "/hooks"),
      "the ping delivery",
    );
    const event = await client.webhooks.unwrap(delivery.body, { headers: delivery.headers, secret: endpoint.secret });
    assert.equal(event.type, "ping");
    if (event.type === "ping") assert.equal(event.data.endpoint_id, endpoint.id);
    await assert.rejects(
      client.webhooks.verify(delivery.body, {
        headers: delivery.headers,
        secret: `whsec_${Buffer.from("wrong-secret-wrong-secret").toString("base64")}`,
      }),
      sdk.WebhookVerificationError,
    );

    const deliveries = await client.webhookEndpoints.listDeliveries(endpoint.id);
    assert.ok(deliveries.data.length >= 1);
    assert.match(deliveries.data[0].id, /^dlv_/);

    const deleted = await client.webhookEndpoints.delete(endpoint.id);
    assert.equal(deleted.deleted, true);
    await assert.rejects(client.webhookEndpoints.retrieve(endpoint.id), sdk.NotFoundError);
  });

  it("auditEvents.list / export, usage.retrieve", async () => {
    const events = [];
    for await (const e of client.auditEvents.list({ limit: 5 })) {
      events.push(e);
      if (events.length >= 12) break;
    }
    assert.ok(events.length > 0);
    assert.match(events[0].id, /^aud_/);
    const exported = await client.auditEvents.export({ format: "ndjson" });
    const lines = (await exported.text()).trim().split("\n");
    assert.ok(lines.length > 0);
    assert.ok(JSON.parse(lines[0]).id.startsWith("aud_"));
    const csv = await client.auditEvents.export({ format: "csv" });
    assert.match(await csv.text(), /^[a-z_,]+\r?\n/);

    const usage = await client.usage.retrieve();
    assert.ok(Array.isArray(usage.data));
    assert.ok(usage.data.some((row) => row.action_id === "webhook.post" && row.executions >= 1));
  });

  it("called every operation of the client", () => {
    const expected = allOperations(new Relay({ apiKey: API_KEY, baseURL: BASE_URL }));
    assert.ok(expected.length >= 30, `${expected.length} operations`);
    const missing = expected.filter((op) => !called.has(op));
    assert.deepEqual(missing, []);
  });
});
