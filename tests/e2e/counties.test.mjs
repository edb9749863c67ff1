// End-to-end, on the REAL build: a random sample of the Census's counties (seeded; the seed is
// printed, and SEED=<n> reruns a sample), each searched for by its Census name on a phone. Each
// must be found among the first results, as the row data/census/counties.csv says it is, with
// an answer on its row: a policy, or "No local policy on detainers found in these sources".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { start, open, REAL_DIST } from './browser.mjs';

const CENSUS = 'data/census/counties.csv';
const SAMPLE = Number(process.env.SAMPLE ?? 30);
const SEED = Number(process.env.SEED ?? Date.now() % 1000000);

let env;
before(async () => { env = await start({ dist: REAL_DIST }); });
after(async () => { await env?.stop(); });

/** The rows of a simple CSV (quoted fields with commas allowed, no newlines inside). */
function rows(path) {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const split = (l) => [...l.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, head.split(',').length);
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [cols[i], v])));
}

/** A small seeded generator (mulberry32), so a failing sample can be run again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test(`a seeded sample of ${SAMPLE} Census counties is found by name, each with an answer (seed ${SEED})`, { skip: !existsSync(CENSUS) }, async () => {
  console.log(`counties sample seed: ${SEED} (rerun with SEED=${SEED})`);
  const all = rows(CENSUS);
  const next = random(SEED);
  const sample = Array.from({ length: SAMPLE }, () => all[Math.floor(next() * all.length)]);
  const { page, problems } = await open(env, '', 390);
  const missing = [];
  for (const c of sample) {
    const id = c.merged_into || c.id;
    await page.fill('#search', `${c.name} ${c.state}`);
    const row = page.locator(`#row-${id}`);
    const found = await row.waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (!found) { missing.push(`${c.name}, ${c.state} (${id})`); continue; }
    const answer = (await row.locator('.policy').textContent()).trim();
    assert.ok(answer.length > 0, `${c.name}, ${c.state}: an answer on the row`);
  }
  assert.deepEqual(missing, [], `seed ${SEED}: not found`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the share maps count every Census county of a state, and the 287(g) map the counties whose agencies signed', { skip: !existsSync(CENSUS) }, async () => {
  const census = rows(CENSUS);
  const counties = {};
  for (const c of census) counties[c.state] = (counties[c.state] ?? 0) + 1;
  // Signed (not pending) agreements of ICE's lists whose agency is a county's.
  const ids = new Map(census.map((c) => [c.merged_into || c.id, c.state]));
  const signed = {};
  for (const id of new Set(rows('data/ice-287g/agreements.csv').filter((a) => a.status === 'participating' && ids.has(a.jurisdiction_id)).map((a) => a.jurisdiction_id))) {
    signed[ids.get(id)] = (signed[ids.get(id)] ?? 0) + 1;
  }
  const { page, problems } = await open(env, '?charts=1', 390);
  const tiles = async () => Object.fromEntries((await page.$$eval('#map .tile', (ts) => ts.map((t) => t.getAttribute('aria-label'))))
    .map((l) => [l.slice(0, 2), l]));
  await page.click('#map .segmented button:has-text("287(g) agreements")');
  await page.waitForFunction(() => document.querySelector('#map h2').textContent.startsWith('Counties with a 287(g) agreement'));
  for (const [code, label] of Object.entries(await tiles())) {
    if (!counties[code]) continue;
    const m = label.match(/: ([\d,]+) of ([\d,]+) counties, \d+\.\d%$/);
    assert.ok(m, label);
    assert.equal(Number(m[2].replace(/,/g, '')), counties[code], `${code}: every Census county is counted`);
    assert.equal(Number(m[1].replace(/,/g, '')), signed[code] ?? 0, `${code}: the counties whose agencies signed`);
  }
  await page.click('#map .segmented button:has-text("Limiting policies")');
  await page.waitForFunction(() => document.querySelector('#map h2').textContent.startsWith('Counties with a policy limiting'));
  const limiting = await tiles();
  const counted = Object.entries(limiting).filter(([c]) => counties[c]).map(([c, l]) => {
    const m = l.match(/: ([\d,]+) of ([\d,]+) counties/);
    assert.ok(m && Number(m[2].replace(/,/g, '')) === counties[c], l);
    return Number(m[1].replace(/,/g, ''));
  });
  assert.ok(counted.some((n) => n > 0), 'some county somewhere limits detainers today');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the timeline can show the 287(g) agreements signed each year beside the policy steps, as many as ICE dated', { skip: !existsSync(CENSUS) }, async () => {
  const { page, problems } = await open(env, '?charts=1', 1280);
  const button = page.locator('#timeline .timeline-tools button');
  assert.equal(await button.getAttribute('aria-pressed'), 'false', 'off at first: the policy steps keep the scale');
  assert.equal(await page.$$eval('#timeline rect.signed', (r) => r.length), 0);
  await button.click();
  await page.waitForSelector('#timeline rect.signed', { state: 'attached' });
  await page.click('#timeline .toggle');
  const table = await page.$$eval('#timeline tbody tr', (rs) => rs.map((r) => [...r.children].map((c) => c.textContent)));
  const head = await page.$$eval('#timeline thead th', (hs) => hs.map((h) => h.textContent));
  assert.equal(head.at(-1), '287(g) agreements signed');
  const first = Number(table[0][0]);
  // Signed agreements of a row, with a date ICE wrote readably, in the axis' years.
  const dated = rows('data/ice-287g/agreements.csv').filter((a) => a.status === 'participating' && a.jurisdiction_id
    && /^\d{4}-\d{2}-\d{2}$/.test(a.signed) && Number(a.signed.slice(0, 4)) >= first);
  assert.equal(table.reduce((n, r) => n + Number(r.at(-1)), 0), dated.length, 'every dated signing once, in its year');
  assert.deepEqual(problems, []);
  await page.close();
});
