// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d

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
