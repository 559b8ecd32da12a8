// Drives the built docs site in headless Chromium (Debian's /usr/bin/chromium, via playwright-core).
//
//   node --test docs/tests/browser.test.mjs
//
// Serves the site built by `mkdocs build` (build/docs/site, or DOCS_SITE_DIR) on 127.0.0.1 (a free
// port), then: the home page and an API reference page render, search finds an operation, and a
// crawl of every page finds no broken internal link or anchor. Screenshots go to build/docs/artifacts/
// (or DOCS_ARTIFACTS_DIR), which is gitignored.

import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const REPO = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const SITE = resolve(process.env.DOCS_SITE_DIR ?? join(REPO, "build", "docs", "site"));
const ARTIFACTS = resolve(process.env.DOCS_ARTIFACTS_DIR ?? join(REPO, "build", "docs", "artifacts"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

let server;
let origin;
let context;
let userDataDir;
const offOrigin = []; // requests the site tried to make to anything but its own origin (must stay empty)

function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split("?")[0]));
  let file = join(SITE, clean);
  if (!file.startsWith(SITE + sep) && file !== SITE) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    statSync(file);
    return file;
  } catch {
    return null;
  }
}

before(async () => {
  assert.ok(statSync(join(SITE, "index.html")).isFile(), `no built site at ${SITE}: run mkdocs build first`);
  assert.ok(statSync(CHROMIUM).isFile(), `${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(ARTIFACTS, { recursive: true });
  server = createServer((req, res) => {
    const file = fileFor(req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  userDataDir = mkdtempSync(join(tmpdir(), "relay-docs-chromium-"));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
});

after(async () => {
  await context?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function open(path) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(err.message));
  const response = await page.goto(origin + path, { waitUntil: "load" });
  assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
  return { page, errors };
}

test("the home page renders", async () => {
  const { page, errors } = await open("/");
  assert.match(await page.title(), /Relay developer docs/);
  assert.match(await page.locator("article h1").first().innerText(), /^Relay developer docs/);
  // The navigation shows the guides and the API reference.
  assert.ok(await page.locator("nav").getByText("Getting started").first().isVisible());
  await page.screenshot({ path: join(ARTIFACTS, "home.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("an API reference page renders with its operations and samples", async () => {
  const { page, errors } = await open("/reference/actions/");
  const heading = page.locator("h2#actions_execute");
  assert.ok(await heading.isVisible(), "the actions_execute entry is missing");
  assert.match(await heading.innerText(), /Execute an action/);
  const article = (await page.locator("article").textContent()) ?? ""; // hidden tabs included
  assert.match(article, /POST \/v1\/actions\/\{action_id\}\/execute/);
  assert.match(article, /client\.actions\.execute\(/); // the Python sample (a hidden tab: curl is first)
  assert.match(article, /confirm_token_used/); // the errors it can return
  // The TypeScript tab switches to the TypeScript sample.
  const tsTab = page.locator("h2#actions_execute ~ div.tabbed-set").first().getByText("TypeScript");
  await tsTab.click();
  const tsBlock = page.locator("h2#actions_execute ~ div.tabbed-set").first().locator(".tabbed-block").nth(2);
  assert.match(await tsBlock.innerText(), /await client\.actions\.execute\("email\.send"/);
  await page.screenshot({ path: join(ARTIFACTS, "reference-actions.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("search finds an operation", async () => {
  const { page, errors } = await open("/");
  const input = page.locator("input.md-search__input");
  await input.click();
  await input.pressSequentially("list deliveries", { delay: 20 }); // typed, as a person would
  const hit = page.locator("a.md-search-result__link", { hasText: "List an endpoint's deliveries" }).first();
  await hit.waitFor({ state: "visible", timeout: 30_000 });
  await page.screenshot({ path: join(ARTIFACTS, "search.png") });
  await hit.click();
  await page.waitForURL(/\/reference\/webhook_endpoints\/(\?[^#]*)?#webhook_endpoints_list_deliveries$/);
  assert.ok(await page.locator("h2#webhook_endpoints_list_deliveries").isVisible());
  assert.deepEqual(errors, []);
  await page.close();
});

test("no internal link or anchor is broken (crawl from the home page)", async () => {
  const pages = new Map(); // path → Set of element ids on it
  const queue = ["/"];
  const links = []; // [from, href]
  const page = await context.newPage();
  // Links and ids are in the served HTML: skip scripts, styles and images here, for speed (the
  // tests above check the rendered pages).
  await page.route(/\.(js|css|svg|png|ico|woff2?)$/, (route) => route.abort());
  while (queue.length) {
    const path = queue.shift();
    if (pages.has(path)) continue;
    const response = await page.goto(origin + path, { waitUntil: "domcontentloaded" });
    assert.equal(response?.status(), 200, `${path} answered ${response?.status()}`);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll("[id]")].map((el) => el.id),
      hrefs: [...document.querySelectorAll("a[href]")].map((a) => a.href),
    }));
    pages.set(path, new Set(found.ids));
    for (const href of found.hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      links.push([path, url]);
      const target = url.pathname;
      if ((target.endsWith("/") || target.endsWith(".html")) && !pages.has(target)) queue.push(target);
    }
  }
  const broken = [];
  for (const [from, url] of links) {
    const target = url.pathname;
    if (!pages.has(target)) {
      if (!fileFor(target)) broken.push(`${from} → ${url.pathname} (missing)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !pages.get(target).has(fragment)) broken.push(`${from} → ${url.pathname}#${fragment} (no such anchor)`);
  }
  assert.ok(pages.size >= 30, `crawled only ${pages.size} pages`);
  assert.deepEqual([...new Set(broken)], []);
  console.log(`crawled ${pages.size} pages, checked ${links.length} internal links`);
  await page.close();
});

