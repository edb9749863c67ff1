// Measures built bundles in headless Chromium with the CPU throttled 4× at 390×844, median of
// RUNS runs (default 5), and prints a table. Run through bench/run.sh, which builds what this
// measures:
//   bench/out/real    release build with data/
//   bench/out/stress  release build with the 3,142-jurisdiction stress dataset
//   bench/out/floor   the real build's index.html with every script removed: plain HTML and CSS
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/server.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const OUT = new URL('./out/', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// Runs in every page before its own scripts: when rows first exist, when the app is ready,
// layout shifts, long tasks, and the wasm instance's memory.
function probe() {
  window.__bench = { firstRows: null, ready: null, shifts: [], longTasks: [], memory: null };
  const b = window.__bench;
  new MutationObserver((_, obs) => {
    if (b.firstRows === null && document.querySelector('.jurisdiction')) b.firstRows = performance.now();
    if (b.ready === null && document.documentElement.hasAttribute('data-atlas-ready')) b.ready = performance.now();
    if (b.firstRows !== null && b.ready !== null) obs.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-atlas-ready'] });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.shifts.push({ t: e.startTime, v: e.value }); }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longTasks.push({ t: e.startTime, d: e.duration }); }).observe({ type: 'longtask', buffered: true });
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      const instance = result.instance ?? result;
      if (instance?.exports?.memory) b.memory = instance.exports.memory;
      return result;
    };
  }
}

/** Time from an action in the page until the last DOM mutation it caused (the DOM settled). */
async function settle(page, action, arg) {
  return page.evaluate(async ([action, arg]) => {
    const root = document.getElementById('app') ?? document.body;
    let last = null;
    const mo = new MutationObserver(() => { last = performance.now(); });
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    if (action === 'type') {
      const input = document.getElementById('search');
      input.value = arg;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (action === 'expand') {
      document.querySelector('.jurisdiction .expand').click();
    } else if (action === 'report') {
      const select = document.getElementById('report');
      select.value = arg;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    // Wait two frames and a pause: Leptos schedules its updates on microtasks and frames.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 250));
    mo.disconnect();
    return last === null ? 0 : last - t0;
  }, [action, arg]);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };

async function heap(cdp) {
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function runOnce(browser, url, app) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(probe);
  const loaded = new Set();
  page.on('requestfinished', (r) => loaded.add(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'load' });
  if (app) await page.waitForSelector('html[data-atlas-ready]', { timeout: 60000 });
  await page.waitForSelector('.jurisdiction');
  await page.waitForTimeout(1000);
  const r = { loaded };
  const probeResult = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const b = window.__bench;
    return {
      firstRows: b.firstRows, ready: b.ready, fcp: fcp?.startTime ?? null, loadEnd: nav.loadEventEnd,
      cls: b.shifts.reduce((s, x) => s + x.v, 0),
      longAfterLoad: b.longTasks.filter((t) => t.t >= nav.loadEventEnd).map((t) => t.d),
      longAll: b.longTasks.map((t) => t.d),
      // Every row the list holds, as its count announces (the app renders a page of them).
      rows: Number((document.querySelector('#result-count')?.textContent.match(/[\d,]+/)?.[0] ?? '0').replace(/,/g, '')),
    };
  });
  Object.assign(r, probeResult);
  let peak = await heap(cdp);
  if (app) {
    // Typing "county", then clearing it: a keystroke that changes nothing on screen (the same
    // rows) measures 0 and is left out of the median.
    const keys = [];
    for (const q of ['c', 'co', 'cou', 'coun', 'count', 'county']) { keys.push(await settle(page, 'type', q)); peak = Math.max(peak, await heap(cdp)); }
    const changed = keys.filter((k) => k > 0);
    r.keyMedian = median(changed);
    r.keyWorst = Math.max(0, ...changed);
    const filtered = await page.$$eval('.jurisdiction', (x) => x.length);
    r.typingFilters = filtered > 0 && filtered < probeResult.rows + 1;
    await settle(page, 'type', '');
    r.expand = await settle(page, 'expand');
    peak = Math.max(peak, await heap(cdp));
    r.report = await settle(page, 'report', '3');
    peak = Math.max(peak, await heap(cdp));
    r.wasmMemory = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? null);
    const late = await page.evaluate(() => { const nav = performance.getEntriesByType('navigation')[0]; return window.__bench.longTasks.filter((t) => t.t >= nav.loadEventEnd).map((t) => t.d); });
    r.longAfterLoadWithInput = late;
  }
  r.jsHeapPeak = peak;
  await context.close();
  return r;
}

