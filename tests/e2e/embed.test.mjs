// End-to-end: Detainer Atlas inside someone else's article (examples/article.html). Runs against
// the fixture build (tests/fixture-data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, cspViolations, ARTIFACTS } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Waits until a frame's height equals its content height (within 2 px) and returns both. */
async function settled(page, selector, content = '.jurisdiction') {
  const frameEl = await page.waitForSelector(selector);
  const frame = await frameEl.contentFrame();
  await frame.waitForSelector(content, { timeout: 20000 });
  await page.waitForFunction((sel) => {
    const f = document.querySelector(sel);
    const doc = f?.contentDocument;
    if (!doc) return false;
    const content = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    return Math.abs(f.getBoundingClientRect().height - content) <= 2;
  }, selector, { timeout: 10000 });
  return page.evaluate((sel) => {
    const f = document.querySelector(sel);
    const doc = f.contentDocument;
    return { frame: f.getBoundingClientRect().height, content: doc.documentElement.scrollHeight, inner: doc.documentElement.clientHeight };
  }, selector);
}

for (const width of [360, 1280]) {
  test(`both embeds size to their content at ${width}px, with no CSP violation or off-origin request`, async () => {
    const { page, problems } = await open(env, 'examples/article.html', width);
    const a = await settled(page, '#atlas-embedjs');
    const b = await settled(page, '#atlas-pym iframe');
    for (const m of [a, b]) assert.ok(m.content <= m.inner + 1, `no inner scrollbar: ${JSON.stringify(m)}`);
    await page.screenshot({ path: `${ARTIFACTS}article-${width}.png`, fullPage: true });
    // Nothing about the reader is stored, in the host page or in the frames.
    for (const frame of page.frames()) {
      assert.deepEqual(await frame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
    }
    assert.deepEqual(await env.context.cookies(), []);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the embeds restore their presets from the URL', async () => {
  const { page, problems } = await open(env, 'examples/article.html', 1280);
  await settled(page, '#atlas-embedjs');
  const first = page.frameLocator('#atlas-embedjs');
  assert.equal(await first.locator('#state').inputValue(), 'CA');
  assert.match(await first.locator('#report-title').textContent(), /by state/);
  // California's rows in the CIS report by state: the statewide 12,640 first, then the rest by name.
  assert.deepEqual(await first.locator('.jurisdiction .expand').evaluateAll((bs) => bs.map((b) => b.textContent.trim())),
    ['California (all jurisdictions)', 'Los Angeles', 'Los Angeles County', 'Madera County', 'San Joaquin County', 'Santa Clara County', 'State of California', 'Ventura County']);
  assert.equal(await first.locator('.jurisdiction .figure-value').first().textContent(), '12,640');
  await settled(page, '#atlas-pym iframe');
  const second = page.frameLocator('#atlas-pym iframe');
  assert.equal(await second.locator('.pictures-box').isVisible(), false, 'compact hides the charts');
  assert.equal(await second.locator('#row-travis-county-tx .expand').getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await second.locator('.jurisdiction .expand').evaluateAll((bs) => bs.map((b) => b.textContent.trim())), ['Travis County']);
  assert.match(await page.getAttribute('#atlas-pym iframe', 'src'), /childId=atlas-pym/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('expanding a row grows the frame; messages that are not the protocol are ignored', async () => {
  const { page, problems } = await open(env, 'examples/article.html', 1280);
  const before = await settled(page, '#atlas-embedjs');
  const frame = page.frameLocator('#atlas-embedjs');
  await frame.locator('.jurisdiction .expand').first().click();
  await page.waitForFunction((h) => document.querySelector('#atlas-embedjs').getBoundingClientRect().height > h + 50, before.frame);
  const after = await settled(page, '#atlas-embedjs');
  assert.ok(after.content <= after.inner + 1);
  // Hostile or unrelated messages from the host page change nothing and break nothing.
  await page.evaluate(() => {
    const w = document.querySelector('#atlas-embedjs').contentWindow;
    for (const m of ['hello', 'pymxPYMxotherxPYMxwidthxPYMx1', { type: 'detainer-atlas:height', height: 1 }, { html: '<img src=x onerror=alert(1)>' }, null, 42]) w.postMessage(m, '*');
  });
  await page.waitForTimeout(300);
  const still = await settled(page, '#atlas-embedjs');
  assert.ok(Math.abs(still.frame - after.frame) <= 2);
  assert.deepEqual(problems, []);
  await page.close();
});

test("an amp-iframe host gets AMP's embed-size request with the frame's content height", async () => {
  // The app's own page stands in for the AMP host: it frames the app and listens as amp-iframe
  // does, resizing the frame to what it is asked.
  const { page, problems } = await open(env, '', 390);
  const asked = await page.evaluate(async (src) => {
    const got = [];
    window.addEventListener('message', (e) => {
      if (e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') {
        got.push(e.data.height);
        frame.style.height = `${e.data.height}px`;
      }
    });
    const frame = document.createElement('iframe');
    frame.style.width = '360px';
    frame.style.height = '200px';
    frame.src = src;
    document.body.append(frame);
    const t0 = performance.now();
    while (performance.now() - t0 < 15000) {
      await new Promise((r) => setTimeout(r, 100));
      const doc = frame.contentDocument;
      if (doc?.documentElement.hasAttribute('data-atlas-ready') && got.length && Math.abs(got.at(-1) - Math.ceil(doc.documentElement.getBoundingClientRect().height)) <= 1) break;
    }
    return { got, content: Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height), frame: frame.getBoundingClientRect().height };
  }, `${env.url}?q=travis`);
  assert.ok(asked.got.length > 0, 'asked at least once');
  assert.ok(Math.abs(asked.got.at(-1) - asked.content) <= 1, `the last request is the content's height: ${JSON.stringify(asked)}`);
  assert.ok(Math.abs(asked.frame - asked.content) <= 1, `the frame fits its content: ${JSON.stringify(asked)}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Embed button gives copy-ready code for the current view', async () => {
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, problems } = await open(env, '?state=TX&sort=name');
  await page.click('.embed .toggle');
  const code = await page.inputValue('#embed-code');
  assert.match(code, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?state=TX&amp;sort=name" title="Detainer Atlas/);
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  await page.click('.embed-panel .button');
  await page.waitForFunction(() => document.querySelector('.embed-panel [role=status]').textContent.includes('Copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await page.keyboard.press('Escape');
  assert.equal(await page.$('.embed-panel'), null, 'Escape closes the panel');
  assert.deepEqual(problems, []);
  await page.close();
});

test('theme and transparency come from the URL', async () => {
  const { page, problems } = await open(env, '?theme=dark&transparent=1');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgba(0, 0, 0, 0)');
  const text = await page.evaluate(() => getComputedStyle(document.body).color);
  assert.equal(text, 'rgb(236, 238, 242)', 'dark text colour');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a frame resized violently keeps working and ends at its content height', async () => {
  const { page, problems } = await open(env, 'examples/article.html', 1280);
  await settled(page, '#atlas-embedjs');
  // Forty width changes from 120 to 1400 px within a few frames, as a host's layout might.
  await page.evaluate(async () => {
    const f = document.querySelector('#atlas-embedjs');
    for (let i = 0; i < 40; i++) {
      f.style.width = `${120 + ((i * 397) % 1280)}px`;
      await new Promise((r) => (i % 4 ? setTimeout(r, 0) : requestAnimationFrame(r)));
    }
    f.style.width = '100%';
  });
  const m = await settled(page, '#atlas-embedjs');
  assert.ok(m.content <= m.inner + 1, `no inner scrollbar after the storm: ${JSON.stringify(m)}`);
  const frame = page.frameLocator('#atlas-embedjs');
  // Still interactive: this frame's preset is California; a search narrows it.
  await frame.locator('#search').fill('los angeles');
  await frame.locator('.jurisdiction .expand', { hasText: 'Los Angeles' }).first().waitFor();
  await frame.locator('#result-count', { hasText: '2 jurisdictions match.' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

for (const width of [360, 1280]) {
  test(`a place's card sizes itself in an embed.js and a pym.js host at ${width}px, light and dark, in both languages, and weighs a fraction of the app`, async () => {
    const { page, problems } = await open(env, 'examples/card.html', width);
    const sizes = new Map();
    page.on('response', async (r) => {
      if (!r.frame() || r.frame() === page.mainFrame()) return;
      const body = await r.body().catch(() => null);
      if (body) sizes.set(r.url(), body.length);
    });
    await page.reload();
    const a = await settled(page, '#card-embedjs', '.card');
    const b = await settled(page, '#card-pym iframe', '.card');
    for (const m of [a, b]) {
      assert.ok(m.content <= m.inner + 1, `no inner scrollbar: ${JSON.stringify(m)}`);
      assert.ok(m.frame < 600, `a card, not a page: ${JSON.stringify(m)}`);
    }
    const en = page.frameLocator('#card-embedjs');
    assert.equal(await en.locator('.card .name').textContent(), 'Travis County');
    assert.match(await en.locator('.card .policy').textContent(), /serious offences only/);
    assert.match(await en.locator('.card .latest').textContent(), /^Latest figure: 10 detainers declined — ICE weekly report 3/);
    assert.equal(await en.locator('.card .latest .figure-source').getAttribute('target'), '_blank');
    const link = en.locator('.card-foot a');
    assert.equal(await link.getAttribute('target'), '_blank', 'the full record opens outside the story');
    assert.match(await link.evaluate((a) => a.href), /\/j\/travis-county-tx\/$/);
    const es = page.frameLocator('#card-pym iframe');
    assert.equal(await es.locator('html').getAttribute('lang'), 'es');
    assert.equal(await es.locator('html').getAttribute('data-theme'), 'dark');
    assert.match(await es.locator('.card .latest').textContent(), /^Última cifra:/);
    assert.equal(await es.locator('.card').evaluate((c) => getComputedStyle(c).color), 'rgb(236, 238, 242)', 'dark text');
    assert.equal(await en.locator('.card').evaluate((c) => getComputedStyle(c).color), 'rgb(22, 24, 29)', 'light text');
    // No script but the card's own, no wasm: a card is a few kilobytes.
    const loaded = [...sizes.keys()];
    assert.ok(!loaded.some((u) => /\.wasm$|detainer-atlas-/.test(u)), `no app code: ${loaded.join(' ')}`);
    const total = [...sizes.values()].reduce((x, y) => x + y, 0);
    assert.ok(total < 40000, `both cards with their styles and script: ${total} bytes`);
    for (const frame of page.frames()) {
      assert.deepEqual(await frame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
    }
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: `${ARTIFACTS}card-${width}.png`, fullPage: true });
    await page.close();
  });
}

test('the Embed panel of an open row offers its page and its card', async () => {
  const { page, problems } = await open(env, '?q=travis&open=travis-county-tx&theme=dark');
  await page.click('.embed .toggle');
  assert.match(await page.inputValue('#embed-code'), /<iframe src="http:\/\/127\.0\.0\.1:\d+\/j\/travis-county-tx\/\?q=travis&amp;theme=dark"/);
  assert.match(await page.inputValue('#embed-card'), /<iframe src="http:\/\/127\.0\.0\.1:\d+\/j\/travis-county-tx\/card\.html\?theme=dark" title="Detainer Atlas/);
  assert.match(await page.textContent('label[for=embed-card]'), /Travis County/);
  await page.close();
  // From the place's own page the code is the same: links are made from the site's root.
  const place = await open(env, 'j/travis-county-tx/');
  await place.page.click('.embed .toggle');
  assert.match(await place.page.inputValue('#embed-card'), /src="http:\/\/127\.0\.0\.1:\d+\/j\/travis-county-tx\/card\.html"/);
  assert.match(await place.page.inputValue('#embed-code'), /src="http:\/\/127\.0\.0\.1:\d+\/j\/travis-county-tx\/"/);
  assert.deepEqual([...problems, ...place.problems], []);
  await place.page.close();
});
