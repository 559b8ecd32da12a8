// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

for await (const action of client.actions.list({ provider: "google" })) {
  console.log(action.id);
}
