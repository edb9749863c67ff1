// End-to-end: the app built with tests/hostile-data (every text field a markup or script
// payload) shows each payload as text and runs none of them, in every view; URL parameters are
// inert too. Runs on target/hostile-dist (or $HOSTILE_DIST), which scripts/test.sh builds; it
// fails, rather than skips, when that build is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { serve } from './server.mjs';
import { CSP, cspViolations, pick } from './browser.mjs';

const DIST = process.env.HOSTILE_DIST ?? 'target/hostile-dist';
let server; let url; let browser;
before(async () => {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`${DIST}/index.html is missing: build it with CARGO_TARGET_DIR=target/hostile ATLAS_DATA_DIR=tests/hostile-data trunk build --release --cargo-profile test-build --dist ${DIST} (scripts/test.sh does)`);
  }
  ({ server, url } = await serve(DIST, 0, { 'content-security-policy': CSP }));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => { await browser?.close(); server?.close(); });

async function openHostile(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url + path);
  await page.waitForSelector('html[data-atlas-ready]');
  return { page, problems };
}

async function assertInert(page, problems, where) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, `a payload ran (${where})`);
  const injected = await page.evaluate(() => [...document.querySelectorAll('#app script, #app iframe, #app img, #app style, #app [onerror], #app [onload], #app a[href^="javascript:"]')].map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(injected, [], `markup from the data became elements (${where})`);
  assert.deepEqual(await cspViolations(page), [], `CSP violations (${where})`);
  assert.deepEqual(problems, []);
}

test('every payload in the data is shown as text and none runs', async () => {
  const { page, problems } = await openHostile('?charts=1');
  const text = await page.textContent('#app');
  for (const payload of ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">', 'javascript:window.__pwned=3', '<svg onload="window.__pwned=4">']) {
    assert.ok(text.includes(payload), `shown as text: ${payload}`);
  }
  await assertInert(page, problems, 'list and charts');

  // Every row expanded, the About panel, the charts as tables, a second report.
  for (const b of await page.$$('.jurisdiction .expand')) await b.click();
  await page.click('.about > summary'); await page.waitForSelector('.about-reports > li');
  for (const id of ['ranking', 'map', 'timeline']) await page.click(`#${id} .toggle`);
  await page.click('#timeline .toggle');
  for (const year of await page.$$('#timeline .year-col')) await year.focus();
  await pick(page, '#report', '1');
  await pick(page, '#list', '0');
  await page.click('.embed .toggle');
  await page.waitForTimeout(200);
  await assertInert(page, problems, 'details, about, tables, embed');
  assert.ok((await page.textContent('.about')).includes('<svg onload="window.__pwned=4">'), 'payloads in report texts stay text');
  assert.ok((await page.textContent('#report')).includes("</title><style>"), 'and in report names');
  // Source links keep their http(s) address; the only others are the site's own pages (the
  // open dataset, a record's page by its id); nothing else becomes a link target.
  const own = /^(https?:|#|data\/$|j\/[a-z0-9._-]+\/$)/;
  const hrefs = await page.$$eval('#app a[href]', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.every((h) => own.test(h)), hrefs.filter((h) => !own.test(h)).join(' '));
  await page.close();
});

test('hostile URL parameters are inert', async () => {
  const q = encodeURIComponent('<img src=x onerror="window.__pwned=9">');
  const { page, problems } = await openHostile(`?q=${q}&state=%3Cscript%3E&open=%22%3E%3Csvg%20onload%3Dalert(1)%3E&lang=%3Cb%3E&report=javascript:alert(1)`);
  assert.equal(await page.inputValue('#search'), '<img src=x onerror="window.__pwned=9">');
  await page.click('.embed .toggle');
  const code = await page.inputValue('#embed-code');
  assert.ok(!code.includes('<img'), 'the embed code carries the search only URL-encoded');
  await assertInert(page, problems, 'URL parameters');
  await page.close();
});

test('the pre-rendered page (no JavaScript) shows the payloads as text too', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  assert.ok((await page.textContent('#app')).includes('<script>window.__pwned=1</script>'));
  const injected = await page.evaluate(() => document.querySelectorAll('#app script, #app iframe, #app img, #app style, #app [onerror], #app [onload]').length);
  assert.equal(injected, 0);
  await context.close();
});

test("a place's page and its cards show the payloads as text, in the title and description too, with and without JavaScript", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  for (const path of ['j/state-tx/', 'j/county-a/', 'j/state-tx/card.html', 'j/county-a/card-es.html']) {
    const page = await context.newPage();
    await page.goto(url + path);
    const injected = await page.evaluate(() => document.querySelectorAll('body script, body iframe, body img, body style, [onerror], [onload], a[href^="javascript:"]').length);
    assert.equal(injected, 0, path);
    assert.equal(await page.evaluate(() => document.head.querySelectorAll('script:not([src]), meta[http-equiv]').length), 0, `${path}: the head holds no markup from the data`);
    await page.close();
  }
  const page = await context.newPage();
  await page.goto(`${url}j/state-tx/`);
  assert.match(await page.title(), /^State of Texas javascript:window.__pwned=3 — ICE detainer policy and figures$/);
  await context.close();
  const live = await openHostile('j/county-a/');
  await assertInert(live.page, live.problems, 'a place page with the app');
  await live.page.close();
});
