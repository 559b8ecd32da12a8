// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

import { APIResource } from "../../core/index.js";
import type { APIPromise, PagePromise, RequestOptions } from "../../core/index.js";
import type { Colour, Folder, FolderCreateRequest } from "../types.js";

/** Parameters of `folders.list` (folders_list). */
export interface FoldersListParams {
  /** Page size. */
  limit?: number;
  /** The `next_cursor` of the previous page. */
  after?: string;
  /** Only folders of this colour. */
  colour?: Colour;
}

/** Parameters of `folders.create` (folders_create). */
export type FoldersCreateParams = FolderCreateRequest;

/** Folders, which contain folders. */
export class FoldersResource extends APIResource {
  /**
   * List folders
   *
   * Lists folders, optionally of one colour.
   *
   * Roles: admin, viewer.
   */
  list(params: FoldersListParams = {}, options?: RequestOptions): PagePromise<Folder> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/folders`,
        query: params,
      },
      options,
    );
  }

  /**
   * Create a folder
   *
   * Creates a folder, inside another one when `parent_id` is given.
   *
   * Roles: admin.
   */
  create(params: FoldersCreateParams, options?: RequestOptions): APIPromise<Folder> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/folders`,
        body: params,
        idempotent: true,
      },
      options,
    );
  }

  /**
   * Retrieve a folder
   *
   * Retrieves a folder with its children, recursively.
   *
   * Roles: admin, viewer.
   */
  retrieve(folderId: string, options?: RequestOptions): APIPromise<Folder> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/folders/${encodeURIComponent(folderId)}`,
      },
      options,
    );
  }

  /**
   * Delete a folder
   *
   * Deletes a folder and its children.
   *
   * Roles: admin.
   */
  delete(folderId: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request(
      {
        method: "delete",
        path: `/v1/folders/${encodeURIComponent(folderId)}`,
      },
      options,
    );
  }

  /**
   * Download a folder as a tarball
   *
   * The folder and its children as a gzipped tarball.
   *
   * Roles: admin, viewer.
   */
  archive(folderId: string, options?: RequestOptions): APIPromise<Response> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/folders/${encodeURIComponent(folderId)}/archive`,
        responseKind: "binary",
      },
      options,
    );
  }
}
