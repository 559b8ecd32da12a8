// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 f4c210593995f0941541561a6c86e1b30f6c9794bfe7a89de6395f8d0f8169aa

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
