// End-to-end: without JavaScript the built page lists the first page of jurisdictions and links
// the whole list (list.html); with JavaScript the app takes over; printing shows a clean list without controls. Runs against the fixture build
// (tests/fixture-data): 44 listed rows, so the app shows 25 and offers the other 19.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { start, open } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('without JavaScript the first page is plain HTML and links the whole list, every row with its details', async (t) => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  // Closed even when an assertion fails, or the browser keeps the test process alive.
  t.after(() => browser.close());
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.url);
  const names = () => page.$$eval('.jurisdiction .name', (ns) => ns.map((n) => n.textContent));
  const first = await names();
  assert.equal(first.length, 25, 'the first page, as the app shows it');
  assert.deepEqual(first.slice(0, 5), ['Travis County', 'California (all jurisdictions)', 'Boulder County', 'New York City', 'Williamson County']);
  assert.match(await page.textContent('.jurisdiction'), /131\s*detainers declined/);
  assert.equal(await page.textContent('#result-count'), '44 jurisdictions and groups.');
  assert.equal(await page.textContent('.report-summary .attributed'), '162 of 190 detainers declined attributed to named jurisdictions in this dataset.');
  assert.equal(await page.$('.results .more'), null, 'no "Show more" button without JavaScript');
  // Controls that need the app are hidden; the About panel (a native disclosure) works.
  assert.equal(await page.isVisible('#search'), false);
  await page.click('.about > summary');
  assert.match(await page.textContent('.about'), /What a detainer is/);

  // The link after the first page opens the whole list: a page without any script.
  assert.equal(await page.innerText('.results .all-rows'), 'All 44 jurisdictions and groups on one page, with their details');
  await Promise.all([page.waitForURL(/\/list\.html$/, { waitUntil: 'load' }), page.click('.results .all-rows')]);
  assert.equal(await page.evaluate(() => document.scripts.length), 0);
  assert.match(await page.title(), /every jurisdiction and group/);
  const all = await names();
  assert.equal(all.length, 44, 'every listed row');
  assert.deepEqual(all.slice(0, 25), first, 'in the same order');
  assert.equal(all.at(-1), 'Ventura County');
  assert.match(await page.textContent('#row-madera-county-ca'), /not reported\s*detainers declined/);
  assert.match(await page.textContent('#row-clark-county-nv'), /47 detainers issued/);
  assert.equal(await page.$('.results .all-rows'), null, 'nothing more to link');
  // Every row's details are open, with their sources: nothing needs a button.
  assert.equal(await page.$$eval('.jurisdiction > .details', (d) => d.length), 44);
  assert.equal(await page.getAttribute('#row-travis-county-tx .expand', 'aria-expanded'), 'true');
  assert.ok(await page.$$eval('#row-travis-county-tx .details a[href^="http"]', (a) => a.length) >= 1);
  // A place's state law is told once, in its state's row, which the place links to.
  const toState = page.locator('#row-travis-county-tx .details a[href="#row-state-tx"]');
  assert.equal(await toState.textContent(), 'State law and its history: see State of Texas in this list');
  assert.equal(await page.$$eval('#row-travis-county-tx .state-entry, #row-travis-county-tx .state-law', (e) => e.length), 0);
  await toState.click();
  await page.waitForURL(/#row-state-tx$/);
  assert.ok(await page.isVisible('#row-state-tx .details'));
  await context.close();
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

test('the pre-rendered page stays until the app, built off the page, takes its place whole: nothing below the list moves, even in a frame as tall as the page', async () => {
  const page = await env.context.newPage();
  await page.setViewportSize({ width: 390, height: 8000 });
  await page.addInitScript(() => {
    // Every frame until the app is ready: the rows there, and where the footer stands.
    window.__frames = [];
    const sample = () => {
      const footer = document.querySelector('.site-footer');
      window.__frames.push([document.querySelectorAll('.jurisdiction').length, footer && footer.getBoundingClientRect().y]);
      if (!document.documentElement.hasAttribute('data-atlas-ready')) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(env.url);
  await page.waitForSelector('html[data-atlas-ready]');
  const frames = await page.evaluate(() => window.__frames);
  const [, first] = frames[0];
  assert.ok(frames.length > 1, `frames sampled: ${JSON.stringify(frames)}`);
  assert.deepEqual(frames.filter(([rows]) => rows !== 25), [], `every frame shows a whole first page: ${JSON.stringify(frames)}`);
  assert.deepEqual(frames.filter(([, y]) => y !== first), [], `the footer stays where the pre-rendered page put it: ${JSON.stringify(frames)}`);
  assert.equal(await page.$$eval('.jurisdiction', (r) => r.length), 25);
  await page.close();
});

test('what a reader types into the pre-rendered search box before the app is ready stays, with the focus, and filters the list', async (t) => {
  const page = await env.context.newPage();
  t.after(() => page.close());
  await page.setViewportSize({ width: 390, height: 844 });
  // The app's code arrives only after the reader has typed.
  let release;
  const typed = new Promise((ok) => { release = ok; });
  await page.route(/\.wasm$/, async (route) => { await typed; await route.continue(); });
  await page.goto(env.url);
  await page.click('#search');
  await page.keyboard.type('willi');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-atlas-ready')), false, 'typed before the app was ready');
  // Until the app is there, the link to the whole list reads as the button that will replace it.
  assert.equal(await page.innerText('.results .all-rows'), 'Show 19 more (19 not shown yet)');
  release();
  await page.waitForSelector('html[data-atlas-ready]');
  assert.equal(await page.inputValue('#search'), 'willi');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
  await page.keyboard.type('amson');
  assert.equal(await page.inputValue('#search'), 'williamson', 'the caret stood at the end');
  await page.waitForFunction(() => document.querySelectorAll('.jurisdiction').length === 1);
  assert.equal(await page.textContent('.jurisdiction .name'), 'Williamson County');
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
