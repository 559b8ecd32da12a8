// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 f4c210593995f0941541561a6c86e1b30f6c9794bfe7a89de6395f8d0f8169aa

import { APIResource } from "../../core/index.js";
import type { APIPromise, RequestOptions } from "../../core/index.js";
import type { Usage } from "../types.js";

/** Parameters of `usage.retrieve` (usage_retrieve). */
export interface UsageRetrieveParams {
  /** First day of the range (inclusive, UTC). */
  start_date?: string;
  /** Last day of the range (inclusive, UTC). */
  end_date?: string;
}

/** Executions per action per day. */
export class UsageResource extends APIResource {
  /**
   * Retrieve usage
   *
   * Counts executions per action per day (UTC) over a date range of at most 366 days. Without dates,
   * the last 30 days up to today.
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
