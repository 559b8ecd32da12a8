// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const response = await client.auditEvents.export({
  format: "csv",
  actor: "key_pft7v4seh2kvj72ceuvw75ef",
  action: "actions.execute",
}); // a fetch Response
console.log(await response.text());
