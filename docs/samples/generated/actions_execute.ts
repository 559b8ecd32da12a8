// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const execution = await client.actions.execute("email.send", {
  confirm_token: "ct_v1.eyJ3Ijoid3NfdWp6ZGVneGRuY2YzMmVwZjNkaG9kemRvIn0.Zm9vYmFy",
});
console.log(execution);
