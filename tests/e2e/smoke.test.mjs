// End-to-end smoke test of the REAL build (`trunk build --release`, dist/, from data/*.csv): only
// properties every correct dataset has. No number or name from data/ is written here; what the
// page says is read from the page. Every other suite runs against the fixture build
// (tests/fixture-data), which is where exact results are asserted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { start, open, names, cspViolations, REAL_DIST, pick } from './browser.mjs';

let env;
before(async () => { env = await start({ dist: REAL_DIST }); });
after(async () => { await env?.stop(); });

/** Lets the app's effects run (they are queued as microtasks) and the next frame paint. */
async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The number of rows the unfiltered list announces ("N jurisdictions and groups."). */
async function announced(page) {
  const text = await page.textContent('#result-count');
  const m = text.match(/^(\d[\d,]*) jurisdictions and groups\.$/);
  assert.ok(m, `the count reads "${text}"`);
  return Number(m[1].replaceAll(',', ''));
}

/** Clicks "Show more" until every row is rendered; checks each button's arithmetic on the way. */
async function showAll(page, total) {
  for (let guard = 0; await page.$('.results .more'); guard++) {
    assert.ok(guard < 1000, 'Show more never ends');
    const shown = await page.$$eval('.jurisdiction', (r) => r.length);
    const m = (await page.textContent('.results .more')).match(/^Show (\d+) more \((\d[\d,]*) not shown yet\)$/);
    assert.ok(m, 'the button says how many rows it adds and how many are left');
    const left = Number(m[2].replaceAll(',', ''));
    assert.equal(shown + left, total, 'rows shown + rows not shown yet = the announced count');
    assert.ok(Number(m[1]) > 0 && Number(m[1]) <= left);
    await page.click('.results .more');
    await settle(page);
  }
}

/** `[href, value text]` of every listed row's figure. */
async function figureLinks(page) {
  return page.$$eval('.jurisdiction', (rs) => rs.map((r) => [r.id, r.querySelector('.figure-value')?.textContent ?? null,
    [...r.querySelectorAll('.figure-line a')].map((a) => a.getAttribute('href'))]));
}

const HTTP = /^https?:\/\/[^\s/]+/;

