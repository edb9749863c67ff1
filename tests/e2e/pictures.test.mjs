// End-to-end: the ranking, the map and the timeline follow the list and drive it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, names, ARTIFACTS } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('clicking a state on the map filters the list; the filter is visible and clearable', async () => {
  const { page, problems } = await open(env, '?charts=1');
  await page.click('#map .tile[aria-label^="CO ("]');
  await page.waitForFunction(() => document.querySelector('#state').value === 'CO');
  const places = await page.$$eval('.jurisdiction .place', (ps) => ps.map((p) => p.textContent));
  assert.ok(places.length > 10 && places.every((p) => p.includes('Colorado') || ['state', 'several jurisdictions together'].includes(p)), places.slice(0, 5).join(' | '));
  assert.match(await page.textContent('#map .active-filter'), /Colorado/);
  assert.equal(await page.getAttribute('#map .tile[aria-label^="CO ("]', 'aria-pressed'), 'true');
  await page.click('#map .active-filter button');
  await page.waitForFunction(() => document.querySelector('#state').value === '');
  assert.match(await page.textContent('#result-count'), /^\d{3} jurisdictions and groups/, 'every row is listed again');
  assert.deepEqual(problems, []);
  await page.close();
});

test('pressing Enter on a focused state filters too', async () => {
  const { page, problems } = await open(env, '?charts=1');
  await page.focus('#map .tile[aria-label^="TX ("]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#state').value === 'TX');
  assert.ok((await names(page)).includes('Travis County'));
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
  const declined = await page.$$eval('#ranking .rank-name', (ns) => ns.map((n) => n.textContent));
  assert.ok(!declined.some((n) => n.startsWith('Madera')));
  await page.click('#ranking .seg:has-text("detainers issued")');
  await page.waitForFunction(() => document.querySelector('#ranking h2').textContent.includes('issued'));
  assert.match(await page.textContent('#ranking .rank'), /Clark County\s*NV\s*51/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('each picture has a table with the same numbers', async () => {
  const { page, problems } = await open(env, '?charts=1');
  await page.click('#ranking .toggle');
  assert.match(await page.textContent('#ranking table'), /Travis County, TX\s*142/);
  await page.click('#map .toggle');
  assert.match(await page.textContent('#map table'), /California\s*11\s*statewide figure/);
  await page.click('#timeline .toggle');
  assert.match(await page.textContent('#timeline table'), /2014/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('focusing a timeline year shows its steps with links to the rows', async () => {
  const { page, problems } = await open(env, '?state=OR&charts=1');
  await page.focus('#timeline .year-col[aria-label^="2014"]');
  await page.waitForSelector('#timeline .pick');
  const text = await page.textContent('#timeline .pick');
  assert.match(text, /Clackamas County/);
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
