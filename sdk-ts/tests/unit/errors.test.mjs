// Errors say what happened where: the names of the error classes survive minification, and a request
// that got no response names its method and URL.
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

import Relay, * as sdk from "../../dist/esm/index.js";
import { hangingFetch } from "./helpers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const errorClasses = Object.entries(sdk).filter(
  ([, value]) => typeof value === "function" && (value === sdk.RelayError || value.prototype instanceof sdk.RelayError),
);

describe("error names", () => {
  it("every exported error class has its own explicit name", () => {
    assert.ok(errorClasses.length >= 14, errorClasses.map(([n]) => n).join(", "));
    for (const [name, ErrorClass] of errorClasses) {
      assert.ok(Object.hasOwn(ErrorClass.prototype, "name"), `${name} inherits its name`);
      assert.equal(ErrorClass.prototype.name, name);
    }
  });

  it("are kept in a minified bundle (esbuild renames the classes), and head the stack", async () => {
    const names = errorClasses.map(([name]) => name);
    const entry = `
      import * as sdk from "./dist/esm/index.js";
      const made = { APIStatusError: () => new sdk.RateLimitError(429, {}, undefined, new Headers()),
        WebhookVerificationError: () => new sdk.WebhookVerificationError("invalid_signature") };
      export const seen = ${JSON.stringify(names)}.map((name) => {
        const Class = sdk[name];
        const error = name === "WebhookVerificationError" ? made[name]() :
          Class.prototype instanceof sdk.APIStatusError || Class === sdk.APIStatusError
            ? new Class(400, {}, "x", new Headers()) : new Class("x");
        return [name, error.name, error.stack.split(":")[0], String(error).split(":")[0], Class.name];
      });`;
    const out = await build({
      stdin: { contents: entry, resolveDir: root, loader: "js" },
      bundle: true,
      minify: true, // keepNames off, as Vite and esbuild default
      format: "esm",
      platform: "neutral",
      write: false,
    });
    const code = out.outputFiles[0].text;
    const { seen } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    const mangled = seen.filter(([name, , , , className]) => className !== name);
    assert.ok(mangled.length > 0, "the bundle kept the class names: this test proves nothing");
    for (const [name, errorName, stackHead, text] of seen) {
      assert.deepEqual([errorName, stackHead, text], [name, name, name]);
    }
  });
});

describe("connection errors name the request", () => {
  it("a refused connection: method and URL (a wrong baseURL shows at once)", async () => {
    const port = await new Promise((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address();
        probe.close(() => resolve(port)); // closed: nothing listens there any more
      });
    });
    const client = new Relay({ apiKey: "relay_sk_x", baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const err = await client.actions.list().then(
      () => assert.fail("no error"),
      (e) => e,
    );
    assert.ok(err instanceof sdk.APIConnectionError);
    assert.equal(err.message, `Connection error: GET http://127.0.0.1:${port}/v1/actions could not be reached.`);
    assert.ok(err.cause, "the fetch failure is kept as the cause");
  });

  it("a timeout: method and URL", async () => {
    const client = new Relay({ apiKey: "relay_sk_x", baseURL: "https://relay.test", fetch: hangingFetch() });
    const err = await client.actions.preview("email.send", { params: {} }, { timeout: 20, maxRetries: 0 }).then(
      () => assert.fail("no error"),
      (e) => e,
    );
    assert.ok(err instanceof sdk.APITimeoutError);
    assert.equal(err.message, "Request timed out: POST https://relay.test/v1/actions/email.send/preview.");
  });
});

describe("building from a fresh clone", () => {
  it("without `npm ci`, the build (what `npm pack` runs) says to run it", async () => {
    const { cpSync, mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { spawnSync } = await import("node:child_process");
    const fresh = mkdtempSync(join(tmpdir(), "relay-sdk-ts-fresh-"));
    try {
      cpSync(join(root, "scripts"), join(fresh, "scripts"), { recursive: true });
      cpSync(join(root, "package.json"), join(fresh, "package.json"));
      const done = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: fresh, encoding: "utf8" });
      assert.equal(done.status, 1);
      assert.match(done.stderr, /run `npm ci` first/);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
