// End-to-end: ICE's own records 2007–2015 as a reader meets them, on the fixture build
// (tests/fixture-data/ice-records/, numbers in its README): the report picker's ICE periods, a
// row's "sum of its jails", the details' chart and table per jail on a 360 px phone with the
// keyboard, the share declined only where the detainers issued were counted, and the ranking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, names, cspViolations, ARTIFACTS, pick } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

test('the picker offers ICE\'s years; a row with two jails shows their sum, labelled, and the header attributes it', async () => {
  const { page, problems } = await open(env);
  const options = await page.$$eval('#report option', (os) => os.map((o) => o.textContent.trim()));
  const ice = options.filter((o) => o.startsWith('ICE records'));
  assert.deepEqual(ice, ['ICE records, 2014', 'ICE records, fiscal 2015'], options.join(' | '));
  await pick(page, '#report', { label: 'ICE records, 2014' });
  await settle(page);
  assert.deepEqual((await names(page)).slice(0, 3), ['Travis County', 'Los Angeles County', 'Harris County']);
  const lines = await page.$$eval('.jurisdiction .figure-line', (ls) => ls.slice(0, 3).map((l) => l.textContent.replace(/\s+/g, ' ').trim()));
  assert.match(lines[0], /^46 detainers declined \(sum of its 2 jails\)/);
  assert.match(lines[1], /^25 detainers declined \(at LOS ANGELES CO MEN'S CENTRAL JAIL\)/);
  // 46 + 25 + 3 of the 120 recorded nationwide; the unmatched federal prison's 9 are not named.
  assert.equal(await page.textContent('.report-summary .attributed'), '74 of 120 detainers declined attributed to named jurisdictions in this dataset.');
  assert.match(await page.textContent('#report-title'), /recorded as declined in 2014/);
  await page.waitForURL(/report=ice-records-2014/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('on a 360 px phone a row\'s details show each jail folded, its chart and table, and the share only where issued was counted', async () => {
  const { page, problems } = await open(env, '?report=ice-records-fy2015&q=travis', 360);
  await page.focus('.jurisdiction .expand');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.records-section');
  const jails = page.locator('.records-section details.facility');
  assert.equal(await jails.count(), 2);
  // The sum of the two jails, named as such, with its share out of the 210 issued to them.
  const sum = await page.textContent('.records-section table.records caption');
  assert.equal(sum, 'All 2 jails together (the sum of the jails listed below)');
  assert.match(await page.textContent('.records-section'), /20 of the 210 detainers ICE issued here in this period were recorded as declined \(9\.5%\)\./);
  // Open the first jail from the keyboard: its summary is a focusable control.
  await jails.nth(0).locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.equal(await jails.nth(0).getAttribute('open'), '');
  const first = jails.nth(0);
  assert.equal(await first.locator('svg.records-chart rect.rec-bar').count(), 1, 'one calendar year (2014); fiscal 2015 is in the table');
  const table = (await first.locator('table.records').textContent()).replace(/\s+/g, ' ');
  assert.match(table, /20 of the 200 detainers ICE issued here in this period were recorded as declined \(10\.0%\)/);
  assert.doesNotMatch(table, /of the 40/, 'no share for a calendar year');
  assert.match(table, /booked into ICE custody\s*100/);
  // The county's later figures share the axis, each with its measure and report.
  assert.ok(await first.locator('svg.records-chart path.rec-mark').count() >= 1);
  assert.match(await first.locator('.records-marks').textContent(), /2017: 10 detainers declined/);
  // The sources, once under the table, are the two fixture files.
  const hrefs = await first.locator('.records-sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['https://example.org/fixture/ice/declines.csv', 'https://example.org/fixture/ice/fy2015.csv']);
  // A long axis scrolls inside its own region: the page never scrolls sideways.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal page scroll');
  await first.screenshot({ path: `${ARTIFACTS}/records-360.png` });
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the ranking works for an ICE year', async () => {
  const { page, problems } = await open(env, '?report=ice-records-2014');
  if (!(await page.$('.pictures-box[open]'))) await page.click('.pictures-box > summary');
  await page.waitForSelector('#ranking .rank-name');
  const ranked = await page.$$eval('#ranking .rank', (rs) => rs.map((r) => r.textContent.replace(/\s+/g, ' ').trim()));
  assert.deepEqual(ranked.slice(0, 3).map((r) => r.split(' TX')[0].split(' CA')[0]), ['Travis County', 'Los Angeles County', 'Harris County']);
  assert.match(ranked[0], /46/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a row without a local policy says so and which state law governs it', async () => {
  const { page, problems } = await open(env, '?q=bastrop', 390);
  const row = page.locator('#row-bastrop-county-tx');
  assert.equal((await row.locator('.policy').textContent()).trim(), 'No local policy on detainers found in these sources');
  assert.equal((await row.locator('.state-line').textContent()).trim(), 'Texas law: State mandates compliance — Senate Bill 4 (2017), since 2017');
  assert.deepEqual(problems, []);
  await page.close();
});
