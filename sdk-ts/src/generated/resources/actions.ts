// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, PagePromise, RequestOptions } from "../../core/index.js";
import type { Action, ActionProvider, ExecuteRequest, Execution, Preview, PreviewRequest } from "../types.js";

/** Parameters of `actions.list` (actions_list). */
export interface ActionsListParams {
  /** Only actions of this provider. */
  provider?: ActionProvider;
  /** Page size, 1 to 100. */
  limit?: number;
  /** The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`. */
  after?: string;
}

/** Parameters of `actions.preview` (actions_preview). */
export type ActionsPreviewParams = PreviewRequest;

/** Parameters of `actions.execute` (actions_execute). */
export type ActionsExecuteParams = ExecuteRequest;

/** The action catalog, and the preview → confirm → execute flow. */
export class ActionsResource extends APIResource {
  /**
   * List actions
   *
   * Lists the action catalog, optionally filtered by provider, in id order.
   *
   * Roles: admin, developer, viewer.
   */
  list(params: ActionsListParams = {}, options?: RequestOptions): PagePromise<Action> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/actions`,
        query: params,
      },
      options,
    );
  }

  /**
   * Retrieve an action
   *
   * Retrieves one action of the catalog with its `input_schema`, the JSON Schema its `params` must
   * satisfy.
   *
   * Roles: admin, developer, viewer.
   */
  retrieve(actionId: string, options?: RequestOptions): APIPromise<Action> {
    return this._client.request(
      {
        method: "get",
        path: `/v1/actions/${encodeURIComponent(actionId)}`,
      },
      options,
    );
  }

  /**
   * Preview an action
   *
   * Validates `params` against the action's `input_schema` and describes what executing it would do:
   * a human summary, its effects and warnings. Nothing runs. The response carries a `confirm_token`,
   * signed and bound to the workspace, the action and these exact params; it expires after 10 minutes
   * and can be used once, by `actions_execute`. Relay keeps the previewed params encrypted until then
   * (a `webhook.post` `signing_secret` included).
   *
   * Outside dev mode, a `webhook.post` whose `url` is not a public `http(s)` target (a loopback,
   * private or other IANA special-purpose address, or a malformed URL) is 422 `validation_failed` at
   * `/params/url` here, before any token is issued; the target is checked again when it runs.
   *
   * Roles: admin, developer.
   */
  preview(actionId: string, params: ActionsPreviewParams, options?: RequestOptions): APIPromise<Preview> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/actions/${encodeURIComponent(actionId)}/preview`,
        body: params,
        idempotent: true,
      },
      options,
    );
  }

  /**
   * Execute an action
   *
   * Executes a previewed action with its `confirm_token`. Send an `Idempotency-Key`: a retry with the
   * same key and body returns the original response (`Idempotent-Replayed: true`) and never runs the
   * action twice; the same key with another body is `idempotency_key_reused` (422); a retry while the
   * first request is still running is `idempotency_in_progress` (409). If the server stopped in the
   * middle of that first execution, the execution ends `failed` with the error code `interrupted` and
   * the key answers `conflict` (409) naming it: the action may have run, so it never runs again under
   * that key. A used token is `confirm_token_used` (409), an expired one `confirm_token_expired` (422),
   * a forged one or one bound to other params `confirm_token_invalid` (422). An action that ran and
   * failed is a 200 whose execution has `status: failed`.
   *
   * Roles: admin, developer.
   */
  execute(actionId: string, params: ActionsExecuteParams, options?: RequestOptions): APIPromise<Execution> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/actions/${encodeURIComponent(actionId)}/execute`,
        body: params,
        idempotent: true,
      },
      options,
    );
  }
}
