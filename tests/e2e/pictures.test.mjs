// End-to-end: the ranking, the map and the timeline follow the list and drive it. Runs against
// the fixture build (tests/fixture-data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, names, ARTIFACTS, pick } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('clicking a state on the map filters the list; the filter is visible and clearable', async () => {
  const { page, problems } = await open(env, '?charts=1');
  await page.click('#map .tile[aria-label^="CO ("]');
  await page.waitForFunction(() => document.querySelector('#state').value === 'CO');
  assert.deepEqual(await names(page), ['Boulder County', 'Broomfield', 'Denver', 'Weld County', 'Adams County', 'Jefferson County', 'State of Colorado']);
  const places = await page.$$eval('.jurisdiction .place', (ps) => ps.map((p) => p.textContent));
  assert.ok(places.every((p) => p.includes('Colorado') || p === 'state'), places.join(' | '));
  assert.match(await page.textContent('#map .active-filter'), /Colorado/);
  // 6 + 3 + 2 + 1: Colorado's exact, confirmed week 1 figures.
  assert.equal(await page.getAttribute('#map .tile[aria-label^="CO ("]', 'aria-label'), 'CO (Colorado): 12 detainers declined (sum of named jurisdictions)');
  // The ranking follows the list.
  assert.deepEqual(await page.$$eval('#ranking .rank-name', (ns) => ns.map((n) => n.textContent)), ['Boulder County CO', 'Broomfield CO', 'Denver CO', 'Weld County CO']);
  assert.equal(await page.getAttribute('#map .tile[aria-label^="CO ("]', 'aria-pressed'), 'true');
  await page.click('#map .active-filter button');
  await page.waitForFunction(() => document.querySelector('#state').value === '');
  assert.equal(await page.textContent('#result-count'), '44 jurisdictions and groups.', 'every row is listed again');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the map shades states by the share of their counties with a limiting policy, on the day shown', async () => {
  const { page, problems } = await open(env, '?charts=1');
  const tile = (code) => page.getAttribute(`#map .tile[aria-label^="${code} ("]`, 'aria-label');
  await page.click('#map .segmented button:has-text("Limiting policies")');
  await page.waitForFunction(() => document.querySelector('#map h2').textContent.startsWith('Counties with a policy limiting detainers'));
  await page.waitForURL(/[?&]map=limits/); // the shading is part of the link
  // Colorado: all six, Denver and Broomfield as county equivalents; Texas: Travis's ended in
  // 2017 and Harris honours detainers; Iowa's two were overridden by state law in 2018.
  assert.equal(await tile('CO'), 'CO (Colorado): 6 of 6 counties, 100.0%');
  assert.equal(await tile('TX'), 'TX (Texas): 0 of 4 counties, 0.0%');
  assert.equal(await tile('IA'), 'IA (Iowa): 0 of 2 counties, 0.0%');
  assert.equal(await tile('OR'), 'OR (Oregon): no data', 'no county of Oregon has its Census code in the fixture');
  assert.equal(await page.getAttribute('#map .tile[aria-label^="TX ("]', 'class'), 'tile zero', 'none is a count, not missing data');
  await page.click('#map .toggle');
  assert.deepEqual(await page.$$eval('#map tbody tr', (rs) => rs.map((r) => [...r.children].map((c) => c.textContent))),
    [['California', '5', '5', '100.0%'], ['Colorado', '6', '6', '100.0%'], ['Florida', '2', '0', '0.0%'], ['Iowa', '2', '0', '0.0%'], ['Texas', '4', '0', '0.0%']]);
  assert.deepEqual(problems, []);
  await page.close();
  // On an earlier day, Travis's policy of 2017 was in force, and Iowa's two.
  // A link can open the map on a share, here on an earlier day.
  const earlier = await open(env, '?charts=1&asof=2017-06-01&map=limits');
  assert.equal(await earlier.page.getAttribute('#map .segmented button:has-text("Limiting policies")', 'aria-pressed'), 'true');
  assert.equal(await earlier.page.getAttribute('#map .tile[aria-label^="TX ("]', 'aria-label'), 'TX (Texas): 1 of 4 counties, 25.0%');
  assert.equal(await earlier.page.getAttribute('#map .tile[aria-label^="IA ("]', 'aria-label'), 'IA (Iowa): 2 of 2 counties, 100.0%');
  await earlier.page.click('#map .segmented button:has-text("Detainers declined")');
  assert.match(await earlier.page.getAttribute('#map .tile[aria-label^="CO ("]', 'aria-label'), /detainers declined/);
  assert.deepEqual(earlier.problems, []);
  await earlier.page.close();
});

