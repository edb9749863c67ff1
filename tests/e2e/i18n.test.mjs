// End-to-end: Spanish from the URL and from the browser's language, every view in Spanish with
// no English interface text left, numbers and dates as the browser's Intl writes them, the
// language switch, and the "About the data" panel. Runs against the fixture build (tests/fixture-data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, names } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

// English interface strings that must not appear in the Spanish interface (data texts, marked
// lang="en", are left out of the check).
const ENGLISH = [
  'Find a jurisdiction', 'Report or period', 'All states', 'Any policy', 'Sort by', 'Only with a figure',
  'jurisdictions and groups', 'detainers declined', 'detainers issued', 'not reported', 'Show as table',
  'Download this list', 'Download all figures', 'About the data', 'Charts: ranking', 'by state',
  'Policies enacted', 'Figures in every report', 'History', 'State law in', 'opens in a new tab', 'Sources',
  'Nationwide', 'Published', 'Skip to the list', 'Embed', 'Rank', 'What the number is', 'Federal milestones',
  'No local policy on detainers found in these sources', 'sources differ', 'unverified', 'Clear search', 'No jurisdiction matches',
];

/** The page's interface text: every text node not inside an element marked as English. */
async function interfaceText(page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let out = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement.closest('[lang=en], script, style, svg title')) out += ` ${n.textContent}`;
    }
    // Accessible names given as attributes count too.
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (el.closest('[lang=en]')) continue;
      for (const a of ['aria-label', 'placeholder']) if (el.getAttribute(a)) out += ` ${el.getAttribute(a)}`;
    }
    return out.replace(/\s+/g, ' ');
  });
}

function assertNoEnglish(text, where) {
  const leaks = ENGLISH.filter((s) => text.includes(s));
  assert.deepEqual(leaks, [], `English interface text in the Spanish ${where}`);
}

test('lang=es: every view is Spanish, with the document language and Intl numbers and dates', async () => {
  const { page, problems } = await open(env, '?lang=es&report=cis-2025-states&charts=1');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  const intl = await page.evaluate(() => ({
    big: new Intl.NumberFormat('es').format(24871),
    small: new Intl.NumberFormat('es').format(2950),
  }));
  assert.equal(intl.small, '2950', 'Spanish leaves four-digit numbers ungrouped');
  assert.equal(intl.big, '24.871');
  // The national totals of the CIS report by state: 24,871, more than 24,000 and 21,871 (unverified).
  assert.deepEqual(await page.$$eval('.report-summary .total-value', (vs) => vs.map((v) => v.textContent)), [intl.big, 'más de 24.000', '21.871']);
  assert.equal(await page.textContent('label[for=search]'), 'Buscar una jurisdicción');
  assert.match(await page.textContent('#result-count'), /jurisdicciones/);
  assertNoEnglish(await interfaceText(page), 'start page');

  // Pictures as tables, the About panel, the embed panel.
  for (const id of ['ranking', 'map', 'timeline']) await page.click(`#${id} .toggle`);
  await page.click('.about > summary'); await page.waitForSelector('.about-reports > li');
  await page.click('.embed .toggle');
  assertNoEnglish(await interfaceText(page), 'tables, about and embed panels');
  assert.match(await page.textContent('#timeline'), /Hitos federales/);
  await page.close();

  // A row expanded: dates in Spanish as Intl writes them.
  const row = await open(env, '?lang=es&open=travis-county-tx');
  const published = await row.page.evaluate(() => new Intl.DateTimeFormat('es', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(2017, 2, 20)));
  assert.ok((await row.page.textContent('.report-summary')).includes(published), `the report date is written ${published}`);
  const details = await row.page.textContent('#row-travis-county-tx .details');
  assert.match(details, /Cifras en cada informe/);
  assert.match(details, /Historia/);
  assertNoEnglish(await interfaceText(row.page), 'expanded row');
  // The policy's text is the dataset's Spanish; texts the dataset has only in English (a
  // figure's note) are marked so for screen readers.
  assert.equal(await row.page.$('#row-travis-county-tx .policy-card p[lang=en]'), null, 'the description has its Spanish version');
  assert.ok(await row.page.$('#row-travis-county-tx .details td [lang=en]'), 'a figure note marked lang=en');
  await row.page.close();

  // The empty state.
  const empty = await open(env, '?lang=es&q=zzzz');
  assert.match(await empty.page.textContent('.empty'), /Ninguna jurisdicción coincide/);
  assert.equal(await empty.page.textContent('.empty button'), 'Borrar la búsqueda y los filtros');
  assertNoEnglish(await interfaceText(empty.page), 'empty state');
  assert.deepEqual([...problems, ...row.problems, ...empty.problems], []);
  await empty.page.close();
});

