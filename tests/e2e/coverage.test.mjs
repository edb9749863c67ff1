// End-to-end: the kinds of rows the research sheets give (a 2014-wave county a state law
// overrode, a state measure, a California county under state law, the lists and their removals)
// can be found, and their details carry sources. Runs against the fixture build
// (tests/fixture-data); the real dataset's coverage is checked natively (cargo test).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, names, pick } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function openRow(page, query, name) {
  await page.fill('#search', query);
  const button = page.locator('.jurisdiction .expand', { hasText: name }).first();
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const details = page.locator('.jurisdiction.expanded .details');
  const sources = await details.locator('a[href^="http"]').count();
  assert.ok(sources > 0, `${name} shows its sources`);
  return details.textContent();
}

test('a county from the 2014 wave shows its policy and the state law that overrode it', async () => {
  const { page, problems } = await open(env);
  const text = await openRow(page, 'linn iowa', 'Linn County');
  assert.deepEqual(await names(page), ['Linn County']);
  assert.match(text, /judge/);
  assert.match(text, /State law in Iowa/);
  assert.match(text, /Since 2014 · Overridden by state law on July 1, 2018 by Iowa Senate File 481/);
  assert.match(text, /ACLU of Iowa: Iowa counties no longer holding people on ICE detainers \(August 18, 2014\)/);
  // The row says so too: the data records the override, and the row reads it.
  assert.equal(await page.textContent('#row-linn-county-ia .policy .badge'), 'No holds without a warrant');
  assert.equal(await page.textContent('#row-linn-county-ia .policy .standing'), 'Overridden by Iowa Senate File 481 since 2018');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a policy that ended shows when; a later state mandate is shown as overriding it', async () => {
  const { page, problems } = await open(env, '?open=travis-county-tx');
  assert.equal(await page.textContent('#row-travis-county-tx .policy .standing'), 'Overridden by Texas Senate Bill 4 (2017) since 2017');
  const text = await page.textContent('#row-travis-county-tx .details');
  assert.match(text, /Since February 1, 2017 · Overridden by state law on September 25, 2017 by Texas Senate Bill 4 \(2017\)/);
  assert.match(text, /Fixture text: the appeals court let the state's detainer mandate take effect that day\./);
  assert.match(text, /Corrected by ICE, March 20, 2017 \(ICE weekly report 1 \(Jan 28 – Feb 3, 2017\)\)/);
  // Its history, own and state steps in date order: enacted (announced), in force, ruling, SB 4, rescinded, ended.
  const steps = await page.$$eval('#row-travis-county-tx .timeline > li', (ls) => ls.map((l) => l.querySelector('time').textContent));
  assert.deepEqual(steps, ['January 20, 2017', 'February 1, 2017', 'August 30, 2017', 'September 1, 2017', 'September 25, 2017', 'September 25, 2017']);
  // Miami-Dade honours detainers by its own decision: a state mandate does not "override" it.
  const miami = await open(env, '?open=miami-dade-county-fl');
  assert.equal(await miami.page.textContent('#row-miami-dade-county-fl .policy .badge'), 'Honours detainers');
  assert.equal(await miami.page.textContent('#row-miami-dade-county-fl .policy .standing'), 'In force since 2017');
  assert.doesNotMatch(await miami.page.textContent('#row-miami-dade-county-fl .details'), /Overridden by state law/);
  assert.match(await miami.page.textContent('#row-miami-dade-county-fl .details'), /Superseded by state law/);
  assert.deepEqual([...problems, ...miami.problems], []);
  await page.close();
  await miami.page.close();
});

test('a state measure from the state-law sheet is a row of its own with a dated history', async () => {
  const { page, problems } = await open(env);
  const text = await openRow(page, 'tennessee', 'State of Tennessee');
  assert.match(text, /HB 2315/);
  assert.match(text, /State mandates compliance/);
  assert.match(text, /HB 2124 \(2024\)/);
  assert.match(text, /State requires cooperation/);
  assert.doesNotMatch(text, /State law in Tennessee/, 'a state does not see itself as its state law');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a California county shows the TRUST Act and the Values Act beside its own policy', async () => {
  const { page, problems } = await open(env);
  const text = await openRow(page, 'san joaquin', 'San Joaquin County');
  assert.match(text, /AB 4, California TRUST Act \(Since January 1, 2014 · Replaced by a later policy on January 1, 2018 by SB 54, California Values Act\)/);
  assert.match(text, /SB 54, California Values Act \(Since January 1, 2018\)/);
  assert.doesNotMatch(text, /Overridden by state law/);
  assert.deepEqual(problems, []);
  await page.close();
});

// Every list of the fixture: how many jurisdictions it names, how many were later removed, and
// the rows the filter lists (ICE weekly report 1's order).
const LISTS = [
  ['ICE weekly report 1, Section III: jurisdictions with policies limiting cooperation', 'March 20, 2017. ICE (DHS).', 10, 1,
    ['Travis County', 'Boulder County', 'New York City', 'Hennepin County', 'King County', 'Clackamas County', 'Multnomah County', 'Cook County', 'Miami-Dade County', 'Santa Clara County']],
  ['ACLU of Iowa: Iowa counties no longer holding people on ICE detainers', 'August 18, 2014. ACLU of Iowa.', 2, 0, ['Johnson County', 'Linn County']],
  ["DHS 'sanctuary jurisdictions' list (May 29, 2025)", 'May 29, 2025. DHS.', 9, 1,
    ['New York City', 'Denver', 'King County', 'Los Angeles County', "Prince George's County", 'Athens-Clarke County', 'Clark County', 'Cook County', 'Doña Ana County']],
  ["DOJ 'sanctuary jurisdictions' list (August 5, 2025)", 'August 5, 2025. US Department of Justice.', 9, 2,
    ['Boulder County', 'New York City', 'Los Angeles', 'Denver', 'State of California', 'State of Colorado', 'State of Nevada', 'State of New York', 'State of Oregon']],
];

test('filtering by each list shows its size, date and removals, and exactly its rows', async () => {
  const { page, problems } = await open(env);
  const options = await page.$$eval('#list option', (os) => os.map((o) => o.textContent));
  assert.deepEqual(options, ['Any or none', ...LISTS.map((l) => l[0])]);
  for (const [title, when, named, removed, rows] of LISTS) {
    await pick(page, '#list', { label: title });
    await page.waitForFunction((t) => document.querySelector('header .list-summary strong')?.textContent === t, title);
    const summary = await page.textContent('.list-summary');
    assert.ok(summary.includes(`${title} — ${when}`), summary);
    const size = removed > 0 ? `${named} jurisdictions of this list are in the dataset, ${removed} of them later removed.` : `${named} jurisdictions of this list are in the dataset.`;
    assert.ok(summary.includes(size), `${title}: ${summary}`);
    assert.equal(await page.textContent('#result-count'), `${rows.length.toLocaleString('en-US')} jurisdictions match.`);
    assert.deepEqual(await names(page), rows);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('a removed listing says when it was removed', async () => {
  const { page, problems } = await open(env);
  await pick(page, '#list', { label: "DOJ 'sanctuary jurisdictions' list (August 5, 2025)" });
  await page.waitForSelector('header .list-summary');
  const text = await openRow(page, 'nevada', 'State of Nevada');
  assert.deepEqual(await names(page), ['State of Nevada'], 'Clark County, NV is not on this list');
  assert.match(text, /DOJ 'sanctuary jurisdictions' list \(August 5, 2025\) \(August 5, 2025\) as “Nevada”; removed by September 26, 2025/);
  assert.match(text, /The research found no written policy for this jurisdiction/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a name from the 2025 DHS list is found, with its listing', async () => {
  const { page, problems } = await open(env);
  const text = await openRow(page, 'athens clarke', 'Athens-Clarke County');
  assert.match(text, /DHS 'sanctuary jurisdictions' list \(May 29, 2025\)/);
  // Clark County's listing was removed within a day, and disputed; its dispute names no report.
  const clark = await openRow(page, 'las vegas', 'Clark County');
  assert.match(clark, /DHS 'sanctuary jurisdictions' list \(May 29, 2025\) \(May 29, 2025\) as “Las Vegas”; removed by May 30, 2025 disputed/);
  assert.match(clark, /Disputed by Las Vegas police, May 30, 2025: The department said/);
  assert.deepEqual(problems, []);
  await page.close();
});
