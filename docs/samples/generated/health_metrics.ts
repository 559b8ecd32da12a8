// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const response = await client.health.metrics(); // a fetch Response
console.log(await response.text());
