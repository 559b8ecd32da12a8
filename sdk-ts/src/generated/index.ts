// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

export * from "./types.js";
export { API_VERSION, DEFAULT_BASE_URL, Relay, type RelayWebhookEvent } from "./client.js";
export * from "./resources/workspace.js";
export * from "./resources/api-keys.js";
export * from "./resources/actions.js";
export * from "./resources/executions.js";
export * from "./resources/chat.js";
export * from "./resources/connections.js";
export * from "./resources/webhook-endpoints.js";
export * from "./resources/audit-events.js";
export * from "./resources/usage.js";
export * from "./resources/health.js";
