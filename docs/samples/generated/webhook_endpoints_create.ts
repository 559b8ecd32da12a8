// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const webhookEndpointCreated = await client.webhookEndpoints.create({
  url: "https://hooks.example.com/relay",
  description: "Production receiver",
  events: ["execution.succeeded", "execution.failed"],
});
console.log(webhookEndpointCreated);
