// Webhook verification per Standard Webhooks, with WebCrypto (browsers, Node >= 18, edge runtimes).
//
// Signed content: `${webhook-id}.${webhook-timestamp}.${body}` (the body's UTF-8 bytes); HMAC-SHA256
// keyed with the secret's bytes (a `whsec_` prefix is stripped, the rest base64-decoded);
// `webhook-signature` holds one or more space-separated `v1,<base64>` entries, and any matching `v1`
// entry authenticates the message. Comparison is constant-time over the full `v1,<base64>` value.
// Pinned by contract-tests/vectors/webhook_signatures.json.

import { g, getEnv } from "./env.js";
import { WebhookVerificationError, type WebhookVerificationErrorKind } from "./errors.js";

/** Five minutes, in seconds. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

export type WebhookHeaders =
  | Headers
  | Record<string, string | string[] | undefined | null>
  | Iterable<readonly [string, string]>;

export interface VerifyOptions {
  headers: WebhookHeaders;
  /** The endpoint's signing secret (`whsec_…`); defaults to the client's `webhookSecret` / RELAY_WEBHOOK_SECRET. */
  secret?: string | undefined;
  /** Allowed clock skew in seconds (default 300). */
  tolerance?: number | undefined;
  /** Current time in seconds since the epoch (for tests). */
  now?: number | undefined;
}

/** The raw request body exactly as received (not re-serialised JSON). */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

const fail = (kind: WebhookVerificationErrorKind): never => {
  throw new WebhookVerificationError(kind);
};

export class Webhooks<Event = unknown> {
  constructor(private readonly defaultSecret?: () => string | undefined) {}

  /** Verifies the payload's signature and timestamp; throws WebhookVerificationError on failure. */
  async verify(body: WebhookBody, options: VerifyOptions): Promise<void> {
    const secret = options.secret ?? this.defaultSecret?.() ?? getEnv("RELAY_WEBHOOK_SECRET");
    await verifyWebhook(body, { ...options, secret: secret || fail("missing_secret") });
  }

  /** Verifies the payload, then parses it as a typed webhook event. */
  async unwrap(body: WebhookBody, options: VerifyOptions): Promise<Event> {
    await this.verify(body, options);
    try {
      return JSON.parse(typeof body == "string" ? body : new TextDecoder().decode(body)) as Event;
    } catch (err) {
      throw new WebhookVerificationError("invalid_payload", { cause: err });
    }
  }
}

export async function verifyWebhook(body: WebhookBody, options: VerifyOptions & { secret: string }): Promise<void> {
  const headers = headerMap(options.headers);
  const id = headers.get("webhook-id");
  const timestamp = headers.get("webhook-timestamp");
  const signatures = headers.get("webhook-signature");
  if (id == null || timestamp == null || signatures == null) return fail("missing_header");
  if (!/^\d+$/.test(timestamp)) fail("invalid_timestamp");
  const age = (options.now ?? Math.floor(Date.now() / 1000)) - +timestamp;
  const tolerance = options.tolerance ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (age > tolerance) fail("timestamp_too_old");
  if (-age > tolerance) fail("timestamp_too_new");

  const expected = await signWebhook(body, { id, timestamp, secret: options.secret });
  let matched = false;
  // Other versions and entries without a comma are skipped; every v1 entry is compared (no early exit).
  for (const entry of signatures.split(" "))
    if (entry.startsWith("v1,") && constantTimeEqual(entry, expected)) matched = true;
  if (!matched) fail("invalid_signature");
}

/** The `v1,<base64>` signature of a payload (what Relay puts in `webhook-signature`). */
export async function signWebhook(
  body: WebhookBody,
  options: { id: string; timestamp: string | number; secret: string },
): Promise<string> {
  const subtle = await getSubtle();
  let key: Uint8Array<ArrayBuffer>;
  try {
    key = Uint8Array.from(atob(options.secret.replace(/^whsec_/, "")), (c) => c.charCodeAt(0));
  } catch {
    return fail("invalid_secret");
  }
  const hmac = await subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  // The signed content's bytes: the prefix as UTF-8, then the body's bytes (a string body as UTF-8).
  const signed = await new Blob([`${options.id}.${options.timestamp}.`, body as BlobPart]).arrayBuffer();
  return "v1," + btoa(String.fromCharCode(...new Uint8Array(await subtle.sign("HMAC", hmac, signed))));
}

/** Compares two strings in time that depends only on their lengths. */
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length && i < b.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return !diff;
}

/** A case-insensitive header lookup over Headers, a record (array values joined with " ") or pairs. */
function headerMap(headers: WebhookHeaders): { get(name: string): string | null | undefined } {
  if (typeof (headers as Headers).get == "function") return headers as Headers;
  const map = new Map<string, string>();
  for (const [name, value] of (Symbol.iterator in headers ? headers : Object.entries(headers)) as Iterable<
    [string, unknown]
  >) {
    if (value != null) map.set(name.toLowerCase(), Array.isArray(value) ? value.join(" ") : String(value));
  }
  return map;
}

async function getSubtle(): Promise<SubtleCrypto> {
  // Node 18 without the global: node:crypto's webcrypto, loaded lazily (the specifier is kept opaque
  // to bundlers, which never need it: browsers and edge runtimes have crypto.subtle).
  const mod = "node:crypto";
  return (
    g.crypto?.subtle ??
    ((await import(/* webpackIgnore: true */ mod).catch(() => undefined)) as { webcrypto?: Crypto } | undefined)
      ?.webcrypto?.subtle ??
    fail("unsupported_runtime")
  );
}
