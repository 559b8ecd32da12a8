// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const response = await client.health.metrics(); // a fetch Response
console.log(await response.text());