test('the real build loads with no console error, no request off the origin and no CSP violation; the count is the rows listed', async () => {
  const { page, problems } = await open(env);
  const total = await announced(page);
  assert.ok(total > 0, 'the dataset lists rows');
  assert.ok(await page.$$eval('.jurisdiction', (r) => r.length) <= total);
  await showAll(page, total);
  assert.equal(await page.$$eval('.jurisdiction', (r) => r.length), total, 'after "Show more", every announced row is listed');
  const ids = await page.$$eval('.jurisdiction', (rs) => rs.map((r) => r.id));
  assert.equal(new Set(ids).size, ids.length, 'no row is listed twice');
  const rows = await figureLinks(page);
  assert.ok(rows.every(([, value]) => value !== null && value.trim() !== ''), 'every row shows a figure or "not reported"');
  const bad = rows.filter(([, , hrefs]) => !hrefs.every((h) => HTTP.test(h ?? '')));
  assert.deepEqual(bad, [], 'every figure link is http(s)');
  assert.ok(rows.some(([, , hrefs]) => hrefs.length > 0), 'some figure links its source');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('every report: the attribution never gives more than the total; figure links are http(s); reported figures come first', async () => {
  const { page, problems } = await open(env);
  const total = await announced(page);
  const reports = await page.$$eval('#report option', (os) => os.map((o) => [o.value, o.textContent]));
  assert.ok(reports.length > 0, 'the picker lists reports');
  let attributions = 0;
  // Every report is checked; what fails is collected, so one failure does not hide another.
  const failures = [];
  for (const [value, label] of reports) {
    await pick(page, '#report', value);
    await settle(page);
    assert.equal(await page.inputValue('#report'), value);
    assert.ok((await page.textContent('#report-title')).trim().length > 0, `${label}: a title`);
    // Choosing a report never changes which rows are listed, only their figures and order.
    assert.equal(await announced(page), total, `${label}: the same rows`);
    const sentence = await page.$eval('.report-summary .attributed', (p) => p.textContent).catch(() => null);
    if (sentence !== null) {
      attributions += 1;
      // Either "N of M … attributed" with N ≤ M, or, where the named figures exceed the total,
      // a sentence that says so and attributes nothing.
      const num = (x) => Number(x.replaceAll(',', ''));
      const within = sentence.match(/^(\d[\d,]*) of (\d[\d,]*) .+ attributed/);
      const exceeds = sentence.match(/add up to (\d[\d,]*) .+ more than the published total of (\d[\d,]*)/);
      if (within) {
        if (num(within[1]) > num(within[2])) failures.push(`${label}: ${within[1]} attributed of a total of ${within[2]} — "${sentence}"`);
      } else if (exceeds) {
        if (num(exceeds[1]) <= num(exceeds[2])) failures.push(`${label}: says ${exceeds[1]} exceeds ${exceeds[2]} — "${sentence}"`);
      } else {
        failures.push(`${label}: an attribution sentence of neither form: "${sentence}"`);
      }
    }
    const rows = await figureLinks(page);
    for (const [id, , hrefs] of rows) {
      if (!hrefs.every((h) => HTTP.test(h ?? ''))) failures.push(`${label}: ${id}'s figure links ${hrefs.join(' ')}, not http(s)`);
    }
    const firstMissing = rows.findIndex(([, v]) => v === 'not reported');
    const after = firstMissing < 0 ? [] : rows.slice(firstMissing).filter(([, v]) => v !== 'not reported').map(([id]) => id);
    if (after.length > 0) failures.push(`${label}: rows with a number after a "not reported" row: ${after.join(' ')}`);
  }
  assert.deepEqual(failures, []);
  assert.ok(attributions > 0, 'at least one report has a national total to attribute');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the first row can be found by its name, and opened by its id with its sources', async () => {
  const { page, problems } = await open(env);
  const [id, name] = await page.$eval('.jurisdiction', (r) => [r.id.replace(/^row-/, ''), r.querySelector('.expand').textContent.trim()]);
  await page.fill('#search', name);
  await settle(page);
  const total = Number((await page.textContent('#result-count')).match(/^(\d[\d,]*) jurisdictions? match/)?.[1].replaceAll(',', ''));
  assert.ok(total >= 1, `searching "${name}" lists something`);
  await showAll(page, total);
  assert.ok(await page.$(`#row-${id}`), `searching "${name}" finds row ${id}`);
  assert.ok((await names(page)).every((n) => n.length > 0));

  const opened = await open(env, `?open=${encodeURIComponent(id)}`);
  assert.equal(await opened.page.getAttribute(`#row-${id} .expand`, 'aria-expanded'), 'true');
  const details = opened.page.locator(`#row-${id} .details`);
  assert.equal(await details.count(), 1);
  // The record links its own page; every other link is a source's.
  assert.equal(await details.locator('.record-page a').getAttribute('href'), `j/${id}/`);
  const hrefs = await details.locator('a[href]:not(.record-page a)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length >= 1, 'the details link at least one source');
  assert.ok(hrefs.every((h) => HTTP.test(h)), hrefs.join(' '));
  assert.deepEqual(await cspViolations(opened.page), []);
  assert.deepEqual([...problems, ...opened.problems], []);
  await page.close();
  await opened.page.close();
});

test('without JavaScript the full list (list.html) has at least as many rows as the app counts', async () => {
  const { page, problems } = await open(env);
  const total = await announced(page);
  await page.close();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(env.url);
    await Promise.all([plain.waitForURL(/\/list\.html$/, { waitUntil: 'load', timeout: 60000 }), plain.click('.results .all-rows')]);
    const rows = await plain.$$eval('.jurisdiction .name', (ns) => ns.length);
    assert.ok(rows >= total, `${rows} rows without JavaScript, ${total} counted by the app`);
    assert.ok(rows > 0);
  } finally {
    await browser.close();
  }
  assert.deepEqual(problems, []);
});