function transfer(dir, paths) {
  let gzip = 0; let brotli = 0; const files = [];
  for (const p of paths) {
    const file = join(dir, p === '/' ? 'index.html' : decodeURIComponent(p.slice(1)));
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    const g = gzipSync(body, { level: 9 }).length;
    const b = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    gzip += g; brotli += b; files.push({ file: p, raw: body.length, gzip: g, brotli: b });
  }
  return { gzip, brotli, files };
}

const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(0));

const variants = [
  ['floor (static HTML, no script)', 'floor', false],
  ['real data', 'real', true],
  ['stress data', 'stress', true],
].filter(([, dir]) => existsSync(join(OUT, dir, 'index.html')));

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const servers = [];
for (const [, dir] of variants) servers.push(await serve(join(OUT, dir), 0, { 'content-security-policy': CSP }, {}, { compress: true }));
// Runs interleave the variants (floor, real, stress, floor, ...), so a slow moment of the machine
// falls on all of them alike and the floor comparison stays fair.
const runsOf = variants.map(() => []);
for (let i = 0; i < RUNS; i++) {
  for (const [v, [, , app]] of variants.entries()) runsOf[v].push(await runOnce(browser, servers[v].url, app));
}
for (const { server } of servers) server.close();
const results = [];
for (const [v, [label, dir, app]] of variants.entries()) {
  const runs = runsOf[v];
  const t = transfer(join(OUT, dir), [...runs[0].loaded]);
  const m = (k) => median(runs.map((r) => r[k]).filter((x) => x !== null && x !== undefined));
  // The rows the build-time page lists: every listed row of the dataset.
  results.push({
    label: app ? `${label} (${runs[0].rows.toLocaleString('en-US')} rows)` : label, dir, app, t,
    fcp: m('fcp'), firstRows: m('firstRows'), ready: m('ready'), rows: runs[0].rows,
    keyMedian: m('keyMedian'), keyWorst: m('keyWorst'), expand: m('expand'), report: m('report'),
    heap: m('jsHeapPeak'), wasm: m('wasmMemory'), cls: Math.max(...runs.map((r) => r.cls)),
    longAfterLoad: Math.max(0, ...runs.flatMap((r) => r.longAfterLoad)),
    longAll: Math.max(0, ...runs.flatMap((r) => r.longAll)),
    typingFilters: runs.every((r) => !app || r.typingFilters),
  });
}
await browser.close();

const floor = results.find((r) => r.dir === 'floor');
const lines = [];
lines.push(`Detainer Atlas benchmark — Chromium, CPU 4× slower, 390×844, median of ${RUNS} runs`);
lines.push('');
lines.push('| | transfer gzip | brotli | first paint | first rows | × floor | interactive | keystroke (median / worst) | expand row | switch report | JS heap peak + wasm memory | CLS | longest task after load |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const ratio = floor && r !== floor ? (r.firstRows / floor.firstRows).toFixed(2) : '1.00';
  lines.push(`| ${r.label} | ${kb(r.t.gzip)} KB | ${kb(r.t.brotli)} KB | ${ms(r.fcp)} ms | ${ms(r.firstRows)} ms | ${ratio} | ${r.app ? `${ms(r.ready)} ms` : '—'} | ${r.app ? `${ms(r.keyMedian)} / ${ms(r.keyWorst)} ms` : '—'} | ${r.app ? `${ms(r.expand)} ms` : '—'} | ${r.app ? `${ms(r.report)} ms` : '—'} | ${r.app ? `${kb(r.heap)} KB + ${kb(r.wasm)} KB` : `${kb(r.heap)} KB`} | ${r.cls.toFixed(3)} | ${ms(r.longAfterLoad)} ms |`);
}
lines.push('');
for (const r of results) {
  lines.push(`${r.label}: ${r.t.files.map((f) => `${f.file} ${kb(f.gzip)} KB`).join(', ')}${r.app && !r.typingFilters ? ' — TYPING DID NOT FILTER' : ''}`);
}
const table = lines.join('\n');
console.log(table);
writeFileSync(join(OUT, 'results.md'), table + '\n');
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results.map(({ t, ...r }) => ({ ...r, transfer: t })), null, 2));
