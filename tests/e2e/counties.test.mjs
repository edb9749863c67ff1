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
