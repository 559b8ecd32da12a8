// Builds dist/esm and dist/cjs (each with .d.ts) with tsc only; no bundler.
// First writes src/core/version.ts from package.json: the package's version lives in package.json only.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  // `npm pack` / `npm run build` in a fresh clone: the pinned dev dependencies are not installed yet
  console.error("sdk-ts: TypeScript is not installed here: run `npm ci` first (then `npm pack` builds and packs).");
  process.exit(1);
}

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const versionModule = `// written by scripts/build.mjs from package.json — edit the version there\nexport const VERSION = ${JSON.stringify(version)};\n`;
const versionPath = join(root, "src", "core", "version.ts");
if (readFileSync(versionPath, "utf8") !== versionModule) writeFileSync(versionPath, versionModule);

rmSync(join(root, "dist"), { recursive: true, force: true });
for (const [project, type] of [
  ["tsconfig.json", "module"],
  ["tsconfig.cjs.json", "commonjs"],
]) {
  execFileSync(process.execPath, [tsc, "-p", join(root, project)], { stdio: "inherit", cwd: root });
  const out = join(root, "dist", type === "module" ? "esm" : "cjs");
  writeFileSync(join(out, "package.json"), `${JSON.stringify({ type }, null, 2)}\n`);
}
