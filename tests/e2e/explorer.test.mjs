// End-to-end: what a reader does with the release build, in headless Chromium. Runs against the
// fixture build (tests/fixture-data); every number below is computed from those rows (see
// tests/fixture-data/README.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, names, ARTIFACTS, pick, unfold } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Types `query` into the search box and waits for the list to become `expected` (names in order). */
async function searchFor(page, query, expected) {
  await page.fill('#search', query);
  await page.waitForFunction((e) => JSON.stringify([...document.querySelectorAll('.jurisdiction .expand')].map((b) => b.textContent.trim())) === e,
    JSON.stringify(expected), { timeout: 5000 }).catch(() => {});
  assert.deepEqual(await names(page), expected, `search for ${query}`);
}

test('loads the list with the first report, no console errors, no request off the origin', async () => {
  const { page, problems } = await open(env);
  assert.equal((await names(page))[0], 'Travis County');
  assert.match(await page.textContent('.jurisdiction'), /131\s*detainers declined\s*corrected by its publisher\s*sources differ/);
  const totals = await page.$$eval('.report-summary .total', (ts) => ts.map((t) => [t.querySelector('dt').textContent, [...t.querySelectorAll('.total-value')].map((v) => v.textContent)]));
  assert.deepEqual(totals, [['Nationwide, detainers declined', ['190']], ['Nationwide, detainers issued', ['2,950']]]);
  // 131+4+3 (Texas) + 6+2+1+3 (Colorado) + 2+3 (Los Angeles) + 5 (NYC; Queens is part of it) + 2
  // (Hennepin; its jail is part of it); "at least", unverified and aggregate figures left out.
  assert.equal(await page.textContent('.report-summary .attributed'),
    '162 of 190 detainers declined attributed to named jurisdictions in this dataset.');
  assert.equal(await page.textContent('#result-count'), '44 jurisdictions and groups.');
  assert.deepEqual(problems, []);
  await page.close();
});

test('search is case-, accent- and punctuation-insensitive and updates the URL', async () => {
  const { page, problems } = await open(env);
  await page.fill('#search', 'ST LUCIE');
  await page.waitForFunction(() => document.querySelectorAll('.jurisdiction').length < 5);
  assert.deepEqual(await names(page), ['St. Lucie County']);
  // Written once the typing pauses.
  await page.waitForURL(/[?&]q=ST\+LUCIE/);
  // Accents, hyphens and apostrophes are ignored.
  await searchFor(page, 'miami dade', ['Miami-Dade County']);
  await searchFor(page, 'DONA ANA', ['Doña Ana County']);
  await searchFor(page, 'doña', ['Doña Ana County']);
  await searchFor(page, 'prince georges', ["Prince George's County"]);
  // An alias: New York City is listed as NYC.
  await searchFor(page, 'nyc', ['New York City']);
  assert.equal(await page.textContent('#result-count'), '1 jurisdiction matches.');
  // A policy identifier; every word must match.
  await searchFor(page, '3.54', ['Santa Clara County']);
  await searchFor(page, 'hennepin', ['Hennepin County', 'Hennepin County jail']);
  await searchFor(page, 'hennepin zzz', []);
  assert.equal(await page.textContent('#result-count'), 'No jurisdictions match.');
  await page.fill('#search', 'county');
  await page.waitForFunction(() => document.querySelector('#result-count').textContent === '30 jurisdictions match.');
  assert.deepEqual(problems, []);
  await page.close();
});

