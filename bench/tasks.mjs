// Long tasks after load, per build: `node bench/tasks.mjs <dist> <dist> …` loads each build in
// turn (RUNS times, default 7; Q=?query for a deep link) in headless Chromium at 4× CPU,
// 390×844, gzip-served, and prints per build the median of its loads' blocking time (the sum over
// 50 ms of each task after load) and of their longest task, with every load's tasks. For
// comparing two builds of one change; bench/run.sh is the benchmark.
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/server.mjs';
const dirs = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 7);
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const servers = [];
for (const d of dirs) servers.push(await serve(d, 0, {}, {}, { compress: true }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const out = dirs.map(() => []);
for (let i = 0; i < RUNS; i++) for (let k = 0; k < dirs.length; k++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); });
  const s = servers[k];
  await page.goto(s.url + (process.env.Q ?? ""), { waitUntil: 'load' });
  await page.waitForSelector('html[data-atlas-ready]', { timeout: 60000 });
  await page.waitForTimeout(800);
  const r = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; return { load: n.loadEventEnd, ready: 0, lt: window.__lt.filter(([t]) => t >= n.loadEventEnd).map(([, d]) => Math.round(d)) }; });
  out[k].push(r.lt);
  await context.close();
}
for (let k = 0; k < dirs.length; k++) {
  const tbt = out[k].map((l) => l.reduce((s, d) => s + Math.max(0, d - 50), 0)).sort((a, b) => a - b);
  const max = out[k].map((l) => Math.max(0, ...l)).sort((a, b) => a - b);
  console.log(dirs[k], 'median blocking', tbt[Math.floor(tbt.length / 2)], 'median longest', max[Math.floor(max.length / 2)], JSON.stringify(out[k]));
}
await browser.close();
for (const s of servers) s.server.close();
process.exit(0);
