// End-to-end: a keyboard-only walk (search, filter, expand, close, download) and the CSV
// downloads' content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, names } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function tabTo(page, predicate, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error('focus never reached the target');
}

test('keyboard only: skip link, search, filter, download, expand, Escape', async () => {
  const { page, problems } = await open(env);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await tabTo(page, () => document.activeElement.id === 'search');
  await page.keyboard.type('county');
  await tabTo(page, () => document.activeElement.id === 'state');
  await page.keyboard.type('Colorado');
  await page.waitForFunction(() => document.querySelector('#state').value === 'CO');
  const listed = await names(page);
  assert.ok(listed.length > 5);
  await tabTo(page, () => document.activeElement.textContent.includes('Download this list'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.equal(lines.length, listed.length + 1, 'the CSV has exactly the listed rows');
  assert.ok(lines.slice(1).every((l) => l.includes(',CO,')));
  await tabTo(page, () => document.activeElement.classList.contains('expand'), 300);
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

test('the full download has every figure with its sources; unknown stays empty', async () => {
  const { page, problems } = await open(env);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads button:nth-of-type(2)')]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.match(text.split('\r\n')[0], /^figure_id,jurisdiction_id,name,state,level,report,period,measure,value,qualifier,status,note,sources$/);
  assert.match(text, /travis-county-tx,Travis County,TX,county,"ICE weekly report 1[^"]*",,declined,142,exact,corrected,/);
  assert.match(text, /madera-county-ca,Madera County,CA,county,[^\r]*,declined,,,/);
  assert.match(await page.textContent('.downloads [role=status]'), /Downloaded \d+ figures/);
  assert.deepEqual(problems, []);
  await page.close();
});
