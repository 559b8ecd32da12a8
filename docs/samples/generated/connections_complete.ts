// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
import Relay from "@relay/sdk-js";

const client = new Relay(); // RELAY_API_KEY, RELAY_BASE_URL

const connection = await client.connections.complete({ code: "4/0AVG7fiQ-example-code", state: "st_3kq2mzx4b5n6c7d2e3f4g5h6" });
console.log(connection);
