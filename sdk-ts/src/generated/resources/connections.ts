// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, PagePromise, RequestOptions } from "../../core/index.js";
import type { Connection, ConnectionAuthorization, ConnectionAuthorizeRequest, ConnectionCompleteRequest } from "../types.js";

/** Parameters of `connections.list` (connections_list). */
export interface ConnectionsListParams {
  /** Page size, 1 to 100. */
  limit?: number;
  /** The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`. */
  after?: string;
}

/** Parameters of `connections.authorize` (connections_authorize). */
export type ConnectionsAuthorizeParams = ConnectionAuthorizeRequest;

/** Parameters of `connections.complete` (connections_complete). */
export type ConnectionsCompleteParams = ConnectionCompleteRequest;

/** OAuth 2.0 (authorization code + PKCE) connections to Google, Microsoft and GitHub. */
export class ConnectionsResource extends APIResource {
  /**
   * List connections
   *
   * Lists the workspace's active OAuth connections. Tokens are never returned.
   *
   * Roles: admin, developer, viewer.
   */
  list(params: ConnectionsListParams = {}, options?: RequestOptions): PagePromise<Connection> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/connections`,
        query: params,
      },
      options,
    );
  }

  /**
   * Start an OAuth connection
   *
   * Starts the OAuth 2.0 authorization-code flow with PKCE for a provider. Returns the provider's
   * authorization URL (carrying `state` and an S256 `code_challenge`) to send the user to. The `state`
   * is single-use and expires after 10 minutes; pass it with the returned `code` to
   * `connections_complete`.
   *
   * Roles: admin.
   */
  authorize(params: ConnectionsAuthorizeParams, options?: RequestOptions): APIPromise<ConnectionAuthorization> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/connections/authorize`,
        body: params,
        idempotent: true,
      },
      options,
    );
  }

  /**
   * Complete an OAuth connection
   *
   * Completes the flow started by `connections_authorize`: validates the single-use `state`, exchanges
   * the `code` (with the PKCE verifier) at the provider's token endpoint, and stores the tokens
   * encrypted at rest. A forged, expired or reused `state`, or a code the provider refuses, is
   * `validation_failed` (422).
   *
   * Roles: admin.
   */
  complete(params: ConnectionsCompleteParams, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/connections/complete`,
        body: params,
        idempotent: true,
      },
      options,
    );
  }

  /**
   * Revoke a connection
   *
   * Revokes a connection: calls the provider's revocation endpoint and deletes the stored tokens. The
   * connection is no longer listed; actions needing it fail with `connection_required`.
   *
   * Roles: admin.
   */
  revoke(connectionId: string, options?: RequestOptions): APIPromise<Connection> {
    return this._client.request(
      {
        method: "delete",
        path: `/v1/connections/${encodeURIComponent(connectionId)}`,
      },
      options,
    );
  }
}
