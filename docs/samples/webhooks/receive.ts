import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Relay, { WebhookVerificationError } from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL
let secret = ""; // set below, from the endpoint we create
let onEvent: (event: unknown) => void = () => {};
const received = new Promise<unknown>((resolve) => (onEvent = resolve));

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks); // the raw bytes: verify before parsing
  try {
    const event = await client.webhooks.unwrap(body, { headers: req.headers, secret });
    res.writeHead(204).end(); // acknowledge quickly; do slow work elsewhere
    onEvent(event);
  } catch (err) {
    if (!(err instanceof WebhookVerificationError)) throw err;
    res.writeHead(400).end(); // not from Relay, or tampered with
    onEvent(err);
  }
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;

const endpoint = await client.webhookEndpoints.create({
  url: `http://127.0.0.1:${port}/relay-webhooks`,
  events: ["execution.succeeded", "execution.failed"],
});
secret = endpoint.secret; // shown once: store it in your secret manager
try {
  await client.webhookEndpoints.test(endpoint.id); // Relay sends a signed `ping` event
  const event = await received;
  if (event instanceof Error) throw event;
  console.log("verified", event);
} finally {
  await client.webhookEndpoints.delete(endpoint.id);
  server.close();
}
