// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

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
