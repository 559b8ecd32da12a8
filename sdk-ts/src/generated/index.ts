// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 85c3e0b2afc668ad69c14b6bbb0f619cac3044b7aa43fbdb3c1ef46a78e8d556

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
