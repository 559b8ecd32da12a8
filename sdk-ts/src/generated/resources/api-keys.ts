// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, PagePromise, RequestOptions } from "../../core/index.js";
import type { ApiKey, ApiKeyCreateRequest, ApiKeyCreated } from "../types.js";

/** Parameters of `apiKeys.list` (api_keys_list). */
export interface ApiKeysListParams {
  /** Page size, 1 to 100. */
  limit?: number;
  /** The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`. */
  after?: string;
}

/** Parameters of `apiKeys.create` (api_keys_create). */
export type ApiKeysCreateParams = ApiKeyCreateRequest;

/** Workspace API keys. A key's secret is shown once, when it is created. */
export class ApiKeysResource extends APIResource {
  /**
   * List API keys
   *
   * Lists the workspace's active API keys, newest first. Secrets are never returned.
   *
   * Roles: admin.
   */
  list(params: ApiKeysListParams = {}, options?: RequestOptions): PagePromise<ApiKey> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/api-keys`,
        query: params,
      },
      options,
    );
  }

  /**
   * Create an API key
   *
   * Creates an API key with a role and an optional expiry. The response carries the secret
   * (`relay_sk_…`) — the only time it is shown; store it safely. Relay stores only its hash. A replay
   * of the request (same `Idempotency-Key`) returns the same key only while it is active; once it is
   * revoked the replay is 409 `conflict`.
   *
   * Roles: admin.
   */
  create(params: ApiKeysCreateParams, options?: RequestOptions): APIPromise<ApiKeyCreated> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/api-keys`,
        body: params,
        idempotent: true,
      },
      options,
    );
  }

  /**
   * Retrieve an API key
   *
   * Retrieves an active API key by id. A revoked key is a 404. The secret is never returned.
   *
   * Roles: admin.
   */
  retrieve(keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/api-keys/${encodeURIComponent(keyId)}`,
      },
      options,
    );
  }

  /**
   * Revoke an API key
   *
   * Revokes an API key at once: requests made with it fail with 401 from now on, and the key is no
   * longer listed or retrievable. Returns the key as it was revoked.
   *
   * Roles: admin.
   */
  revoke(keyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this._client.request(
      {
        method: "delete",
        path: `/v1/api-keys/${encodeURIComponent(keyId)}`,
      },
      options,
    );
  }
}