test('pressing Enter on a focused state filters too', async () => {
  const { page, problems } = await open(env, '?charts=1');
  await page.focus('#map .tile[aria-label^="TX ("]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#state').value === 'TX');
  assert.deepEqual(await names(page), ['Travis County', 'Williamson County', 'Bastrop County', 'Harris County', 'State of Texas']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a bar opens that row in the list and highlights the bar', async () => {
  const { page, problems } = await open(env, '?charts=1');
  await page.click('#ranking .rank-button:has-text("Boulder County")');
  await page.waitForSelector('#row-boulder-county-co .details');
  assert.equal(await page.getAttribute('#row-boulder-county-co .expand', 'aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.closest('li')?.id), 'row-boulder-county-co');
  assert.ok(await page.$('#ranking .rank.highlight'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the ranking never draws not-reported figures and labels issued separately', async () => {
  const { page, problems } = await open(env, '?charts=1');
  const declined = await page.$$eval('#ranking .rank', (rs) => rs.map((r) => r.querySelector('.rank-name').textContent + ' = ' + r.querySelector('.rank-value').firstChild.textContent));
  // Ties by dataset order; Madera (named without a number) is never drawn, nor is the multi-state top ten.
  assert.deepEqual(declined, ['Travis County TX = 131', 'California (all jurisdictions) CA = 10', 'Boulder County CO = 6', 'New York City NY = 5',
    'Williamson County TX = 4', 'Bastrop County TX = 3', 'Los Angeles CA = 3', 'Broomfield CO = 3', 'Los Angeles County CA = 2', 'Denver CO = 2']);
  assert.equal(await page.textContent('#ranking .panel-desc'), 'The 10 largest figures among the listed jurisdictions. 9 more have a smaller figure. 1 was named without a number and is not drawn.');
  await page.click('#ranking .seg:has-text("detainers issued")');
  await page.waitForFunction(() => document.querySelector('#ranking h2').textContent.includes('issued'));
  assert.deepEqual(await page.$$eval('#ranking .rank-name', (ns) => ns.map((n) => n.textContent)), ['Clark County NV', 'Cook County IL']);
  assert.match(await page.textContent('#ranking .rank'), /Clark County\s*NV\s*47/);
  // A report whose measure is issued has no issued/declined switch.
  await pick(page, '#report', { label: 'TRAC detainers issued (FY 2019)' });
  await page.waitForFunction(() => document.querySelector('#ranking .rank-name')?.textContent === 'Harris County TX');
  assert.equal(await page.textContent('#ranking h2'), 'Most detainers issued in this report');
  assert.equal(await page.$('#ranking .segmented'), null);
  assert.match(await page.textContent('#ranking .rank'), /Harris County\s*TX\s*4,980/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('each picture has a table with the same numbers', async () => {
  const { page, problems } = await open(env, '?charts=1');
  await page.click('#ranking .toggle');
  assert.match(await page.textContent('#ranking table'), /Travis County, TX\s*131/);
  await page.click('#map .toggle');
  const states = await page.$$eval('#map table tbody tr', (rs) => rs.map((r) => [...r.children].map((c) => c.textContent).join(' | ')));
  assert.deepEqual(states, [
    'Texas | 138 | sum of named jurisdictions', 'Colorado | 12 | sum of named jurisdictions', 'California | 10 | statewide figure',
    'New York | 5 | sum of named jurisdictions', 'Minnesota | 2 | sum of named jurisdictions',
    ...['Florida', 'Georgia', 'Iowa', 'Illinois', 'Maryland', 'New Mexico', 'Nevada', 'Oregon', 'Tennessee', 'Washington'].map((s) => `${s} | not reported | policies or listings, no figure in this report`),
  ]);
  await page.click('#timeline .toggle');
  const years = await page.$$eval('#timeline table tbody tr', (rs) => rs.map((r) => [...r.children].map((c) => c.textContent).join(' ')));
  assert.deepEqual(years, ['2008 1 0', '2011 2 0', '2014 20 1', '2015 0 1', '2017 6 6', '2018 2 0', '2019 4 1', '2024 1 0']);
  const milestones = await page.$$eval('#timeline ul li', (ls) => ls.map((l) => l.textContent));
  assert.deepEqual(milestones, ['October 2008: Secure Communities begins', 'January 25, 2017: Executive Order 13768 begins',
    'March 20, 2017: Published: ICE weekly report 1 (Jan 28 – Feb 3, 2017)', 'March 29, 2017: Published: ICE weekly report 2 (Feb 4 – 10, 2017)',
    'April 5, 2017: Published: ICE weekly report 3 (Feb 11 – 17, 2017)', 'April 13, 2017: ICE temporarily suspended the weekly declined detainer reports.']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('focusing a timeline year shows its steps with links to the rows', async () => {
  const { page, problems } = await open(env, '?state=OR&charts=1');
  await page.focus('#timeline .year-col[aria-label^="2014"]');
  await page.waitForSelector('#timeline .pick');
  const text = await page.textContent('#timeline .pick');
  assert.match(text, /^2014/);
  assert.deepEqual(await page.$$eval('#timeline .pick li', (ls) => ls.map((l) => l.textContent)), [
    'April 2014 · Clackamas County, OR — enacted: Stopped holding people on detainers alone after an April 2014 court ruling.',
    'April 2014 · Multnomah County, OR — enacted: Stopped holding people on detainers alone.',
    'April 11, 2014 · Clackamas County, OR — Miranda-Olivares v. Clackamas County: holding someone only on an ICE detainer violated the Fourth Amendment.',
  ]);
  await page.click('#timeline .pick a:has-text("Clackamas County")');
  await page.waitForSelector('#row-clackamas-county-or .details');
  assert.deepEqual(problems, []);
  await page.close();
});

test('pictures fit 360 px; screenshots of the pictures are kept', async () => {
  for (const width of [360, 1280]) {
    const { page, problems } = await open(env, '', width);
    const opened = await page.$eval('.pictures-box', (d) => d.open);
    assert.equal(opened, false, 'charts start closed, so the list comes first');
    assert.equal(await page.$('#map'), null, 'closed charts are not drawn');
    await page.click('.pictures-box > summary');
    await page.waitForSelector('#map .tile');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `horizontal overflow at ${width}px`);
    const tile = await page.$eval('#map .tile rect', (r) => { const b = r.getBoundingClientRect(); return [b.width, b.height]; });
    assert.ok(Math.abs(tile[0] - tile[1]) < 0.5, `square tiles: ${tile}`);
    await (await page.$('.pictures')).screenshot({ path: `${ARTIFACTS}pictures-${width}.png` });
    assert.deepEqual(problems, []);
    await page.close();
  }
});
