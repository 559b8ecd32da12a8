// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, PagePromise, RequestOptions } from "../../core/index.js";
import type { DeletedObject, WebhookDelivery, WebhookEndpoint, WebhookEndpointCreateRequest, WebhookEndpointCreated } from "../types.js";

/** Parameters of `webhookEndpoints.list` (webhook_endpoints_list). */
export interface WebhookEndpointsListParams {
  /** Page size, 1 to 100. */
  limit?: number;
  /** The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`. */
  after?: string;
}

/** Parameters of `webhookEndpoints.create` (webhook_endpoints_create). */
export type WebhookEndpointsCreateParams = WebhookEndpointCreateRequest;

/** Parameters of `webhookEndpoints.listDeliveries` (webhook_endpoints_list_deliveries). */
export interface WebhookEndpointsListDeliveriesParams {
  /** Page size, 1 to 100. */
  limit?: number;
  /** The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`. */
  after?: string;
}

/** Endpoints that receive signed webhook events (Standard Webhooks), and their deliveries. */
export class WebhookEndpointsResource extends APIResource {
  /**
   * List webhook endpoints
   *
   * Lists the workspace's webhook endpoints, newest first. Secrets are never returned.
   *
   * Roles: admin.
   */
  list(params: WebhookEndpointsListParams = {}, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/webhook-endpoints`,
        query: params,
      },
      options,
    );
  }

  /**
   * Create a webhook endpoint
   *
   * Subscribes a URL to events. The response carries the endpoint's signing secret (`whsec_…`) — the
   * only time it is shown; Relay keeps it encrypted. Deliveries are signed per the Standard Webhooks
   * specification.
   *
   * Outside dev mode the URL must be `https` and reach a public address: a URL whose host is (or
   * resolves to) a loopback, private, link-local or any other IANA special-purpose address (including
   * 6to4, Teredo, and NAT64 embedding a non-public IPv4 address) is 422 `validation_failed` at
   * `/url`, as is a malformed URL. The check is repeated before every delivery.
   *
   * Roles: admin.
   */
  create(params: WebhookEndpointsCreateParams, options?: RequestOptions): APIPromise<WebhookEndpointCreated> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/webhook-endpoints`,
        body: params,
        idempotent: true,
      },
      options,
    );
  }

  /**
   * Retrieve a webhook endpoint
   *
   * Retrieves one webhook endpoint. The secret is never returned.
   *
   * Roles: admin.
   */
  retrieve(endpointId: string, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/webhook-endpoints/${encodeURIComponent(endpointId)}`,
      },
      options,
    );
  }

  /**
   * Delete a webhook endpoint
   *
   * Deletes a webhook endpoint; its pending deliveries are cancelled.
   *
   * Roles: admin.
   */
  delete(endpointId: string, options?: RequestOptions): APIPromise<DeletedObject> {
    return this._client.request(
      {
        method: "delete",
        path: `/v1/webhook-endpoints/${encodeURIComponent(endpointId)}`,
      },
      options,
    );
  }

  /**
   * Send a test event
   *
   * Queues a signed `ping` event to the endpoint and returns its delivery, which the delivery worker
   * attempts at once and retries like any other.
   *
   * Roles: admin.
   */
  test(endpointId: string, options?: RequestOptions): APIPromise<WebhookDelivery> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/webhook-endpoints/${encodeURIComponent(endpointId)}/test`,
        idempotent: true,
      },
      options,
    );
  }

  /**
   * List an endpoint's deliveries
   *
   * Lists the deliveries to one endpoint, newest first, with their attempts and next attempt.
   *
   * Roles: admin.
   */
  listDeliveries(endpointId: string, params: WebhookEndpointsListDeliveriesParams = {}, options?: RequestOptions): PagePromise<WebhookDelivery> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/webhook-endpoints/${encodeURIComponent(endpointId)}/deliveries`,
        query: params,
      },
      options,
    );
  }
}
