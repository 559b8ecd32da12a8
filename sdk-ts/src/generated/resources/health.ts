// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, RequestOptions } from "../../core/index.js";
import type { Health, Readiness } from "../types.js";

/** Unauthenticated operational endpoints. */
export class HealthResource extends APIResource {
  /**
   * Liveness
   *
   * Answers while the process is alive. Unauthenticated.
   */
  check(options?: RequestOptions): APIPromise<Health> {
    return this._client.request(
      {
        method: "get",
        path: `/health`,
        noAuth: true,
      },
      options,
    );
  }

  /**
   * Readiness
   *
   * Answers 200 when the server can serve traffic (its database answers), 503 otherwise.
   * Unauthenticated.
   */
  ready(options?: RequestOptions): APIPromise<Readiness> {
    return this._client.request(
      {
        method: "get",
        path: `/ready`,
        noAuth: true,
      },
      options,
    );
  }

  /**
   * Prometheus metrics
   *
   * Metrics in the Prometheus text exposition format, among them `action_exec_total`,
   * `action_latency_seconds` and `action_error_total`, labelled by action and status. Unauthenticated.
   */
  metrics(options?: RequestOptions): APIPromise<Response> {
    return this._client.request(
      {
        method: "get",
        path: `/metrics`,
        noAuth: true,
        responseKind: "binary",
      },
      options,
    );
  }
}
