// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5

import { APIResource } from "../../core/index.js";
import type { APIPromise, RequestOptions } from "../../core/index.js";
import type { Workspace } from "../types.js";

/** The workspace of the calling API key, with its rate-limit policy. */
export class WorkspaceResource extends APIResource {
  /**
   * Retrieve the workspace
   *
   * Returns the workspace the calling API key belongs to, with its rate-limit policy.
   *
   * Roles: admin, developer, viewer.
   */
  retrieve(options?: RequestOptions): APIPromise<Workspace> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/workspace`,
      },
      options,
    );
  }
}
