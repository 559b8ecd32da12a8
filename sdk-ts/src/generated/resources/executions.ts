// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, PagePromise, RequestOptions } from "../../core/index.js";
import type { ActionIdValue, Execution, ExecutionStatus } from "../types.js";

/** Parameters of `executions.list` (executions_list). */
export interface ExecutionsListParams {
  /** Only executions of this action. */
  action_id?: ActionIdValue;
  /** Only executions in this status. */
  status?: ExecutionStatus;
  /** Only executions created at or after this instant (RFC 3339). */
  created_after?: string;
  /** Only executions created before this instant (RFC 3339). */
  created_before?: string;
  /** Page size, 1 to 100. */
  limit?: number;
  /** The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`. */
  after?: string;
}

/** Records of executed actions. */
export class ExecutionsResource extends APIResource {
  /**
   * List executions
   *
   * Lists the workspace's executions, newest first, with optional filters.
   *
   * Roles: admin, developer, viewer.
   */
  list(params: ExecutionsListParams = {}, options?: RequestOptions): PagePromise<Execution> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/executions`,
        query: params,
      },
      options,
    );
  }

  /**
   * Retrieve an execution
   *
   * Retrieves one execution.
   *
   * Roles: admin, developer, viewer.
   */
  retrieve(executionId: string, options?: RequestOptions): APIPromise<Execution> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/executions/${encodeURIComponent(executionId)}`,
      },
      options,
    );
  }
}
