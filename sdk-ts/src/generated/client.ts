// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { BaseClient, type ClientOptions, type Webhooks } from "../core/index.js";
import { WorkspaceResource } from "./resources/workspace.js";
import { ApiKeysResource } from "./resources/api-keys.js";
import { ActionsResource } from "./resources/actions.js";
import { ExecutionsResource } from "./resources/executions.js";
import { ChatResource } from "./resources/chat.js";
import { ConnectionsResource } from "./resources/connections.js";
import { WebhookEndpointsResource } from "./resources/webhook-endpoints.js";
import { AuditEventsResource } from "./resources/audit-events.js";
import { UsageResource } from "./resources/usage.js";
import { HealthResource } from "./resources/health.js";
import type { ExecutionSucceededEvent, ExecutionFailedEvent, PingEvent } from "./types.js";

/** Any webhook event Relay sends (what `client.webhooks.unwrap` returns). */
export type RelayWebhookEvent = ExecutionSucceededEvent | ExecutionFailedEvent | PingEvent;

/** The spec's first server: the default base URL. */
export const DEFAULT_BASE_URL = "https://api.relay.dev";

/** The API version (the spec's `info.version`) this client was generated from. */
export const API_VERSION = "1.0.0";

/**
 * The Relay API client.
 *
 * ```ts
 * import Relay from "@relay/sdk-js";
 * const client = new Relay(); // RELAY_API_KEY / RELAY_BASE_URL, or { apiKey, baseURL }
 * ```
 */
export class Relay extends BaseClient {
  /** Verify and parse webhook deliveries (Standard Webhooks). */
  declare readonly webhooks: Webhooks<RelayWebhookEvent>;
  /** The workspace of the calling API key, with its rate-limit policy. */
  readonly workspace: WorkspaceResource = new WorkspaceResource(this);
  /** Workspace API keys. A key's secret is shown once, when it is created. */
  readonly apiKeys: ApiKeysResource = new ApiKeysResource(this);
  /** The action catalog, and the preview → confirm → execute flow. */
  readonly actions: ActionsResource = new ActionsResource(this);
  /** Records of executed actions. */
  readonly executions: ExecutionsResource = new ExecutionsResource(this);
  /** Natural-language chat that suggests actions, as JSON or as Server-Sent Events. */
  readonly chat: ChatResource = new ChatResource(this);
  /** OAuth 2.0 (authorization code + PKCE) connections to Google, Microsoft and GitHub. */
  readonly connections: ConnectionsResource = new ConnectionsResource(this);
  /** Endpoints that receive signed webhook events (Standard Webhooks), and their deliveries. */
  readonly webhookEndpoints: WebhookEndpointsResource = new WebhookEndpointsResource(this);
  /** The workspace's audit log, with secrets redacted. */
  readonly auditEvents: AuditEventsResource = new AuditEventsResource(this);
  /** Executions per action per day. */
  readonly usage: UsageResource = new UsageResource(this);
  /** Unauthenticated operational endpoints. */
  readonly health: HealthResource = new HealthResource(this);

  constructor(options: ClientOptions = {}) {
    super(options, { baseURL: DEFAULT_BASE_URL, apiVersion: API_VERSION });
  }
}
