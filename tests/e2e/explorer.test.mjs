// End-to-end: what a reader does with the release build, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, names, ARTIFACTS } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('loads the list with the first report, no console errors, no request off the origin', async () => {
  const { page, problems } = await open(env);
  assert.equal((await names(page))[0], 'Travis County');
  const header = await page.textContent('.report-summary');
  assert.match(header, /206/);
  assert.match(header, /3,083/);
  assert.match(header, /178 of 206 detainers declined attributed/);
  assert.match(await page.textContent('[role=status]'), /\d+ jurisdictions/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('search is case-, accent- and punctuation-insensitive and updates the URL', async () => {
  const { page, problems } = await open(env);
  await page.fill('#search', 'ST LUCIE');
  await page.waitForFunction(() => document.querySelectorAll('.jurisdiction').length < 5);
  assert.deepEqual(await names(page), ['St. Lucie County']);
  assert.match(page.url(), /[?&]q=ST\+LUCIE/);
  await page.fill('#search', 'nyc');
  await page.waitForFunction(() => [...document.querySelectorAll('.expand')].some((b) => b.textContent.includes('New York City')));
  assert.ok((await names(page)).includes('New York City'));
  const n = (await names(page)).length;
  assert.equal(await page.textContent('[role=status]'), n === 1 ? '1 jurisdiction matches.' : `${n} jurisdictions match.`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('filtering by state keeps only that state', async () => {
  const { page, problems } = await open(env);
  await page.selectOption('#state', 'TX');
  await page.waitForFunction(() => !document.body.textContent.includes('county, California'));
  const places = await page.$$eval('.jurisdiction .place', (ps) => ps.map((p) => p.textContent));
  assert.ok(places.length >= 4, `${places.length} Texas rows`);
  assert.ok(places.every((p) => p.includes('Texas') || p === 'state'), places.join(' | '));
  assert.ok((await names(page)).includes('State of Texas'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('switching report changes totals and order; issued is never labelled declined', async () => {
  const { page, problems } = await open(env);
  await page.selectOption('#report', { label: 'Judicial Watch FOIA (Oct – Dec 2016)' });
  await page.waitForFunction(() => document.querySelector('#report-title').textContent.includes('Judicial Watch'));
  assert.equal((await names(page))[0], 'Ventura County');
  assert.match(await page.textContent('.jurisdiction'), /188\s*detainers declined/);
  await page.selectOption('#report', { label: 'ICE weekly report 1 (Jan 28 – Feb 3, 2017)' });
  await page.fill('#search', 'clark county nevada');
  await page.waitForFunction(() => document.querySelectorAll('.jurisdiction').length === 1);
  const row = await page.textContent('.jurisdiction');
  assert.match(row, /51 detainers issued/);
  assert.doesNotMatch(row, /51\s*detainers declined/);
  assert.match(row, /not reported\s*detainers declined/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('sorting by name and by policy date', async () => {
  const { page, problems } = await open(env);
  await page.selectOption('#sort', 'name');
  await page.waitForFunction(() => document.querySelector('.expand').textContent.includes('Adams'));
  const byName = await names(page);
  const sorted = [...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', ignorePunctuation: true }));
  assert.deepEqual(byName.slice(0, 5), sorted.slice(0, 5));
  await page.selectOption('#sort', 'enacted');
  await page.waitForFunction(() => document.querySelector('.expand').textContent.includes('Oregon'));
  assert.equal((await names(page))[0], 'State of Oregon');
  assert.deepEqual(problems, []);
  await page.close();
});

test('expanding a row shows policy, every figure with sources, lists and disputes', async () => {
  const { page, problems } = await open(env, '?q=hennepin');
  const button = page.locator('.jurisdiction .expand', { hasText: 'Hennepin County' }).first();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const details = page.locator('.details').first();
  const text = await details.textContent();
  assert.match(text, /court order/);
  assert.match(text, /ICE weekly report 3/);
  assert.match(text, /Disputed by Hennepin County Sheriff/);
  const links = await details.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => [a.target, a.rel]));
  assert.ok(links.length >= 3);
  assert.ok(links.every(([t, r]) => t === '_blank' && r.includes('noopener')));
  assert.match(page.url(), /open=hennepin-county-mn/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a deep link restores the view', async () => {
  const { page, problems } = await open(env, '?report=cis-2025-states&state=CA&sort=name&open=all-ca');
  assert.match(await page.textContent('#report-title'), /by state/);
  assert.equal(await page.inputValue('#state'), 'CA');
  assert.equal(await page.inputValue('#sort'), 'name');
  assert.match(await page.textContent('.details'), /13,025/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('malformed parameters are ignored', async () => {
  const { page, problems } = await open(env, '?report=%ZZ&state=<b>&sort=0&open=../../x&q=' + 'x'.repeat(3000));
  assert.equal(await page.inputValue('#state'), '');
  assert.equal((await page.inputValue('#search')).length, 100);
  assert.deepEqual(problems, []);
  await page.close();
});

test('fits a 360 px phone and a desktop; screenshots kept as artifacts', async () => {
  for (const width of [360, 1280]) {
    const { page, problems } = await open(env, '?open=travis-county-tx', width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `horizontal overflow at ${width}px`);
    await page.screenshot({ path: `${ARTIFACTS}list-${width}.png`, fullPage: false });
    assert.deepEqual(problems, []);
    await page.close();
  }
});
