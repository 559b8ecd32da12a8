// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e

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
