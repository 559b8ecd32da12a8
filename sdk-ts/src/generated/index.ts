// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e

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
