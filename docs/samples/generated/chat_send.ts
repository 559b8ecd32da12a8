// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 cfd385e6868435d4ce74081d558513e8191abdac11fc890fbc1bdc491b1ffe0c
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const chatReply = await client.chat.send({ message: "send an email to ada@example.com about lunch" });
console.log(chatReply);
