// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

import { BaseClient, type ClientOptions, type Webhooks } from "../core/index.js";
import { FoldersResource } from "./resources/folders.js";
import { MessagesResource } from "./resources/messages.js";
import { HealthResource } from "./resources/health.js";
import type { FolderCreatedEvent, FolderDeletedEvent } from "./types.js";

/** Any webhook event Relay sends (what `client.webhooks.unwrap` returns). */
export type RelayWebhookEvent = FolderCreatedEvent | FolderDeletedEvent;

/** The spec's first server: the default base URL. */
export const DEFAULT_BASE_URL = "https://golden.relay.dev";

/** The API version (the spec's `info.version`) this client was generated from. */
export const API_VERSION = "2.0.0";

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
  /** Folders, which contain folders. */
  readonly folders: FoldersResource = new FoldersResource(this);
  /** Messages, answered as JSON or as Server-Sent Events. */
  readonly messages: MessagesResource = new MessagesResource(this);
  /** Liveness, without a key. */
  readonly health: HealthResource = new HealthResource(this);

  constructor(options: ClientOptions = {}) {
    super(options, { baseURL: DEFAULT_BASE_URL, apiVersion: API_VERSION });
  }
}
