// End-to-end: the first screen of a phone (390×844). The search box and the first results share
// it; the report folds into one line that opens on its totals, the filters into one line that
// says how many are in use; while a reader types, the results sit directly under the box. Runs
// against the fixture build (tests/fixture-data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, ARTIFACTS, pick } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const PHONE = { width: 390, height: 844 };

/** Where the search box ends and the first row begins and ends, in page pixels, and the scroll. */
function layout(page) {
  return page.evaluate(() => {
    const box = document.querySelector('#search').getBoundingClientRect();
    const row = document.querySelector('.jurisdiction .row-main')?.getBoundingClientRect();
    const answer = document.querySelector('.jurisdiction .policy')?.getBoundingClientRect();
    return { box: box.bottom + scrollY, top: row ? row.top + scrollY : null, name: row ? document.querySelector('.jurisdiction .expand').getBoundingClientRect().bottom + scrollY : null, answer: answer ? answer.bottom + scrollY : null, scroll: scrollY };
  });
}

test('at 390×844 the search box and the first results are on the first screen, and stay under the box while typing', async () => {
  const { page, problems } = await open(env, '', PHONE.width);
  await page.setViewportSize(PHONE);
  let at = await layout(page);
  assert.equal(at.scroll, 0);
  assert.ok(at.top - at.box < 64, `the first row starts ${at.top - at.box} px under the search box`);
  assert.ok(at.answer < PHONE.height, `the first row's name and policy end at ${at.answer} px, inside the first screen`);
  // Typing a character at a time: after each, the first result is right under the box (only the
  // announced count between them) and on screen.
  await page.click('#search');
  for (const [typed, first] of [['h', null], ['ha', null], ['har', null], ['harr', 'Harris County'], ['harri', 'Harris County'], ['harris', 'Harris County']]) {
    await page.keyboard.type(typed.slice(-1));
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, typed);
    at = await layout(page);
    assert.ok(at.top !== null, `results for "${typed}"`);
    assert.ok(at.top - at.box < 64, `"${typed}": the first result starts ${at.top - at.box} px under the box`);
    assert.ok(at.answer - at.scroll < PHONE.height, `"${typed}": the first result and its policy are on screen`);
    if (first) assert.equal((await page.textContent('.jurisdiction .expand')).trim(), first);
  }
  await page.screenshot({ path: `${ARTIFACTS}/first-screen-typing.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the report folds into one line with its national total, and opens on the totals with their sources', async () => {
  const { page, problems } = await open(env, '', PHONE.width);
  await page.setViewportSize(PHONE);
  const line = page.locator('.report-box > summary');
  assert.equal((await line.textContent()).replace(/\s+/g, ' ').trim(),
    'Report or period ICE weekly report 1 (Jan 28 – Feb 3, 2017): 190 detainers declined nationwide');
  assert.equal(await page.locator('.report-summary .totals').isVisible(), false, 'folded at first');
  assert.equal(await page.locator('#report').isVisible(), false);
  await line.click();
  assert.equal(await page.locator('.report-summary .totals').isVisible(), true);
  assert.ok(await page.locator('.report-summary .total a').first().isVisible(), 'each total with its sources');
  // The picker is inside: a new report changes the folded line.
  await pick(page, '#report', { label: 'Judicial Watch FOIA (Oct – Dec 2016)' });
  await page.waitForFunction(() => document.querySelector('.report-box > summary').textContent.includes('430 detainers declined nationwide'));
  // Escape folds it again, with focus on its line.
  await page.focus('#report');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.report-box').getAttribute('open'), null);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the filters fold into one line that counts the choices in use', async () => {
  const { page, problems } = await open(env, '?state=TX&sort=name', PHONE.width);
  const line = page.locator('.filters-box > summary');
  assert.equal((await line.textContent()).replace(/\s+/g, ' ').trim(), 'Filters and sort 2 in use');
  await line.click();
  await pick(page, '#state', '');
  await page.waitForFunction(() => document.querySelector('.filters-box > summary').textContent.includes('1 in use'));
  await pick(page, '#sort', 'figure');
  await page.waitForFunction(() => document.querySelector('.filters-box .in-use').textContent === '');
  assert.deepEqual(problems, []);
  await page.close();
});
