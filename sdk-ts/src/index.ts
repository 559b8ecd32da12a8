// @relay/sdk-js — public entry point (hand-written; re-exports the generated client and types).
//
//   import Relay, { RateLimitError } from "@relay/sdk-js";
//   const { Relay } = require("@relay/sdk-js");
import { Relay } from "./generated/client.js";

export default Relay;
export {
  APIConnectionError,
  APIPromise,
  APIStatusError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  type ClientOptions,
  ConflictError,
  CursorPage,
  type Fetch,
  InternalServerError,
  NotFoundError,
  PagePromise,
  PermissionDeniedError,
  type ProblemDetails,
  RateLimitError,
  RelayError,
  type RequestOptions,
  type ServerSentEvent,
  Stream,
  UnprocessableEntityError,
  VERSION,
  type VerifyOptions,
  type WebhookBody,
  type WebhookHeaders,
  Webhooks,
  WebhookVerificationError,
  type WebhookVerificationErrorKind,
  type WithResponse,
} from "./core/index.js";
export * from "./generated/index.js";
export { Relay };
