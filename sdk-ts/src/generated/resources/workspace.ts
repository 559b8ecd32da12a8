// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d

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
