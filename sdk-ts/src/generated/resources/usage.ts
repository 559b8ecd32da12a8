// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, RequestOptions } from "../../core/index.js";
import type { Usage } from "../types.js";

/** Parameters of `usage.retrieve` (usage_retrieve). */
export interface UsageRetrieveParams {
  /** First day of the range (inclusive, UTC); at most 365 days before `end_date` are counted. */
  start_date?: string;
  /** Last day of the range (inclusive, UTC). */
  end_date?: string;
}

/** Executions per action per day. */
export class UsageResource extends APIResource {
  /**
   * Retrieve usage
   *
   * Counts executions per action per day (UTC) over a date range. Without dates, the last 30 days up
   * to today; with only `start_date`, 30 days from it (not past today); with only `end_date`, the 30
   * days ending on it. The range counted is at most 366 days: a longer one is shortened to the 366
   * days ending on `end_date`. A `start_date` after `end_date` is an empty range: no rows, both dates
   * echoed. The response's `start_date` and `end_date` are the range actually counted.
   *
   * Roles: admin, developer, viewer.
   */
  retrieve(params: UsageRetrieveParams = {}, options?: RequestOptions): APIPromise<Usage> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/usage`,
        query: params,
      },
      options,
    );
  }
}
