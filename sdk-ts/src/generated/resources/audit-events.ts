// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, PagePromise, RequestOptions } from "../../core/index.js";
import type { AuditEvent } from "../types.js";

/** Parameters of `auditEvents.list` (audit_events_list). */
export interface AuditEventsListParams {
  /** Only events whose actor is this API key. */
  actor?: string;
  /** Only events of this action, `<resource>.<method>` (for example `api_keys.create`). */
  action?: string;
  /** Only events at or after this instant (RFC 3339). */
  occurred_after?: string;
  /** Only events before this instant (RFC 3339). */
  occurred_before?: string;
  /** Page size, 1 to 100. */
  limit?: number;
  /** The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`. */
  after?: string;
}

/** Parameters of `auditEvents.export` (audit_events_export). */
export interface AuditEventsExportParams {
  /** The export format. */
  format?: "csv" | "ndjson";
  /** Only events whose actor is this API key. */
  actor?: string;
  /** Only events of this action, `<resource>.<method>` (for example `api_keys.create`). */
  action?: string;
  /** Only events at or after this instant (RFC 3339). */
  occurred_after?: string;
  /** Only events before this instant (RFC 3339). */
  occurred_before?: string;
}

/** The workspace's audit log, with secrets redacted. */
export class AuditEventsResource extends APIResource {
  /**
   * List audit events
   *
   * Lists the workspace's audit events, newest first. Every mutating call is recorded with its actor,
   * action, target, outcome and request id; secrets are redacted.
   *
   * Roles: admin.
   */
  list(params: AuditEventsListParams = {}, options?: RequestOptions): PagePromise<AuditEvent> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/audit-events`,
        query: params,
      },
      options,
    );
  }

  /**
   * Export audit events
   *
   * Streams every audit event matching the filters, oldest first, as CSV (with a header row) or as
   * NDJSON (one JSON `AuditEvent` per line). The export is streamed in constant memory, so it suits
   * very large logs.
   *
   * Roles: admin.
   */
  export(params: AuditEventsExportParams = {}, options?: RequestOptions): APIPromise<Response> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/audit-events/export`,
        query: params,
        responseKind: "binary",
      },
      options,
    );
  }
}
