// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 f4c210593995f0941541561a6c86e1b30f6c9794bfe7a89de6395f8d0f8169aa

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
