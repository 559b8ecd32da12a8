// Runtime detection without depending on Node types.

export type GlobalLike = {
  process?: { env?: Record<string, string | undefined>; versions?: { node?: string } };
  window?: { document?: unknown };
  importScripts?: unknown;
  location?: { origin?: string };
  crypto?: Crypto;
};
export const g = globalThis as GlobalLike;

/** Reads an environment variable when `process.env` exists (Node, Bun, Deno's compat); else undefined. */
export function getEnv(name: string): string | undefined {
  try {
    return g.process?.env?.[name]?.trim() || undefined;
  } catch {
    return undefined; // e.g. Deno without --allow-env
  }
}

/**
 * A random id for idempotency keys: a UUID v4 from `crypto.randomUUID` (every supported runtime but
 * Node 18, which hides the global `crypto` behind a flag); there, random base-36 digits and the time.
 */
export const randomId = (): string =>
  g.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2) + Date.now().toString(36);
