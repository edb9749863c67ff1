// End-to-end: without JavaScript the built page still lists jurisdictions; with it the app takes
// over; printing shows a clean list without controls. Runs against the fixture build
// (tests/fixture-data): 44 listed rows, so the app shows 25 and offers the other 19.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { start, open } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('without JavaScript the whole list, policies and figures are plain HTML', async (t) => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  // Closed even when an assertion fails, or the browser keeps the test process alive.
  t.after(() => browser.close());
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.url);
  const names = await page.$$eval('.jurisdiction .name', (ns) => ns.map((n) => n.textContent));
  assert.equal(names.length, 44, 'every listed row, not a page of them');
  assert.deepEqual(names.slice(0, 5), ['Travis County', 'California (all jurisdictions)', 'Boulder County', 'New York City', 'Williamson County']);
  assert.equal(names.at(-1), 'Ventura County');
  assert.match(await page.textContent('.jurisdiction'), /131\s*detainers declined/);
  assert.match(await page.textContent('#row-madera-county-ca'), /not reported\s*detainers declined/);
  assert.match(await page.textContent('#row-clark-county-nv'), /47 detainers issued/);
  assert.equal(await page.textContent('#result-count'), '44 jurisdictions and groups.');
  assert.equal(await page.textContent('.report-summary .attributed'), '162 of 190 detainers declined attributed to named jurisdictions in this dataset.');
  assert.equal(await page.$('.results .more'), null, 'no "Show more" without JavaScript');
  // Controls that need the app are hidden; the About panel (a native disclosure) works.
  assert.equal(await page.isVisible('#search'), false);
  await page.click('.about > summary');
  assert.match(await page.textContent('.about'), /What a detainer is/);
});

test('the app takes over the pre-rendered page without moving or flashing anything', async () => {
  const { page, problems } = await open(env, '', 390, () => {
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
  });
  assert.ok(await page.$('#search'));
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
  // The app shows a page of 25 rows and offers the other 19.
  assert.equal(await page.$$eval('.jurisdiction', (r) => r.length), 25);
  assert.equal(await page.textContent('.results .more'), 'Show 19 more (19 not shown yet)');
  await page.click('.results .more');
  assert.equal(await page.$$eval('.jurisdiction', (r) => r.length), 44);
  assert.equal(await page.$('.results .more'), null, 'nothing more to show');
  // The keyboard goes on from the first new row, the 26th.
  await page.waitForFunction(() => document.activeElement?.closest('li')?.id === 'row-ddor-top-ten');
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
  // The first page: 19 rows with a number in week 1, then 6 without.
  assert.equal(rows.length, 25);
  assert.equal(withNumber.length, 19);
  assert.ok(rows.every(([hasValue]) => hasValue), 'every row shows a figure or "not reported"');
  assert.ok(withNumber.every(([, href]) => /^https?:\/\//.test(href ?? '')), JSON.stringify(withNumber.slice(0, 3)));
  assert.equal(await page.getAttribute('.jurisdiction .figure-source', 'target'), '_blank');
  assert.deepEqual(problems, []);
  await page.close();
});
