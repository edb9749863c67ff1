// End-to-end: axe-core (from npm, injected into the page) finds no WCAG 2.x A/AA violation in
// the states a reader reaches. Runs against the fixture build (tests/fixture-data): its rows are
// built to reach every kind of row, badge, flag and list the real data has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start, open } from './browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

async function axe(page) {
  // Injected through the automation channel, so the page's Content-Security-Policy is not involved.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
  // And the best-practice rules Lighthouse's accessibility score counts that are not WCAG's.
  const practice = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'rule', values: ['heading-order', 'landmark-one-main', 'page-has-heading-one', 'empty-heading'] } }));
  return [...result.violations, ...practice.violations].map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target?.join(' ')} — ${v.help}`);
}

const STATES = [
  ['initial', '', null],
  ['searched', '?q=travis', null],
  ['filtered to nothing', '?q=zzzz', null],
  ['a row expanded', '?open=johnson-county-ia', null],
  ['dark theme', '?theme=dark&open=travis-county-tx', null],
  ['compact', '?compact=1', null],
  ['list filter', '?list=doj-2025-08', null],
  ['tables shown', '', async (page) => { for (const id of ['ranking', 'map', 'timeline']) await page.click(`#${id} .toggle`); }],
  ['embed panel open', '', async (page) => { await page.click('.embed .toggle'); }],
  ['about the data open', '', async (page) => { await page.click('.about > summary'); await page.waitForSelector('.about-reports > li'); }],
  ['Spanish, a row expanded', '?lang=es&open=travis-county-tx', null],
  ['a place page', 'j/travis-county-tx/', null],
  ['a place page, its embed panel open', 'j/travis-county-tx/', async (page) => { await page.click('.embed .toggle'); }],
  ['a card', 'j/travis-county-tx/card.html', null],
  ['a card in Spanish, dark', 'j/santa-clara-county-ca/card-es.html?theme=dark', null],
  ['Spanish, tables and about', '?lang=es', async (page) => {
    for (const id of ['ranking', 'map', 'timeline']) await page.click(`#${id} .toggle`);
    await page.click('.about > summary'); await page.waitForSelector('.about-reports > li');
  }],
];

for (const [name, query, act] of STATES) {
  for (const width of [1280, 360]) {
    test(`axe: no violations — ${name} at ${width}px`, async () => {
      const { page, problems } = await open(env, query, width);
      if (act) {
        if (name.includes('tables')) await page.click('.pictures-box > summary');
        await act(page);
      }
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
}
