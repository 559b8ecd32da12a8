import Relay, { APIStatusError } from "@relay/sdk-js";

const client = new Relay({
  // apiKey and baseURL default to RELAY_API_KEY and RELAY_BASE_URL (in Node)
  timeout: 20_000, // milliseconds; default 60 s
  maxRetries: 3, // default 2
  defaultHeaders: { "X-Team": "billing" },
});

// Per call: the last argument takes timeout, maxRetries, headers, signal and idempotencyKey.
const workspace = await client.workspace.retrieve({ timeout: 5_000, maxRetries: 0 });
console.log(workspace.name, workspace.rate_limit.requests_per_minute);

// Cancel with an AbortSignal.
const controller = new AbortController();
const pending = client.usage.retrieve({}, { signal: controller.signal });
console.log((await pending).start_date);

// A modified copy.
const patient = client.withOptions({ timeout: 120_000 });
console.log((await patient.actions.retrieve("email.send")).name);

// The raw Response next to the parsed body.
const { data, response } = await client.actions.list({ limit: 1 }).withResponse();
console.log(response.status, response.headers.get("x-request-id"), data.data.length);

// Typed errors.
try {
  await client.executions.retrieve("exe_aaaaaaaaaaaaaaaaaaaaaaaa");
} catch (err) {
  if (!(err instanceof APIStatusError)) throw err;
  console.log(err.status, err.code); // 404 not_found
}
