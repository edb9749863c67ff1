// End-to-end: every jurisdiction's own page (j/<id>/) and the open dataset (data/). Runs against
// the fixture build (tests/fixture-data); the real build's pages and tables are counted and
// compared with data/ in the last tests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { start, open, cspViolations, CSP, FIXTURE_DIST, REAL_DIST } from './browser.mjs';
import { serve } from './server.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** A sample of the fixture's places: a county with a policy and figures, one whose policy was
 * overridden by state law, a state, a city, and a county with no figure at all. */
const SAMPLE = [
  ['santa-clara-county-ca', 'Santa Clara County, CA — ICE detainer policy and figures'],
  ['travis-county-tx', 'Travis County, TX — ICE detainer policy and figures'],
  ['state-tx', 'State of Texas — ICE detainer policy and figures'],
  ['new-york-city-ny', 'New York City, NY — ICE detainer policy and figures'],
  ['dona-ana-county-nm', 'Doña Ana County, NM — ICE detainer policy and figures'],
];

test('without JavaScript each sampled place has a page with its title, description and whole record, and links that resolve', async (t) => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  t.after(() => browser.close());
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  for (const [id, title] of SAMPLE) {
    const page = await context.newPage();
    const response = await page.goto(`${env.url}j/${id}/`);
    assert.equal(response.status(), 200, id);
    assert.equal(await page.title(), title);
    const description = await page.getAttribute('meta[name=description]', 'content');
    assert.ok(description.length > 30 && !description.includes('Which US counties'), `${id}: its own description: ${description}`);
    assert.equal(await page.getAttribute('meta[property="og:title"]', 'content'), title, 'a link preview shows the same title');
    // One row, its details open: policy, figures with their sources.
    assert.equal(await page.locator('.jurisdiction').count(), 1, id);
    assert.equal(await page.getAttribute(`#row-${id} .expand`, 'aria-expanded'), 'true');
    assert.ok(await page.isVisible(`#row-${id} .details`), id);
    // Nothing is wider than a phone's screen.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), `${id} fits 360 px`);
    // Every link within the site resolves (relative, so the site works under any sub-path).
    const hrefs = await page.$$eval('a[href], link[href], script[src]', (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src')));
    for (const h of hrefs.filter((h) => !/^(https?:|#)/.test(h))) {
      assert.ok(!h.startsWith('/'), `${id}: ${h} is relative`);
      const target = new URL(h, page.url()).href.replace(/#.*$/, '');
      const r = await page.request.get(target);
      assert.equal(r.status(), 200, `${id}: ${h} → ${target}`);
    }
    await page.close();
  }
  // The sampled records say what the data says.
  const page = await context.newPage();
  await page.goto(`${env.url}j/travis-county-tx/`);
  assert.match(await page.textContent('#row-travis-county-tx'), /131\s*detainers declined/);
  assert.match(await page.textContent('#row-travis-county-tx .details'), /State law in Texas/, 'a place page tells its state law');
  await page.goto(`${env.url}j/dona-ana-county-nm/`);
  assert.match(await page.textContent('#row-dona-ana-county-nm .details'), /No source gave a figure/);
  await context.close();
});

test('with JavaScript a place page is the app opened on that row, and the rows of the app link to their pages', async () => {
  const { page, problems } = await open(env, 'j/travis-county-tx/', 390);
  assert.equal(await page.locator('.jurisdiction').count(), 1);
  assert.equal(await page.getAttribute('#row-travis-county-tx .expand', 'aria-expanded'), 'true');
  assert.equal(new URL(page.url()).search, '', 'the address stays the page’s own');
  // The app works here: the language switch, closing and opening the row.
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await page.title(), 'Travis County, TX — ICE detainer policy and figures', 'the title is the build’s');
  await page.click('#row-travis-county-tx .expand');
  assert.equal(await page.getAttribute('#row-travis-county-tx .expand', 'aria-expanded'), 'false');
  await page.click('#row-travis-county-tx .expand');
  assert.ok(await page.isVisible('#row-travis-county-tx .details'));
  // On to every jurisdiction.
  await Promise.all([page.waitForURL(env.url), page.click('.place-more .button')]);
  await page.waitForSelector('html[data-atlas-ready]');
  // In the app, an open row links its own page.
  await page.fill('#search', 'ventura');
  await page.click('#row-ventura-county-ca .expand');
  const link = page.locator('#row-ventura-county-ca .record-page a');
  assert.equal(await link.getAttribute('href'), 'j/ventura-county-ca/');
  await Promise.all([page.waitForURL(/\/j\/ventura-county-ca\/$/), link.click()]);
  await page.waitForSelector('html[data-atlas-ready]');
  assert.equal(await page.title(), 'Ventura County, CA — ICE detainer policy and figures');
  assert.ok(await page.isVisible('#row-ventura-county-ca .details'));
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('under a sub-path a place page starts the app and its links resolve; an old id leads to the row it is part of now', async () => {
  // Nothing at the host's root: an address that left the sub-path would fail.
  const { server, url } = await serve(mkdtempSync(join(tmpdir(), 'atlas-root-')), 0, { 'content-security-policy': CSP }, { '/news/atlas/': FIXTURE_DIST });
  const page = await env.context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  try {
    await page.goto(`${url}news/atlas/j/travis-county-tx/`);
    await page.waitForSelector('html[data-atlas-ready]', { timeout: 20000 });
    assert.ok(await page.isVisible('#row-travis-county-tx .details'));
    await Promise.all([page.waitForURL(`${url}news/atlas/`), page.click('.place-more .button')]);
    await page.waitForSelector('html[data-atlas-ready]');
    await page.goto(`${url}news/atlas/j/king-county-so-wa/`);
    await page.waitForURL(`${url}news/atlas/j/king-county-wa/`);
    assert.equal(await page.title(), 'King County, WA — ICE detainer policy and figures');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    server.close();
  }
});

test('the open dataset is every table of the fixture data, byte for byte, with a descriptor naming each', async () => {
  const { page, problems } = await open(env, '', 1280);
  const pkg = JSON.parse(readFileSync(join(FIXTURE_DIST, 'data/datapackage.json'), 'utf8'));
  assert.equal(pkg.licenses[0].name, 'CC-BY-4.0');
  for (const r of pkg.resources.filter((r) => r.name !== 'all-jurisdictions')) {
    assert.equal(readFileSync(join(FIXTURE_DIST, 'data', r.path), 'utf8'), readFileSync(join('tests/fixture-data', r.path), 'utf8'), r.path);
  }
  // "Download all figures" leads there.
  const link = page.locator('.downloads a.all-data');
  assert.equal(await link.getAttribute('href'), 'data/');
  const index = await page.request.get(`${env.url}data/`);
  assert.equal(index.status(), 200);
  const html = await index.text();
  for (const r of pkg.resources) assert.ok(html.includes(`href="${r.path}"`), `the data page links ${r.path}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the real build has a page and two cards for every jurisdiction it lists, and publishes data/ as it is', () => {
  const pkg = JSON.parse(readFileSync(join(REAL_DIST, 'data/datapackage.json'), 'utf8'));
  const index = readFileSync(join(REAL_DIST, 'data/all-jurisdictions.csv'), 'utf8').trim().split('\n').slice(1);
  const ids = index.map((line) => line.split(',')[0]);
  const levels = index.map((line) => line.split(',').at(-4));
  const listed = ids.filter((_, i) => levels[i] !== 'nation');
  assert.ok(listed.length > 3000, `${listed.length} jurisdictions`);
  const former = index.flatMap((line) => line.split(',').at(-1).split(';').filter(Boolean));
  const pages = readdirSync(join(REAL_DIST, 'j'));
  assert.equal(pages.length, listed.length + former.length, 'one folder per listed jurisdiction, and one per merged row\'s old id');
  for (const id of former) assert.match(readFileSync(join(REAL_DIST, 'j', id, 'index.html'), 'utf8'), /<meta http-equiv="refresh" content="0; url=\.\.\/[a-z0-9._-]+\/">/, id);
  for (const id of listed) {
    for (const f of ['index.html', 'card.html', 'card-es.html']) assert.ok(existsSync(join(REAL_DIST, 'j', id, f)), `${id}/${f}`);
  }
  for (const r of pkg.resources.filter((r) => r.name !== 'all-jurisdictions')) {
    assert.equal(readFileSync(join(REAL_DIST, 'data', r.path), 'utf8'), readFileSync(join('data', r.path), 'utf8'), r.path);
  }
});
