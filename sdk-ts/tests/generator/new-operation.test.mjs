// "Adding an operation to the spec needs no hand edit": add one to a copy of the spec, run the
// project's generator (relay-codegen, target ts-sdk) into a scratch tree next to a copy of the
// hand-written runtime, compile it with tsc --strict and call the new method with fetch mocked.
// Skips when relay-codegen is not on PATH (nox -s tests-node installs it).
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const repoRoot = join(sdkRoot, "..");
const tsc = createRequire(join(sdkRoot, "package.json")).resolve("typescript/bin/tsc");
const hasCodegen = spawnSync("relay-codegen", ["--version"], { encoding: "utf8" }).status === 0;
const skip = hasCodegen ? false : "relay-codegen is not on PATH (pip install -e generator, or run nox -s tests-node)";

const NEW_PATH = `
  /v1/actions/{action_id}/dry-run:
    parameters:
      - $ref: '#/components/parameters/ActionId'
    post:
      operationId: actions_dry_run
      tags: [actions]
      summary: Dry-run an action
      description: |
        Added by the TypeScript SDK's generator test.

        Roles: admin, developer.
      x-relay-roles: [admin, developer]
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
        - name: verbose
          in: query
          required: false
          schema: {type: boolean}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/PreviewRequest'}
      responses:
        '200':
          description: What would happen.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Preview'}
`;

describe("generator: a new spec operation", { skip }, () => {
  const work = mkdtempSync(join(tmpdir(), "relay-ts-codegen-"));
  after(() => rmSync(work, { recursive: true, force: true }));

  it("appears as client.actions.dryRun, typed, compiled and callable", async () => {
    const spec = readFileSync(join(repoRoot, "spec", "openapi.yaml"), "utf8");
    assert.ok(spec.includes("\npaths:\n"));
    mkdirSync(join(work, "spec"));
    writeFileSync(join(work, "spec", "openapi.yaml"), spec.replace("\npaths:\n", `\npaths:${NEW_PATH}`));
    execFileSync(
      "relay-codegen",
      ["generate", "--spec", join(work, "spec", "openapi.yaml"), "--out", work, "--only", "ts-sdk"],
      {
        stdio: "pipe",
      },
    );
    const src = join(work, "sdk-ts", "src");
    cpSync(join(sdkRoot, "src", "core"), join(src, "core"), { recursive: true });
    cpSync(join(sdkRoot, "src", "index.ts"), join(src, "index.ts"));
    writeFileSync(
      join(src, "check.ts"),
      `import Relay, { type ActionsDryRunParams, type Preview } from "./index.js";
export async function check(fetch: (url: string | URL | Request, init?: RequestInit) => Promise<Response>): Promise<Preview> {
  const client = new Relay({ apiKey: "k", baseURL: "http://relay.test", fetch });
  const params: ActionsDryRunParams = { params: { to: "a@example.com" }, verbose: true };
  return client.actions.dryRun("email.send", params);
}
export function misuse(client: Relay): unknown {
  // @ts-expect-error: the new method is typed (its body params are required)
  return client.actions.dryRun("email.send");
}
`,
    );
    writeFileSync(join(work, "sdk-ts", "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      join(work, "sdk-ts", "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "ES2022",
          moduleResolution: "bundler",
          lib: ["ES2022", "DOM"],
          strict: true,
          types: [],
          outDir: "out",
          rootDir: "src",
          skipDefaultLibCheck: true,
        },
        include: ["src"],
      }),
    );
    try {
      execFileSync(process.execPath, [tsc, "-p", join(work, "sdk-ts", "tsconfig.json")], {
        stdio: "pipe",
        encoding: "utf8",
      });
    } catch (err) {
      assert.fail(`tsc failed:\n${err.stdout}${err.stderr}`);
    }
    const { check } = await import(pathToFileURL(join(work, "sdk-ts", "out", "check.js")).href);
    const calls = [];
    const preview = await check(async (url, init) => {
      calls.push({ url: String(url), headers: new Headers(init.headers), body: init.body });
      return new Response(JSON.stringify({ action_id: "email.send", confirm_token: "tok" }), {
        headers: { "content-type": "application/json" },
      });
    });
    assert.equal(preview.confirm_token, "tok");
    assert.equal(calls[0].url, "http://relay.test/v1/actions/email.send/dry-run?verbose=true");
    assert.match(calls[0].headers.get("idempotency-key"), /^relay-js-/);
    assert.deepEqual(JSON.parse(calls[0].body), { params: { to: "a@example.com" } });
  });
});