test('filtering by state keeps only that state', async () => {
  const { page, problems } = await open(env);
  await pick(page, '#state', 'TX');
  await page.waitForFunction(() => !document.body.textContent.includes('county, California'));
  const places = await page.$$eval('.jurisdiction .place', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(places, ['county, Texas', 'county, Texas', 'county, Texas', 'county, Texas', 'state']);
  assert.deepEqual(await names(page), ['Travis County', 'Williamson County', 'Bastrop County', 'Harris County', 'State of Texas']);
  assert.equal(await page.textContent('#result-count'), '5 jurisdictions match.');
  await page.waitForURL(/[?&]state=TX/);
  await pick(page, '#state', '');
  await pick(page, '#category', 'mandates_compliance');
  await page.waitForFunction(() => document.querySelector('#result-count').textContent === '4 jurisdictions match.');
  assert.deepEqual(await names(page), ['State of Florida', 'State of Iowa', 'State of Tennessee', 'State of Texas']);
  await pick(page, '#category', '');
  await unfold(page, '#has-figures');
  await page.check('#has-figures');
  await page.waitForFunction(() => document.querySelector('#result-count').textContent === '19 jurisdictions match.');
  await page.waitForURL(/[?&]figures=1/);
  assert.equal(await page.$('.results .more'), null, 'the 19 rows with a figure fit in one page');
  assert.deepEqual(problems, []);
  await page.close();
});

test('switching report changes totals and order; issued is never labelled declined', async () => {
  const { page, problems } = await open(env);
  await pick(page, '#report', { label: 'Judicial Watch FOIA (Oct – Dec 2016)' });
  await page.waitForFunction(() => document.querySelector('#report-title').textContent.includes('Judicial Watch'));
  assert.deepEqual((await names(page)).slice(0, 5), ['Ventura County', 'Miami-Dade County', 'Denver', 'Clark County', 'Los Angeles County']);
  assert.match(await page.textContent('.jurisdiction'), /176\s*detainers declined/);
  assert.match(await page.textContent('#row-miami-dade-county-fl'), /88\s*detainers declined\s*disputed/);
  // The nation's two totals, 430 and a reprint's 403 (unverified); Los Angeles's 55 is unverified.
  assert.deepEqual(await page.$$eval('.report-summary .total-value', (vs) => vs.map((v) => v.textContent)), ['430', '403']);
  assert.equal(await page.textContent('.report-summary .attributed'), '399 of 430 detainers declined attributed to named jurisdictions in this dataset.');
  await page.waitForURL(/[?&]report=jw-fy2017-q1/);
  await pick(page, '#report', { label: 'ICE weekly report 1 (Jan 28 – Feb 3, 2017)' });
  await page.fill('#search', 'clark county nevada');
  await page.waitForFunction(() => document.querySelectorAll('.jurisdiction').length === 1);
  const row = await page.textContent('.jurisdiction');
  assert.match(row, /47 detainers issued/);
  assert.doesNotMatch(row, /47\s*detainers declined/);
  assert.match(row, /not reported\s*detainers declined/);
  // A report whose own measure is detainers issued: the rows say issued, never declined.
  await page.fill('#search', '');
  await pick(page, '#report', { label: 'TRAC detainers issued (FY 2019)' });
  await page.waitForFunction(() => document.querySelector('#report-title').textContent.includes('TRAC'));
  assert.deepEqual((await names(page)).slice(0, 4), ['Harris County', 'Los Angeles County', 'Cook County', 'Miami-Dade County']);
  assert.match(await page.textContent('.jurisdiction'), /4,980\s*detainers issued/);
  assert.equal(await page.textContent('.report-summary .attributed'), '10,735 of 143,500 detainers issued attributed to named jurisdictions in this dataset.');
  assert.equal(await page.$$eval('#results .figure-measure', (ms) => ms.filter((m) => m.textContent !== 'detainers issued').length), 0);
  assert.equal(await page.$('#results .issued'), null, 'no second "issued" line when issued is the measure');
  // A report with no national total has no attribution sentence.
  await pick(page, '#report', { label: 'CIS jail ranking (Oct 2022 – Feb 2025)' });
  await page.waitForFunction(() => document.querySelector('#report-title').textContent.includes('jails ranked'));
  assert.equal(await page.$('.report-summary .attributed'), null);
  assert.match(await page.textContent('.jurisdiction'), /2,750\s*declined or not given enough notice\s*sources differ/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('sorting by name and by policy date', async () => {
  const { page, problems } = await open(env);
  await pick(page, '#sort', 'name');
  await page.waitForFunction(() => document.querySelector('.expand').textContent.includes('Adams'));
  assert.deepEqual((await names(page)).slice(0, 6), ['Adams County', 'Athens-Clarke County', 'Bastrop County', 'Boulder County', 'Broomfield', 'California (all jurisdictions)']);
  await pick(page, '#sort', 'enacted');
  await page.waitForFunction(() => document.querySelector('.expand').textContent.includes('Oregon'));
  // ORS 181.850 (1987), Harris County's 287(g) agreement (2008-07), Cook County's ordinance (2011-09-07), Board Policy 3.54 (2011-10-18).
  assert.deepEqual((await names(page)).slice(0, 4), ['State of Oregon', 'Harris County', 'Cook County', 'Santa Clara County']);
  // Rows without a policy come last, by name.
  await page.click('.results .more');
  assert.deepEqual((await names(page)).slice(-9), ['Bastrop County', 'California (all jurisdictions)', 'Hennepin County jail',
    'ICE Section I top ten (several states)', 'New York (all jurisdictions)', "Prince George's County", 'Queens County', 'State of Nevada', 'Williamson County']);
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
  assert.match(text, /ICE weekly report 1, Section III/);
  // Figures in every report: week 1 declined (2, disputed) and week 3 issued (15).
  const figures = await details.locator('table.figures tbody tr').evaluateAll((rs) => rs.map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent.trim())));
  assert.deepEqual(figures, [
    ['ICE weekly report 1 (Jan 28 – Feb 3, 2017)', 'detainers declined', '2 disputed'],
    ['ICE weekly report 3 (Feb 11 – 17, 2017)', 'detainers issued', '15'],
  ]);
  // One link each: the policy, its history entry, two figures, the listing, the dispute.
  const links = await details.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => [a.target, a.rel, a.href]));
  assert.equal(links.length, 6);
  assert.ok(links.every(([t, r, h]) => t === '_blank' && r.includes('noopener') && h.startsWith('https://example.org/fixture/')));
  await page.waitForURL(/open=hennepin-county-mn/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a deep link restores the view', async () => {
  const { page, problems } = await open(env, '?report=cis-2025-states&state=CA&sort=name&open=all-ca');
  assert.match(await page.textContent('#report-title'), /by state/);
  assert.equal(await page.inputValue('#state'), 'CA');
  assert.equal(await page.inputValue('#sort'), 'name');
  assert.match(await page.textContent('.details'), /12,640/);
  assert.deepEqual(await names(page), ['California (all jurisdictions)', 'Los Angeles', 'Los Angeles County', 'Madera County', 'San Joaquin County', 'Santa Clara County', 'State of California', 'Ventura County']);
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
