// End-to-end: without JavaScript the built page still lists jurisdictions; with it the app takes
// over; printing shows a clean list without controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { start, open } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('without JavaScript the whole list, policies and figures are plain HTML', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.url);
  const names = await page.$$eval('.jurisdiction .name', (ns) => ns.map((n) => n.textContent));
  assert.ok(names.length > 500, `${names.length} rows`);
  assert.equal(names[0], 'Travis County');
  assert.match(await page.textContent('.jurisdiction'), /142\s*detainers declined/);
  assert.match(await page.textContent('#results'), /not reported/);
  // Controls that need the app are hidden; the About panel (a native disclosure) works.
  assert.equal(await page.isVisible('#search'), false);
  await page.click('.about > summary');
  assert.match(await page.textContent('.about'), /What a detainer is/);
  await browser.close();
});

test('the app takes over the pre-rendered page without moving or flashing anything', async () => {
  const { page, problems } = await open(env, '', 390, () => {
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
  });
  assert.ok(await page.$('#search'));
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
  // The app shows a page of rows and offers the rest.
  const page1 = await page.$$eval('.jurisdiction', (r) => r.length);
  assert.ok(page1 >= 20 && page1 <= 50, `${page1} rows in the first page`);
  assert.match(await page.textContent('.results .more'), new RegExp(`Show ${page1} more \\(\\d+ not shown yet\\)`));
  await page.click('.results .more');
  assert.equal(await page.$$eval('.jurisdiction', (r) => r.length), 2 * page1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('printing hides the controls and keeps the list', async () => {
  const { page, problems } = await open(env, '?open=travis-county-tx');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.controls', '.search-field', '.embed', '.pictures-box']) {
    assert.equal(await page.$eval(sel, (e) => getComputedStyle(e).display), 'none', `${sel} hidden in print`);
  }
  assert.ok(await page.isVisible('.jurisdiction'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the suite notices any storage or cookie write (the guard every test relies on)', async () => {
  const { page, problems } = await open(env);
  await page.evaluate(() => { localStorage.setItem('probe', '1'); document.cookie = 'probe=1'; localStorage.removeItem('probe'); document.cookie = 'probe=; max-age=0'; });
  await page.waitForTimeout(50);
  assert.ok(problems.some((p) => p.includes('Storage.setItem(probe)')), problems.join('; '));
  assert.ok(problems.some((p) => p.includes('cookie probe=1')), problems.join('; '));
  await page.close();
});

test("each row's figure links its first source, one click away", async () => {
  const { page, problems } = await open(env);
  const rows = await page.$$eval('.jurisdiction', (rs) => rs.map((r) => [!!r.querySelector('.figure-value'), r.querySelector('.figure-line .figure-source')?.getAttribute('href') ?? null, r.querySelector('.figure-value')?.textContent]));
  const withNumber = rows.filter(([, , v]) => v && v !== 'not reported');
  assert.ok(withNumber.length > 5);
  assert.ok(withNumber.every(([, href]) => /^https?:\/\//.test(href ?? '')), JSON.stringify(withNumber.slice(0, 3)));
  assert.equal(await page.getAttribute('.jurisdiction .figure-source', 'target'), '_blank');
  assert.deepEqual(problems, []);
  await page.close();
});
