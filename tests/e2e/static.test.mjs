// End-to-end: without JavaScript the built page still lists jurisdictions; with it the app takes
// over; printing shows a clean list without controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { start, open } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('without JavaScript the list, policies and figures are plain HTML', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.url);
  const names = await page.$$eval('.static .jurisdiction .name', (ns) => ns.map((n) => n.textContent));
  assert.ok(names.length > 500, `${names.length} rows`);
  assert.equal(names[0], 'Travis County');
  assert.match(await page.textContent('.static .jurisdiction'), /142\s*detainers declined/);
  assert.match(await page.textContent('.static'), /not reported/);
  await browser.close();
});

test('with JavaScript the app replaces the plain list', async () => {
  const { page, problems } = await open(env);
  assert.equal(await page.$('.static'), null);
  assert.ok(await page.$('#search'));
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
