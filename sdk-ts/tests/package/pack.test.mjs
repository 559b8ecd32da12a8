// `npm pack` → install the tarball in a fresh project → use it through import, require, and
// TypeScript with moduleResolution node16 and bundler. Needs a prior `npm run build`.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tsc = createRequire(join(sdkRoot, "package.json")).resolve("typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let work;
let project;

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, RELAY_API_KEY: "relay_sk_pack_test" },
  });
}

before(() => {
  work = mkdtempSync(join(tmpdir(), "relay-sdk-pack-"));
  run(npm, ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], sdkRoot);
  const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
  assert.ok(tarball, "npm pack produced no tarball");
  project = join(work, "consumer");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  run(npm, ["install", "--offline", "--no-audit", "--no-fund", "--silent", join(work, tarball)], project);
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("installed tarball", () => {
  it("ships only dist, README, CHANGELOG, LICENSE and package.json (no sources, tests or node_modules)", () => {
    const files = run(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], sdkRoot);
    const listed = JSON.parse(files)[0].files.map((f) => f.path);
    assert.ok(listed.includes("dist/esm/index.js") && listed.includes("dist/cjs/index.js"));
    assert.ok(listed.includes("dist/esm/index.d.ts") && listed.includes("dist/cjs/index.d.ts"));
    assert.ok(listed.includes("LICENSE") && listed.includes("CHANGELOG.md"));
    for (const path of listed) assert.match(path, /^(dist\/|README\.md$|CHANGELOG\.md$|LICENSE$|package\.json$)/, path);
  });

  it("works through ESM import (default + named)", () => {
    writeFileSync(
      join(project, "esm.mjs"),
      `import Relay, { Relay as Named, RateLimitError, APIStatusError } from "@relay/sdk-js";
const client = new Relay({ baseURL: "http://127.0.0.1:9" });
if (Relay !== Named) throw new Error("default !== named");
if (!(new RateLimitError(429, {}, undefined, new Headers()) instanceof APIStatusError)) throw new Error("hierarchy");
console.log(typeof client.actions.list, typeof client.webhookEndpoints.listDeliveries);`,
    );
    assert.equal(run(process.execPath, ["esm.mjs"], project).trim(), "function function");
  });

  it("works through CommonJS require", () => {
    writeFileSync(
      join(project, "cjs.cjs"),
      `const { Relay, RateLimitError } = require("@relay/sdk-js");
const client = new Relay({ baseURL: "http://127.0.0.1:9" });
console.log(typeof client.apiKeys.create, typeof RateLimitError, require("@relay/sdk-js").default === Relay);`,
    );
    assert.equal(run(process.execPath, ["cjs.cjs"], project).trim(), "function function true");
  });

  const source = `import Relay, { RateLimitError, type Action, type ChatStreamEvent } from "@relay/sdk-js";
export async function main(): Promise<string[]> {
  const client = new Relay({ apiKey: "k" });
  const ids: string[] = [];
  for await (const action of client.actions.list({ provider: "google" })) ids.push((action satisfies Action).id);
  for await (const e of await client.chat.stream({ message: "hi" })) { const x: ChatStreamEvent = e; void x; }
  try { await client.apiKeys.create({ name: "n", role: "admin" }); } catch (err) { if (err instanceof RateLimitError) ids.push(err.code ?? ""); }
  // @ts-expect-error: wrong parameter type must not compile
  client.actions.list({ limit: "1" });
  return ids;
}
`;
  const cjsSource = `import Relay = require("@relay/sdk-js");
const client = new Relay.Relay({ apiKey: "k" });
export const listing: Promise<Relay.CursorPage<Relay.Action>> = client.actions.list().then((p) => p);
`;

  function typecheck(name, compilerOptions, files) {
    const dir = join(project, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          target: "ES2022",
          lib: ["ES2022", "DOM", "DOM.Iterable"],
          types: [],
          ...compilerOptions,
        },
        include: ["*.ts", "*.mts", "*.cts"],
      }),
    );
    try {
      run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], dir);
    } catch (err) {
      assert.fail(`tsc failed for ${name}:\n${err.stdout}${err.stderr}`);
    }
  }

  it("type-checks with moduleResolution node16 (ESM and CJS consumers)", () => {
    typecheck(
      "ts-node16",
      { module: "node16", moduleResolution: "node16" },
      { "esm.mts": source, "cjs.cts": cjsSource },
    );
  });

  it("type-checks with moduleResolution bundler", () => {
    typecheck("ts-bundler", { module: "esnext", moduleResolution: "bundler" }, { "main.ts": source });
  });
});
