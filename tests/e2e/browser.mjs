// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, against a
// release build served on 127.0.0.1. Every page is watched for console errors, page errors and
// requests that leave the origin.
//
// The suites run against the build of the small fixture dataset (tests/fixture-data, built with
// `ATLAS_DATA_DIR=tests/fixture-data trunk build --release --dist target/fixture-dist`) and
// assert its exact numbers; only smoke.test.mjs runs against the real build (dist/).
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';

export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** The policy the app must run under without violations (README, "Hosting"). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The release build of the fixture dataset, which every suite but the smoke suite runs against. */
export const FIXTURE_DIST = process.env.FIXTURE_DIST ?? 'target/fixture-dist';
/** The release build of the real dataset (data/), for the smoke suite only. */
export const REAL_DIST = process.env.REAL_DIST ?? 'dist';

/** Serves `dist` (the fixture build unless told otherwise) and the demo article with the strict
 * CSP, and starts Chromium. */
export async function start({ dist = FIXTURE_DIST } = {}) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`no build in ${dist}/: run \`ATLAS_DATA_DIR=tests/fixture-data trunk build --release --dist target/fixture-dist\` (fixture) or \`trunk build --release\` (real data), or set FIXTURE_DIST / REAL_DIST`);
  }
  const mounts = { '/examples/vendor/': 'node_modules/pym.js/dist', '/examples/': 'examples' };
  const { server, url } = await serve(dist, 0, { 'content-security-policy': CSP }, mounts);
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  // Every frame records Content-Security-Policy violations.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // Any cookie, storage or IndexedDB write is logged as a console error, which fails the test
    // that caused it (every test asserts no console error).
    const report = (what) => console.error(`storage write: ${what}`);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (...args) { report(`Storage.setItem(${args[0]})`); return setItem.apply(this, args); };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(document, 'cookie', { get: () => cookie.get.call(document), set: (v) => { report(`cookie ${v}`); cookie.set.call(document, v); } });
    const idb = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) { report(`indexedDB.open(${args[0]})`); return idb.apply(this, args); };
  });
  return { url, context, async stop() { await context.close(); server.close(); } };
}

/** Opens `path` at `width`×900 and waits for rows; returns { page, problems }. `init` runs in
 * the page before its own scripts (to stand in for a browser setting, say). */
export async function open(env, path = '', width = 1280, init = null) {
  const page = await env.context.newPage();
  if (init) await page.addInitScript(init);
  await page.setViewportSize({ width, height: 900 });
  const origin = new URL(env.url).origin;
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (new URL(r.url()).origin !== origin) problems.push(`request left the origin: ${r.url()}`); });
  await page.goto(env.url + path);
  // The pre-rendered list is there at once; wait for the app to have taken over.
  // A card (j/<id>/card.html) has no app: it is there at once.
  if (!path.startsWith('examples/') && !/\/card(-es)?\.html/.test(path)) await page.waitForSelector('html[data-atlas-ready]', { timeout: 20000 });
  return { page, problems };
}

export async function names(page) {
  return page.$$eval('.jurisdiction .expand', (bs) => bs.map((b) => b.textContent.trim()));
}

/** CSP violations recorded in every frame of the page. */
export async function cspViolations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
  return all;
}

/** Opens the folded panel (a closed `<details>`) that holds `selector`, by its summary line, as
 * a reader would; nothing when it is open or in none. */
export async function unfold(page, selector) {
  const folded = page.locator(`details:not([open]):has(${selector})`);
  while (await folded.count() > 0) await folded.first().locator(':scope > summary').click();
}

/** Chooses `value` in the picker `selector` (filters and the report picker fold away on a
 * phone's first screen), opening its panel first. */
export async function pick(page, selector, value) {
  await unfold(page, selector);
  await page.selectOption(selector, value);
}
