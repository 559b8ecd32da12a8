// The requests whose success a fresh workspace cannot reach (connections_complete, connections_revoke)
// hold either way: run through newman's real sandbox against a local server answering, in turn, the
// spec's example of the refusal they expect and of their success (a workspace with a real connection).
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const test = require("node:test");
const newman = require("newman");

const root = path.join(__dirname, "..");
const collection = JSON.parse(fs.readFileSync(path.join(root, "relay.postman_collection.json"), "utf8"));

function items(list, out = []) {
  for (const item of list) (item.item ? items(item.item, out) : out.push(item));
  return out;
}

function serve(saved) {
  const server = http.createServer((req, res) => {
    req.resume();
    const headers = Object.fromEntries(saved.header.map((h) => [h.key, h.value]));
    res.writeHead(saved.code, { ...headers, "X-Request-Id": "req_either_way" });
    const body = JSON.parse(saved.body);
    if (body && typeof body === "object" && "request_id" in body) body.request_id = "req_either_way";
    res.end(JSON.stringify(body));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function run(item, baseUrl) {
  return new Promise((resolve, reject) => {
    newman.run(
      {
        collection: { info: collection.info, item: [item], variable: collection.variable, auth: collection.auth },
        envVar: [
          { key: "baseUrl", value: baseUrl },
          { key: "apiKey", value: "relay_sk_test" },
        ],
        reporters: [],
      },
      (err, summary) => (err ? reject(err) : resolve(summary)),
    );
  });
}

for (const [name, refusal, success] of [
  ["Complete an OAuth connection", 422, 201],
  ["Revoke a connection", 404, 200],
]) {
  const item = items(collection.item).find((i) => i.name === name && !i.name.startsWith("Quickstart"));
  for (const status of [refusal, success]) {
    test(`${name}: its tests pass on a ${status}`, async () => {
      assert.ok(item, `no request named ${name}`);
      const saved = item.response.find((r) => r.code === status);
      assert.ok(saved, `${name} has no saved ${status} example`);
      const server = await serve(saved);
      try {
        const summary = await run(item, `http://127.0.0.1:${server.address().port}`);
        const assertions = summary.run.stats.assertions;
        assert.equal(summary.run.failures.length, 0, summary.run.failures.map((f) => f.error.message).join("\n"));
        assert.ok(assertions.total >= 4, `only ${assertions.total} assertions ran`);
      } finally {
        server.close();
      }
    });
  }
}
