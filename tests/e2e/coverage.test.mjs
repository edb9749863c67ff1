// End-to-end: rows from each research sheet can be found, and their details carry sources.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, names } from './browser.mjs';

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
  assert.match(text, /judge/);
  assert.match(text, /State law in Iowa/);
  assert.match(text, /Overridden by state law/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a state measure from the state-law sheet is a row of its own with a dated history', async () => {
  const { page, problems } = await open(env);
  const text = await openRow(page, 'tennessee', 'State of Tennessee');
  assert.match(text, /HB 2315/);
  assert.match(text, /State mandates compliance/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a California county shows the TRUST Act and the Values Act beside its own policy', async () => {
  const { page, problems } = await open(env);
  const text = await openRow(page, 'san joaquin', 'San Joaquin County');
  assert.match(text, /AB 4, California TRUST Act/);
  assert.match(text, /SB 54, California Values Act/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('filtering by a list shows its size and date, and removals', async () => {
  const { page, problems } = await open(env);
  await page.selectOption('#list', { label: "DOJ 'sanctuary jurisdictions' list (August 5, 2025)" });
  await page.waitForSelector('header .list-summary');
  const summary = await page.textContent('.list-summary');
  assert.match(summary, /August 5, 2025/);
  // 35 entries name 34 jurisdictions: San Francisco is listed as a county and as a city.
  assert.match(summary, /34 jurisdictions of this list are in the dataset, 2 of them later removed/);
  assert.equal(await page.textContent('#result-count'), '34 jurisdictions match.');
  const text = await openRow(page, 'nevada', 'State of Nevada');
  assert.match(text, /removed by September 26, 2025/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a name from the 2025 DHS list is found, with its listing', async () => {
  const { page, problems } = await open(env);
  const text = await openRow(page, 'athens clarke', 'Athens-Clarke County');
  assert.match(text, /DHS 'sanctuary jurisdictions' list \(May 29, 2025\)/);
  assert.deepEqual(problems, []);
  await page.close();
});
