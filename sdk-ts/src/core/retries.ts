// Retry decisions, backoff and Retry-After parsing, pinned by contract-tests/vectors/
// (retry_decisions.json, retry_after.json); the same rules as relay_sdk in Python.

export const INITIAL_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** A server-requested wait longer than this is not slept through: the error is raised instead. */
export const MAX_RETRY_AFTER_MS = 60_000;
export const RETRY_COUNT_HEADER = "x-relay-retry-count";
export const IDEMPOTENCY_HEADER = "idempotency-key";

const RETRYABLE_STATUS = [408, 429, 500, 502, 503, 504];

export interface HeadersLike {
  get(name: string): string | null;
}

export type RetryOutcome =
  | { kind: "connection_error" }
  | { kind: "timeout" }
  | { kind: "status"; status: number; problemCode?: string | null };

/**
 * Whether an attempt's outcome is retried, given `retriesRemaining` more attempts are allowed.
 * Rules, in order: none remaining → no; success → no; POST/PATCH only with an Idempotency-Key;
 * connection errors and timeouts → yes; `x-should-retry: true|false` overrides; 408, 429, 500, 502,
 * 503, 504 → yes; 409 only with problem code `idempotency_in_progress`.
 */
export function shouldRetry(input: {
  method: string;
  hasIdempotencyKey: boolean;
  outcome: RetryOutcome;
  headers?: HeadersLike | undefined;
  retriesRemaining: number;
}): boolean {
  const { outcome } = input;
  const status = outcome.kind === "status" ? outcome.status : 0;
  const code = outcome.kind === "status" ? outcome.problemCode : null;
  return retryable(input.method, input.hasIdempotencyKey, status, code, input.headers, input.retriesRemaining);
}

/** @internal `shouldRetry` with positional arguments; `status` 0 means a connection error or timeout. */
export function retryable(
  method: string,
  hasIdempotencyKey: boolean,
  status: number,
  problemCode: unknown,
  headers: HeadersLike | undefined,
  retriesRemaining: number,
): boolean {
  if (retriesRemaining <= 0 || (status >= 200 && status < 400)) return false;
  if (!/^(get|head|options|put|delete)$/i.test(method) && !hasIdempotencyKey) return false;
  if (!status) return true;
  const override = headers?.get("x-should-retry")?.trim();
  if (override === "true") return true;
  if (override === "false") return false;
  return status === 409 ? problemCode === "idempotency_in_progress" : RETRYABLE_STATUS.includes(status);
}

export type RetryAfter = { kind: "delay"; ms: number } | { kind: "raise" } | { kind: "backoff" };

// IMF-fixdate, e.g. "Sun, 22 Nov 2026 02:40:10 GMT" (the only HTTP-date form accepted).
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/;

/**
 * How long the server asked us to wait: `retry-after-ms`, then `Retry-After` (integer seconds or an
 * IMF-fixdate). The first header that parses decides; ≤ 0 → backoff; > 60 s → raise.
 */
export function parseRetryAfter(headers: HeadersLike, now: number = Date.now()): RetryAfter {
  const ms = retryAfterMs(headers, now);
  return ms === 0 ? { kind: "backoff" } : ms < 0 ? { kind: "raise" } : { kind: "delay", ms };
}

/** @internal The server-requested wait in ms: 0 when none (back off instead), -1 when too long (raise). */
export function retryAfterMs(headers: HeadersLike, now: number): number {
  const ms = headers.get("retry-after-ms")?.trim();
  const ra = headers.get("retry-after")?.trim();
  // (`test` of an absent header tests "undefined", which matches none of these.)
  const delay = /^\d+(\.\d+)?$/.test(ms!)
    ? +ms!
    : /^\d+$/.test(ra!)
      ? +ra! * 1000
      : IMF_FIXDATE.test(ra!)
        ? Date.parse(ra!) - now
        : 0;
  // NaN (an IMF-fixdate with a bad day or month name) → backoff.
  return !isFinite(delay) || delay <= 0 ? 0 : delay > MAX_RETRY_AFTER_MS ? -1 : delay;
}

/** Exponential backoff in ms: min(0.5 s · 2^n, 8 s) × jitter, jitter in [0.75, 1.0]; n = retries made. */
export function backoffDelay(retryNumber: number, random: () => number = Math.random): number {
  return Math.min(INITIAL_RETRY_DELAY_MS * 2 ** retryNumber, MAX_RETRY_DELAY_MS) * (1 - random() * 0.25);
}
