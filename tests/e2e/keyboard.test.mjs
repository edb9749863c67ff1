// End-to-end: a keyboard-only walk (search, filter, expand, close, download) and the CSV
// downloads' content. Runs against the fixture build (tests/fixture-data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, names } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function tabTo(page, predicate, max = 60, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(predicate)) return;
  }
  throw new Error('focus never reached the target');
}

test('keyboard only: skip link, search, filter, download, expand, Escape', async () => {
  const { page, problems } = await open(env);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  // The filters are folded into one line before the search box; Enter opens them.
  await tabTo(page, () => document.activeElement.matches('.filters-box > summary'));
  await page.keyboard.press('Enter');
  await tabTo(page, () => document.activeElement.id === 'state');
  await page.keyboard.type('Colorado');
  await page.waitForFunction(() => document.querySelector('#state').value === 'CO');
  await tabTo(page, () => document.activeElement.id === 'search');
  await page.keyboard.type('county');
  await page.waitForFunction(() => document.querySelectorAll('.jurisdiction').length === 6);
  const listed = await names(page);
  // Colorado rows with a word starting "county": those whose name has it first, by figure, then
  // Broomfield and Denver, found by their "City and County" aliases.
  assert.deepEqual(listed, ['Boulder County', 'Weld County', 'Adams County', 'Jefferson County', 'Broomfield', 'Denver']);
  assert.equal(await page.textContent('#result-count'), '6 jurisdictions match.');
  await tabTo(page, () => document.activeElement.textContent.includes('Download this list'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.equal(lines.length, 7, 'the CSV has exactly the 6 listed rows');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[1]), listed, 'in the order shown');
  assert.ok(lines.slice(1).every((l) => l.includes(',CO,')));
  assert.match(lines[1], /^boulder-county-co,Boulder County,CO,county,No holds without a warrant,[^\r]*,2014-04-28,in_force,,\d{4}-\d{2}-\d{2},"ICE weekly report 1 \(Jan 28 – Feb 3, 2017\)",detainers declined,,6,6,exact,reported,https:\/\/example\.org\/fixture\/news\/colorado-weekly-reports$/);
  assert.match(lines.find((l) => l.startsWith('jefferson-county-co,')) ?? '', /^jefferson-county-co,Jefferson County,CO,county,[^\r]*,not reported,,,,$/);
  // Back up, from the downloads under the list, to its last row's button.
  await tabTo(page, () => document.activeElement.classList.contains('expand'), 300, 'Shift+Tab');
  const id = await page.evaluate(() => document.activeElement.closest('li').id);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#${id} .details`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.waitForFunction((i) => !document.querySelector(`#${i} .details`), id);
  assert.equal(await page.evaluate(() => document.activeElement.closest('li').id), id, 'focus returns to the row');
  assert.deepEqual(problems, []);
  await page.close();
});

test('"Download all figures" leads to the open dataset, where an unknown figure stays empty', async () => {
  const { page, problems } = await open(env);
  await page.focus('.downloads a.all-data');
  await Promise.all([page.waitForURL(/\/data\/$/), page.keyboard.press('Enter')]);
  assert.match(await page.title(), /open dataset/i);
  const figures = await page.request.get(new URL('figures.csv', page.url()).href);
  const text = await figures.text();
  assert.match(text.split('\n')[0], /^id,jurisdiction_id,report_id,measure,value,/);
  assert.match(text, /\nmadera-county-ca-w1,madera-county-ca,ddor-2017-w1,declined,,/, 'not reported is empty, never 0');
  assert.deepEqual(problems, []);
  await page.close();
});

test('charts are one tab stop each; arrow keys move inside them; Up/Down move between rows', async () => {
  const { page, problems } = await open(env, '?charts=1');
  // One tile and one timeline item are in the tab order, not fifty and thirty.
  assert.equal(await page.$$eval('#map [tabindex="0"]', (e) => e.length), 1);
  assert.equal(await page.$$eval('#timeline svg [tabindex="0"]', (e) => e.length), 1);

  await page.focus('#map [tabindex="0"]');
  const first = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(second, first, 'ArrowRight moves to another state');
  assert.match(second, /^tile-[A-Z]{2}$/);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(() => document.activeElement.id), first, 'ArrowLeft comes back');
  await page.keyboard.press('ArrowDown');
  const below = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('Enter');
  const code = below.slice(5);
  await page.waitForFunction((c) => document.querySelector('#state').value === c, code);
  await page.waitForFunction((id) => document.activeElement?.id === id, below);
  assert.equal(await page.$$eval('#map [tabindex="0"]', (e) => e.map((x) => x.id)).then((ids) => ids.join()), below, 'the chosen state is the tab stop');

  await page.focus('#timeline svg [tabindex="0"]');
  const start = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('End');
  const end = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(end, start);
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.id), start);
  await page.keyboard.press('ArrowRight');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), start);
  assert.ok(await page.$('#timeline .pick'), 'the focused step is described');

  await page.focus('.jurisdiction .expand');
  const rows = await page.$$eval('.jurisdiction', (r) => r.map((x) => x.id));
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.closest('li').id), rows[1]);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.closest('li').id), rows.at(-1));
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement.closest('li').id), rows[0]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Escape closes the About panel it opened and returns focus to its summary', async () => {
  const { page, problems } = await open(env);
  await page.focus('.about > summary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.about[open]');
  await page.focus('.about a[href]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.about:not([open])');
  assert.equal(await page.evaluate(() => document.activeElement.matches('.about > summary')), true);
  assert.deepEqual(problems, []);
  await page.close();
});
