// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 6fd1f99f74959a0c3664009328cfa9b1e26622f7a8ca85c012b01e7fa40624e2

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
