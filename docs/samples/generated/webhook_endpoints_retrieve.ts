// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const webhookEndpoint = await client.webhookEndpoints.retrieve("whe_2xuid5zzzzg6zdmen4khvdga");
console.log(webhookEndpoint);
