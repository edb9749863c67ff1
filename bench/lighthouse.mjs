// Lighthouse (npm lighthouse 12.2.3, bench/package.json) with Debian's Chromium: the mobile
// preset (simulated slow 4G, 4x CPU), performance and accessibility, for the default view and a
// deep link, behind a server that gzips as real hosts do. Run by bench/run.sh after bench.mjs;
// prints a table and writes bench/out/lighthouse.md.
//   node bench/lighthouse.mjs [dist folder, default bench/out/real]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/server.mjs';

const OUT = new URL('./out/', import.meta.url).pathname;
const dir = process.argv[2] ?? join(OUT, 'real');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const pages = [
  ['default view', ''],
  ['deep link (search, a row open)', '?q=travis&open=travis-county-tx'],
];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const { server, url } = await serve(dir, 0, { 'content-security-policy': CSP }, {}, { compress: true });
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const rows = [];
try {
  for (const [label, query] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(url + query, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const a = (id) => lhr.audits[id]?.numericValue;
      runs.push({ perf: lhr.categories.performance.score * 100, a11y: lhr.categories.accessibility.score * 100, fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'), tbt: a('total-blocking-time'), cls: a('cumulative-layout-shift'), si: a('speed-index'), bytes: a('total-byte-weight') });
    }
    const m = (k) => median(runs.map((r) => r[k]));
    rows.push(`| ${label} | ${m('perf').toFixed(0)} (${runs.map((r) => r.perf.toFixed(0)).join(', ')}) | ${m('a11y').toFixed(0)} | ${(m('fcp') / 1000).toFixed(1)} s | ${(m('lcp') / 1000).toFixed(1)} s | ${m('tbt').toFixed(0)} ms | ${m('cls').toFixed(3)} | ${(m('si') / 1000).toFixed(1)} s | ${(m('bytes') / 1024).toFixed(0)} KB |`);
  }
} finally {
  await chrome.kill();
  server.close();
}
const table = [`Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU), median of ${RUNS} runs, gzip responses`, '',
  '| page | performance (runs) | accessibility | first contentful paint | largest contentful paint | total blocking time | CLS | speed index | bytes |',
  '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
console.log(table);
writeFileSync(join(OUT, 'lighthouse.md'), table + '\n');
