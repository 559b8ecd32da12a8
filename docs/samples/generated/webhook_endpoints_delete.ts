// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 85c3e0b2afc668ad69c14b6bbb0f619cac3044b7aa43fbdb3c1ef46a78e8d556
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const deletedObject = await client.webhookEndpoints.delete("whe_2xuid5zzzzg6zdmen4khvdga");
console.log(deletedObject);
