// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

import { APIResource } from "../../core/index.js";
import type { APIPromise, RequestOptions } from "../../core/index.js";
import type { Health } from "../types.js";

/** Liveness, without a key. */
export class HealthResource extends APIResource {
  /**
   * Liveness
   *
   * Answers while the server runs.
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
   * Metrics
   *
   * Prometheus text.
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
