// Benchmarks for @relay/sdk-js, printed in one run:
//  1. bundle size: minified + gzipped bytes of an esbuild bundle that imports and constructs the
//     client, next to the same for openapi-fetch (target: no more than 2.1 times openapi-fetch's);
//  2. per-call overhead: `await client.actions.list()` versus raw `fetch` + `res.json()` against one
//     local HTTP server (a child process on 127.0.0.1, stopped at the end), as CPU time of this
//     process (process.cpuUsage): total CPU of each side over many small interleaved batches (so GC
//     and drift land on both sides alike, and the garbage a side makes is charged to it), divided by
//     its number of calls, in several passes; the figure is the median of the passes' ratios (a pass in
//     which this machine stalled one side more than the other moves the median little); target <= 1.15.
//     For reference (not a target, and not the baseline), a separate pass after the measured one
//     compares raw fetch with raw fetch plus what any fetch client that honours a timeout must add
//     (an AbortController, a timer, the signal passed to fetch) and the SDK's two extra headers
//     (User-Agent, retry count): a floor for any client with these features on this machine.
// Usage: npm run bench   (builds first). Bounded: a fixed number of calls, no network beyond loopback.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CALLS_PER_ROUND = Number(process.env.BENCH_CALLS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 120); // per pass
const PASSES = Number(process.env.BENCH_PASSES ?? 9);

async function bundleSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

function startServer() {
  // A minimal JSON server standing in for the API (constant body, so the client is what is measured).
  const source = `
    const http = require("node:http");
    const actions = Array.from({ length: 20 }, (_, i) => ({ id: "bench.action_" + i, name: "Action " + i,
      description: "A benchmark action", provider: "independent", requires_connection: false,
      input_schema: { type: "object", properties: { to: { type: "string" } } } }));
    const body = JSON.stringify({ data: actions, has_more: false, next_cursor: null });
    const server = http.createServer((req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-request-id": "req_bench" });
      res.end(body);
    });
    server.keepAliveTimeout = 60000;
    server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
  `;
  const child = spawn(process.execPath, ["-e", source], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", (chunk) => resolve({ child, url: `http://127.0.0.1:${String(chunk).trim()}` }));
  });
}

// CPU time (user + system, µs) this process spends per call: the client's own cost, robust on a loaded
// machine where wall time mostly measures the scheduler. The server is another process, not counted.
async function cpuPerCall(fn, calls) {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const relay = await bundleSize(
  `import Relay from "./dist/esm/index.js"; globalThis.client = new Relay({ baseURL: "/api" });`,
);
const openapiFetch = await bundleSize(
  `import createClient from "openapi-fetch"; globalThis.client = createClient({ baseUrl: "/api" });`,
);
const sizeRatio = relay.gzipped / openapiFetch.gzipped;
console.log("bundle (esbuild, minified + gzip -9, import + construct the client):");
console.log(`  @relay/sdk-js   ${relay.minified} B min, ${relay.gzipped} B gz`);
console.log(`  openapi-fetch   ${openapiFetch.minified} B min, ${openapiFetch.gzipped} B gz`);
console.log(`  ratio ${sizeRatio.toFixed(2)} (target <= 2.10: ${sizeRatio <= 2.1 ? "met" : "NOT met"})`);

const { child, url } = await startServer();
try {
  const { default: Relay } = await import(pathToFileURL(join(root, "dist", "esm", "index.js")).href);
  const client = new Relay({ apiKey: "relay_sk_bench", baseURL: url, maxRetries: 0 });
  const raw = async () => {
    const res = await fetch(`${url}/v1/actions`, {
      headers: { authorization: "Bearer relay_sk_bench", accept: "application/json" },
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  };
  const sdk = () => client.actions.list();
  const floor = async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    const headers = {
      authorization: "Bearer relay_sk_bench",
      accept: "application/json",
      "user-agent": "relay-sdk-js/bench",
      "x-relay-retry-count": "0",
    };
    const res = await fetch(`${url}/v1/actions`, { headers, signal: controller.signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = await res.json();
    clearTimeout(timer);
    return body;
  };
  for (let i = 0; i < 3; i++) {
    // Warm-up: connections, JIT.
    await cpuPerCall(raw, 200);
    await cpuPerCall(sdk, 200);
  }
  // Interleaved small batches, alternating which side goes first. A pass's ratio is that of total CPU
  // (each side's sum over all its batches): a median of per-batch ratios would drop exactly the batches
  // where a side's garbage collection lands. The figure is the median over the passes.
  let rawTotal = 0;
  let sdkTotal = 0;
  const ratios = [];
  const passRatios = [];
  for (let pass = 0; pass < PASSES; pass++) {
    let rawPass = 0;
    let sdkPass = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let rawUs;
      let sdkUs;
      if (round % 2 === 0) {
        rawUs = await cpuPerCall(raw, CALLS_PER_ROUND);
        sdkUs = await cpuPerCall(sdk, CALLS_PER_ROUND);
      } else {
        sdkUs = await cpuPerCall(sdk, CALLS_PER_ROUND);
        rawUs = await cpuPerCall(raw, CALLS_PER_ROUND);
      }
      rawPass += rawUs;
      sdkPass += sdkUs;
      ratios.push(sdkUs / rawUs);
    }
    rawTotal += rawPass;
    sdkTotal += sdkPass;
    passRatios.push(sdkPass / rawPass);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const quantile = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const ratio = median(passRatios);
  const batches = PASSES * ROUNDS;
  console.log(
    `per call, CPU time of the client process (${PASSES} passes x ${ROUNDS} interleaved batches x ${CALLS_PER_ROUND} sequential calls per side, one local server):`,
  );
  console.log(`  raw fetch + json            ${(rawTotal / batches).toFixed(1)} µs`);
  console.log(`  client.actions.list()       ${(sdkTotal / batches).toFixed(1)} µs`);
  console.log(
    `  ratio ${ratio.toFixed(3)} (median of the passes' total-CPU ratios: ${passRatios.map((r) => r.toFixed(3)).join(", ")}; per-batch ratios: p25 ${quantile(0.25).toFixed(3)}, median ${median(ratios).toFixed(3)}, p75 ${quantile(0.75).toFixed(3)}; target <= 1.15: ${ratio <= 1.15 ? "met" : "NOT met"})`,
  );
  // The reference, in its own pass after the measured one (so it cannot change the figure above).
  for (let i = 0; i < 200; i++) await floor();
  let floorTotal = 0;
  let rawTotal2 = 0;
  for (let round = 0; round < ROUNDS * 2; round++) {
    const first = round % 2 === 0 ? raw : floor;
    const a = await cpuPerCall(first, CALLS_PER_ROUND);
    const b = await cpuPerCall(first === raw ? floor : raw, CALLS_PER_ROUND);
    floorTotal += first === raw ? b : a;
    rawTotal2 += first === raw ? a : b;
  }
  console.log(
    `  reference, not a target: raw fetch + timeout signal + the SDK's 2 extra headers / raw fetch = ${(floorTotal / rawTotal2).toFixed(3)} (same method, separate pass)`,
  );
} finally {
  child.kill();
}
