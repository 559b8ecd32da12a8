// Loads the generated collection and environment with the postman-collection library (the one newman
// and the Postman app use) and checks what a load reveals: structure, URLs, auth, and that every script
// compiles. `npm test` here; `nox -s postman` runs it before the newman run.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const test = require("node:test");
const vm = require("node:vm");
const sdk = require("postman-collection");

const root = path.join(__dirname, "..");
const collectionJson = JSON.parse(fs.readFileSync(path.join(root, "relay.postman_collection.json"), "utf8"));
const environmentJson = JSON.parse(fs.readFileSync(path.join(root, "relay.postman_environment.json"), "utf8"));
const collection = new sdk.Collection(collectionJson);

function requests() {
  const out = [];
  collection.forEachItem((item) => out.push(item));
  return out;
}

test("the collection loads as a Postman collection with its info", () => {
  assert.ok(sdk.Collection.isCollection(collection));
  assert.equal(collection.name, collectionJson.info.name);
  assert.equal(collection.id, collectionJson.info._postman_id);
  assert.match(collection.description.toString(), /generated from spec\/openapi\.yaml — do not edit/);
});

test("the Quickstart folder comes first and every folder holds requests", () => {
  const folders = collection.items.map((i) => i.name);
  assert.equal(folders[0], "Quickstart");
  assert.ok(folders.length > 1);
  collection.forEachItemGroup((group) => assert.ok(group.items.count() > 0, `${group.name} is empty`));
});

test("every request has a URL on {{baseUrl}}, a method and a test script", () => {
  const items = requests();
  assert.ok(items.length > 0);
  for (const item of items) {
    assert.ok(sdk.Item.isItem(item));
    assert.ok(item.request.url.toString().startsWith("{{baseUrl}}/"), item.name);
    assert.match(item.request.method, /^(GET|POST|PUT|PATCH|DELETE)$/);
    const tests = item.events.listeners("test");
    assert.equal(tests.length, 1, `${item.name} has one test script`);
    assert.match(tests[0].script.toSource(), /pm\.test\(/, item.name);
  }
});

test("path variables are chained variables, documented", () => {
  for (const item of requests()) {
    item.request.url.variables.each((v) => {
      assert.match(String(v.value), /^\{\{[A-Za-z]+\}\}$/, `${item.name} :${v.key}`);
      assert.ok(v.description && v.description.toString().length > 0, `${item.name} :${v.key} is documented`);
    });
  }
});

test("the collection authenticates with bearer {{apiKey}}; health requests opt out", () => {
  assert.equal(collection.auth.type, "bearer");
  assert.equal(collection.auth.parameters().get("token"), "{{apiKey}}");
  const health = requests().filter((i) => /^\/(health|ready|metrics)$/.test("/" + i.request.url.path.join("/")));
  assert.ok(health.length > 0);
  for (const item of health) assert.equal(item.request.auth.type, "noauth", item.name);
});

test("every script compiles as JavaScript", () => {
  let count = 0;
  const check = (owner) =>
    owner.events.each((event) => {
      const source = event.script.toSource();
      assert.doesNotThrow(() => new vm.Script(`(function () {\n${source}\n})`), `${owner.name} ${event.listen}`);
      count += 1;
    });
  requests().forEach(check);
  assert.ok(count > requests().length, "test scripts plus pre-request scripts");
});

test("Idempotency-Key requests set a fresh key in a pre-request script", () => {
  const idempotent = requests().filter((i) => i.request.headers.has("Idempotency-Key"));
  assert.ok(idempotent.length > 0);
  for (const item of idempotent) {
    assert.equal(item.request.headers.get("Idempotency-Key"), "{{idempotencyKey}}");
    const pre = item.events.listeners("prerequest");
    assert.equal(pre.length, 1, item.name);
    assert.match(pre[0].script.toSource(), /pm\.variables\.set\("idempotencyKey", require\("uuid"\)\.v4\(\)\)/);
  }
});

test("saved example responses parse, with their status codes", () => {
  let count = 0;
  for (const item of requests()) {
    item.responses.each((response) => {
      assert.ok(sdk.Response.isResponse(response));
      assert.ok(response.code >= 200 && response.code < 600, item.name);
      assert.ok(response.headers.has("X-Request-Id"), `${item.name}: ${response.name}`);
      if (response.headers.get("Content-Type").includes("json")) JSON.parse(response.text());
      count += 1;
    });
  }
  assert.ok(count > 0);
});

test("the environment loads, with baseUrl, a secret apiKey and the chained variables", () => {
  const scope = new sdk.VariableScope(environmentJson);
  assert.equal(environmentJson._postman_variable_scope, "environment");
  assert.ok(scope.has("baseUrl"));
  const apiKey = environmentJson.values.find((v) => v.key === "apiKey");
  assert.equal(apiKey.type, "secret");
  assert.equal(apiKey.value, "");
  for (const name of ["actionId", "confirmToken", "executionId", "keyId", "newApiKey", "endpointId"]) {
    assert.ok(scope.has(name), name);
  }
});

test("the README gives the exact newman line, and the variables it overrides exist", () => {
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const line = readme.split("\n").find((l) => l.startsWith("npx newman run "));
  assert.ok(line, "postman/README.md has no `npx newman run …` line");
  const args = line.split(/\s+/);
  assert.equal(args[3], "relay.postman_collection.json");
  assert.equal(args[args.indexOf("--environment") + 1], "relay.postman_environment.json");
  const overrides = args.flatMap((a, i) => (args[i - 1] === "--env-var" ? [a.split("=")[0]] : []));
  assert.deepEqual(overrides, ["baseUrl", "apiKey"]);
  const names = environmentJson.values.map((v) => v.key);
  for (const name of overrides) assert.ok(names.includes(name), `the environment has no ${name}`);
  for (const file of [args[3], "relay.postman_environment.json"]) assert.ok(fs.existsSync(path.join(root, file)));
});
