// generated from spec/openapi.yaml — do not edit
// relay-codegen 0.1.0 · spec sha256 fa182f57e5ec4dfa0684ba8264c4c006e95bb302a05e8c626f7f7d0240e9dc73

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