// The spec's tags and their x-displayName (a line-based read of spec/openapi.yaml's `tags:` list).
function specTags() {
  const spec = readFileSync(join(REPO, "spec", "openapi.yaml"), "utf8");
  const section = spec.slice(spec.indexOf("\ntags:\n"), spec.indexOf("\npaths:\n"));
  return [...section.matchAll(/^ {2}- name: (\w+)\n {4}x-displayName: (.+)$/gm)].map(([, tag, title]) => ({
    tag,
    title: title.trim(),
  }));
}

// Pages whose layout is checked: every guide, every reference page, the benchmarks.
async function layoutPages() {
  const { page } = await open("/");
  const paths = await page.evaluate(() =>
    [...document.querySelectorAll("nav.md-nav a.md-nav__link[href]")].map((a) => new URL(a.href).pathname),
  );
  await page.close();
  return [...new Set(paths)].filter((p) => /\/(guides|reference)\/|\/benchmarks\//.test(p));
}

test("titles and navigation use the spec's tag names (x-displayName), never the raw tags", async () => {
  const tags = specTags();
  assert.ok(tags.length >= 10, `read ${tags.length} tags from the spec`);
  const { page, errors } = await open("/");
  const navTexts = await page.evaluate(() =>
    [...document.querySelectorAll("nav.md-nav a.md-nav__link")].map((a) => a.textContent.trim()),
  );
  await page.close();
  for (const { tag, title } of tags) {
    if (tag.includes("_")) assert.ok(!navTexts.includes(tag), `the navigation shows the raw tag ${tag}`);
    assert.ok(navTexts.includes(title), `the navigation lacks "${title}"`);
    if (tag === "webhooks") continue; // the webhook events page (reference/webhooks.md) is titled by its template
    const { page: ref } = await open(`/reference/${tag}/`);
    assert.equal((await ref.locator("article h1").first().innerText()).replace(/¶$/, "").trim(), title);
    assert.match(await ref.title(), new RegExp(`^${title} - `));
    await ref.close();
  }
  assert.deepEqual(errors, []);
});

test("no table is wider than the text column at 1280 px, and no code line is clipped", async () => {
  const overflowing = [];
  for (const path of await layoutPages()) {
    const { page } = await open(path);
    const found = await page.evaluate(() => {
      const out = [];
      const wide = (el) => el.scrollWidth > el.clientWidth + 1;
      document.querySelectorAll("article .md-typeset__table, article table").forEach((el, i) => {
        if (wide(el)) out.push(`table #${i} (${el.scrollWidth} > ${el.clientWidth} px)`);
      });
      // every code block, in open tabs and collapsed examples alike (their layout is computed when shown)
      document.querySelectorAll("article pre > code").forEach((el, i) => {
        const pre = el.parentElement;
        if (pre.offsetParent !== null && wide(pre)) out.push(`code block #${i}: ${el.textContent.slice(0, 60)}…`);
      });
      return out;
    });
    for (const item of found) overflowing.push(`${path}: ${item}`);
    if (path === "/benchmarks/") await page.screenshot({ path: join(ARTIFACTS, "benchmarks.png"), fullPage: true });
    await page.close();
  }
  assert.deepEqual(overflowing, []);
});

test("paths, SDK names and media types in table cells break only between segments", async () => {
  const broken = [];
  for (const path of ["/reference/", "/reference/roles/", "/reference/actions/", "/reference/webhook_endpoints/"]) {
    const { page } = await open(path);
    await page.setViewportSize({ width: 1280, height: 900 });
    const found = await page.evaluate(() => {
      const out = [];
      const cells = document.querySelectorAll("article td code.relay-wrap");
      if (cells.length === 0) out.push("no path cell (td code.relay-wrap) on the page");
      for (const code of cells) {
        const text = code.textContent;
        // The line each character sits on: a new line may start only after "/", ".", or a space.
        const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
        let previous = null;
        let prevTop = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (prevTop !== null && rect.top > prevTop + 2 && !"/. ".includes(previous)) {
              out.push(`${text} (breaks after "${previous}")`);
            }
            previous = node.data[i];
            prevTop = rect.top;
          }
        }
      }
      return out;
    });
    for (const item of found) broken.push(`${path}: ${item}`);
    await page.close();
  }
  assert.deepEqual([...new Set(broken)], []);
});

test("the header links the repository and shows the release's version", async () => {
  const { page, errors } = await open("/guides/getting-started/");
  const source = page.locator("a.md-source").first();
  assert.equal(await source.getAttribute("href"), "https://github.com/relay-dev/relay-sdk-suite");
  const spec = readFileSync(join(REPO, "spec", "openapi.yaml"), "utf8");
  const version = /\ninfo:\n(?: {2}.*\n)*? {2}version: ['"]?([^'"\n]+)/.exec(spec)[1];
  assert.match(await source.innerText(), new RegExp(`v${version.replaceAll(".", "\\.")}`));
  await page.screenshot({ path: join(ARTIFACTS, "getting-started.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("nothing but the pages and their assets is published (no stray project files)", () => {
  for (const stray of ["ruff.toml", "package.json", "package-lock.json", "requirements.txt", "theme/hooks.py"]) {
    assert.equal(fileFor(`/${stray}`), null, `/${stray} is published with the site`);
  }
});

test("the site requests nothing outside its own origin", () => {
  assert.deepEqual([...new Set(offOrigin)], []);
});
