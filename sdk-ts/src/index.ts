// @relay/sdk-js — public entry point (hand-written; re-exports the generated client and types).
//
//   import Relay, { RateLimitError } from "@relay/sdk-js";
//   const { Relay } = require("@relay/sdk-js");
import { Relay } from "./generated/client.js";

export default Relay;
export { Relay };
export * from "./generated/index.js";
export {
  APIConnectionError,
  APIPromise,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  CursorPage,
  InternalServerError,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  RateLimitError,
  RelayError,
  Stream,
  UnprocessableEntityError,
  VERSION,
  WebhookVerificationError,
  Webhooks,
  type ClientOptions,
  type Fetch,
  type ProblemDetails,
  type RequestOptions,
  type ServerSentEvent,
  type VerifyOptions,
  type WebhookBody,
  type WebhookHeaders,
  type WebhookVerificationErrorKind,
  type WithResponse,
} from "./core/index.js";
