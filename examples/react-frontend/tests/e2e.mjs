// End-to-end: the built frontend, served by fastapi-backend, driven in headless Chromium.
//
//   node tests/e2e.mjs http://127.0.0.1:8000 build/screenshots/react-frontend.png
//
// Picks email.send, fills the form rendered from its input_schema, previews, confirms, and waits for
// the execution and for the signed webhook the backend verified. Checks that no request from the page
// carried an API key or left the page's origin. Prints one JSON line of findings; exits 1 on failure.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";

const [baseURL, screenshot] = process.argv.slice(2);
if (!baseURL || !screenshot) {
  console.error("usage: node tests/e2e.mjs BACKEND_URL SCREENSHOT.png");
  process.exit(2);
}
const origin = new URL(baseURL).origin;
const profile = mkdtempSync(join(tmpdir(), "relay-e2e-profile-"));
// A fresh profile directory per run (playwright passes it as --user-data-dir).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
const findings = { requests: 0, foreign_requests: [], authorization_headers: 0, console_errors: [] };
let failed = null;
try {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("request", (req) => {
    findings.requests += 1;
    if (new URL(req.url()).origin !== origin) findings.foreign_requests.push(req.url());
    if (req.headers()["authorization"]) findings.authorization_headers += 1;
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") findings.console_errors.push(msg.text());
  });
  await page.goto(baseURL);
  await page.getByTestId("action-email.send").click();
  findings.fields = await page.locator("form[aria-label=params] [name]").evaluateAll((els) => els.map((e) => e.getAttribute("name")));
  await page.locator("input[name=to]").fill("ada@example.com, grace@example.com");
  await page.locator("input[name=subject]").fill("Lunch on Friday");
  await page.locator("textarea[name=body], input[name=body]").first().fill("Shall we try the new place?");
  await page.getByTestId("preview").click();
  findings.summary = (await page.getByTestId("summary").textContent()) ?? "";
  await page.getByTestId("confirm").click();
  await page.getByTestId("execution-status").filter({ hasText: /succeeded|failed/ }).waitFor();
  findings.execution_status = await page.getByTestId("execution-status").textContent();
  await page.getByTestId("webhook-status").filter({ hasText: "received" }).waitFor();
  findings.webhook = await page.getByTestId("webhook-status").textContent();
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  findings.screenshot = screenshot;
} catch (err) {
  failed = String(err?.message ?? err);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify({ ok: failed === null, error: failed, ...findings }));
process.exit(failed === null ? 0 : 1);
