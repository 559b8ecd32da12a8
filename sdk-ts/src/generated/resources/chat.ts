// generated from spec/openapi.yaml — do not edit
// relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

import { APIResource } from "../../core/index.js";
import type { APIPromise, PagePromise, RequestOptions, Stream } from "../../core/index.js";
import type { ChatMessage, ChatReply, ChatRequest, ChatSessionId, ChatStreamEvent } from "../types.js";

/** Parameters of `chat.send` (chat_send). */
export interface ChatSendParams extends Omit<ChatRequest, "stream"> {
  /** Use `chat.stream()` for a stream of events. */
  stream?: false;
}

/** Parameters of `chat.listMessages` (chat_list_messages). */
export interface ChatListMessagesParams {
  /** The chat session. */
  session_id: ChatSessionId;
  /** Page size, 1 to 100. */
  limit?: number;
  /** The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`. */
  after?: string;
}

/** Natural-language chat that suggests actions, as JSON or as Server-Sent Events. */
export class ChatResource extends APIResource {
  /**
   * Send a chat message
   *
   * Sends a message to Relay's assistant, which recognises intents such as "send an email to X about
   * Y", "post … to <webhook URL>", "create a calendar event … on/at …" and "message the team channel
   * …", and suggests the matching action with its params and a ready preview (including a confirm
   * token). With `stream: false` (the default) the reply is one JSON document; with `stream: true` it
   * is a stream of Server-Sent Events (`text/event-stream`) named `text_delta`, `action_suggestion`,
   * `done` and `error`, each with an `id:` and JSON `data` whose `type` equals the event name; a
   * comment line is sent at least every 15 seconds as a heartbeat. The SDKs expose the streaming form
   * as `chat.stream`. With an `Idempotency-Key` (the SDKs send one), a retry of the same request gets the
   * first reply again — a completed stream is replayed whole — instead of adding the message twice.
   *
   * Roles: admin, developer.
   */
  send(params: ChatSendParams, options?: RequestOptions): APIPromise<ChatReply> {
    return this._client.request(
      {
        method: "post",
        path: `/v1/chat`,
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
  stream(params: ChatSendParams, options?: RequestOptions): APIPromise<Stream<ChatStreamEvent>> {
    return this._client.requestStream<ChatStreamEvent>(
      {
        method: "post",
        path: `/v1/chat`,
        body: { ...params, stream: true },
        idempotent: true,
      },
      (event) => (event.data === "" ? undefined : (JSON.parse(event.data) as ChatStreamEvent)),
      options,
    );
  }

  /**
   * List chat messages
   *
   * Lists a chat session's history, oldest first. Relay keeps the last 50 messages of each session.
   *
   * Roles: admin, developer, viewer.
   */
  listMessages(params: ChatListMessagesParams, options?: RequestOptions): PagePromise<ChatMessage> {
    return this._client.requestAPIList(
      {
        method: "get",
        path: `/v1/chat/messages`,
        query: params,
      },
      options,
    );
  }
}
