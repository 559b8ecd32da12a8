// Runtime detection without depending on Node types.

type ProcessLike = { env?: Record<string, string | undefined>; versions?: { node?: string } };
type GlobalLike = {
  process?: ProcessLike;
  window?: { document?: unknown };
  importScripts?: unknown;
  location?: { origin?: string };
  crypto?: Crypto;
};
const g = globalThis as GlobalLike;

/** Reads an environment variable when `process.env` exists (Node, Bun, Deno's compat); else undefined. */
export function getEnv(name: string): string | undefined {
  try {
    return g.process?.env?.[name]?.trim() || undefined;
  } catch {
    return undefined; // e.g. Deno without --allow-env
  }
}

/** True in a browser page or web worker (not in Node, Deno, Bun or edge runtimes). */
export function isBrowser(): boolean {
  return !g.process?.versions?.node && (g.window?.document !== undefined || typeof g.importScripts == "function");
}

/** The page's origin in a browser (for same-origin proxy base URLs), else undefined. */
export function browserOrigin(): string | undefined {
  const origin = g.location?.origin;
  return origin && origin !== "null" ? origin : undefined;
}

export function platformDescription(): string {
  const node = g.process?.versions?.node;
  return node ? `node/${node}` : "unknown";
}

/** A random UUID v4 (crypto.randomUUID when available, e.g. not on Node 18 without the global). */
export function uuid4(): string {
  return (
    g.crypto?.randomUUID?.() ??
    "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) =>
      (+c ^ ((Math.random() * 16) >> (+c / 4))).toString(16),
    )
  );
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
