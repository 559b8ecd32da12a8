// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

import { APIResource } from "../../core/index.js";
import type { APIPromise, RequestOptions, Stream } from "../../core/index.js";
import type { Message, MessageEvent, MessageRequest } from "../types.js";

/** Parameters of `messages.send` (messages_send). */
export interface MessagesSendParams extends Omit<MessageRequest, "stream"> {
  /** Use `messages.stream()` for a stream of events. */
  stream?: false;
}

/** Messages, answered as JSON or as Server-Sent Events. */
export class MessagesResource extends APIResource {
  /**
   * Send a message
   *
   * Sends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.
   *
   * Roles: admin, viewer.
   */
  send(params: MessagesSendParams, options?: RequestOptions): APIPromise<Message> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/messages`,
        body: params,
        idempotent: true,
      },
      options,
    );
  }

  /**
   * Like `send`, with `stream: true`: resolves to a Stream of typed
   * Server-Sent Events. `for await` over it; leaving the loop early closes the connection.
   */
  stream(params: MessagesSendParams, options?: RequestOptions): APIPromise<Stream<MessageEvent>> {
    return this._client.requestStream<MessageEvent>(
      {
        method: "post",
        path: `/v1/messages`,
        body: { ...params, stream: true },
        idempotent: true,
      },
      (event) => (event.data === "" ? undefined : (JSON.parse(event.data) as MessageEvent)),
      options,
    );
  }
}