test('a Spanish-speaking browser gets Spanish; an explicit lang=en wins over it', async () => {
  const spanishBrowser = () => {
    Object.defineProperty(navigator, 'languages', { get: () => ['es-MX', 'es', 'en'] });
    Object.defineProperty(navigator, 'language', { get: () => 'es-MX' });
  };
  const { page, problems } = await open(env, '', 1280, spanishBrowser);
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await page.textContent('label[for=search]'), 'Buscar una jurisdicción');
  assert.ok(!page.url().includes('lang='), 'the browser language is not written into the link');
  const english = await open(env, '?lang=en', 1280, spanishBrowser);
  await english.page.waitForTimeout(200);
  assert.equal(await english.page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await english.page.textContent('label[for=search]'), 'Find a jurisdiction');
  assert.deepEqual([...problems, ...english.problems], []);
  await page.close();
  await english.page.close();
});

test('the language switch changes the interface, keeps the view and the keyboard focus', async () => {
  const { page, problems } = await open(env, '?q=travis&state=TX');
  const before = await names(page);
  await page.focus('#lang-switch');
  assert.equal((await page.textContent('#lang-switch')).trim(), 'Español');
  assert.equal(await page.getAttribute('#lang-switch', 'lang'), 'es');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.waitForURL(/lang=es/);
  assert.deepEqual(await names(page), before, 'same rows');
  assert.equal(await page.inputValue('#search'), 'travis');
  await page.waitForFunction(() => document.activeElement?.id === 'lang-switch');
  assert.equal((await page.textContent('#lang-switch')).trim(), 'English');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForURL(/lang=en/);
  assert.deepEqual(problems, []);
  await page.close();
});

// The About panel is built when first opened: tests wait for its content before reading it.
test('About the data explains the measures, the reports, corrections and lists every report with sources', async () => {
  const { page, problems } = await open(env);
  await page.click('.about > summary'); await page.waitForSelector('.about-reports > li');
  const about = await page.textContent('.about');
  for (const heading of ['What a detainer is', 'Issued is not declined', 'How ICE compiled its weekly reports', 'Corrections and the suspension', 'How policies are sorted into categories', 'Disputes and corrections']) {
    assert.ok(about.includes(heading), heading);
  }
  assert.match(about, /temporarily suspended/);
  assert.match(about, /Detainers declined/i);
  const reports = await page.$$eval('.about-reports > li strong', (l) => l.map((s) => s.textContent));
  assert.equal(reports.length, 11, 'every report of the fixture');
  assert.equal(reports[0], 'ICE Weekly Declined Detainer Outcome Report: January 28 – February 3, 2017');
  assert.equal(reports.at(-1), "ICE's detainer records: every detainer issued and its outcome in fiscal 2015 (fixture)");
  // The reports' 17 sources, and the two the prose cites that the fixture has (ddor-s1, ddor-s2).
  const links = await page.$$eval('.about a[href]', (as) => as.map((a) => a.href));
  assert.equal(links.length, 19);
  assert.ok(links.every((h) => h.startsWith('https://example.org/fixture/')), 'each with sources');
  assert.match(about, /The dataset records 7 disputes \(a jurisdiction or another source contesting an entry\) and 3 corrections/);
  assert.match(about, /Local records and other statements \(various periods\)Source: Various\./, 'a report without dates says only who published it');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Spanish CSV of the view: the same rows in the same order, figures as shown', async () => {
  const { page, problems } = await open(env, '?lang=es&state=CA');
  // The list shows a page at a time; the CSV has every listed row.
  while (await page.$('.results .more')) await page.click('.results .more');
  const shown = await page.$$eval('.jurisdiction', (rows) => rows.map((r) => [r.id.slice(4), r.querySelector('.figure-value')?.textContent.trim()]));
  assert.deepEqual(shown, [['all-ca', '10'], ['los-angeles-ca', '3'], ['los-angeles-county-ca', '2'], ['madera-county-ca', 'sin cifra publicada'],
    ['san-joaquin-county-ca', 'sin cifra publicada'], ['santa-clara-county-ca', 'sin cifra publicada'], ['state-ca', 'sin cifra publicada'], ['ventura-county-ca', 'sin cifra publicada']]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.downloads button:nth-of-type(1)')]);
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
  const header = lines[0].split(',');
  const figureAt = header.indexOf('figure');
  // Figures contain no commas in Spanish; ids never do.
  const csv = lines.slice(1).map((l) => { const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')); return [cells[0], cells[figureAt]]; });
  assert.deepEqual(csv, shown);
  assert.equal(await page.textContent('.downloads [role=status]'), 'Se descargaron 8 filas.');
  assert.deepEqual(problems, []);
  await page.close();
});
