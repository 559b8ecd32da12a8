// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const connectionAuthorization = await client.connections.authorize({ provider: "google", redirect_uri: "https://app.example.com/oauth/callback" });
console.log(connectionAuthorization);
