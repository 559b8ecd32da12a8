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

/** A random UUID v4 (crypto.randomUUID when available, e.g. not on Node 18 without the global). */
export const uuid4 = (): string =>
  g.crypto?.randomUUID?.() ??
  "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (+c ^ ((Math.random() * 16) >> (+c / 4))).toString(16));
