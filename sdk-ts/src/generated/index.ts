// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5

export * from "./types.js";
export { DEFAULT_BASE_URL, Relay, type RelayWebhookEvent } from "./client.js";
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
