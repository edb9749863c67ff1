// Trunk post-build hook: moves the inline <script type="module"> that Trunk writes into
// index.html to a file of its own, so the page runs under a Content-Security-Policy without
// 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval'), and makes it start the app after the
// page's load event instead of preloading the wasm.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

/**
 * Trunk's start script, rewritten to start the app after the page's load event: the pre-rendered
 * list is painted and readable first, and the WebAssembly download never competes with the
 * page's (or the host article's) first paint. Same steps as Trunk's: import the bindings,
 * instantiate the wasm, announce the start.
 */
function deferredStart(trunks) {
  const js = trunks.match(/from '(\.\/[^']+\.js)'/)?.[1];
  const wasm = trunks.match(/module_or_path: '(\.\/[^']+\.wasm)'/)?.[1];
  if (!js || !wasm) { console.error(`Trunk's start script has changed; update deferredStart:\n${trunks}`); process.exit(1); }
  return `// Starts Detainer Atlas after the page has loaded (scripts/trunk-post-build.mjs).
const start = async () => {
  const bindings = await import('${js}');
  // From this script's own address, not the page's: a place's page (j/<id>/) starts it too.
  const wasm = await bindings.default({ module_or_path: new URL('${wasm}', import.meta.url) });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
if (document.readyState === 'complete') setTimeout(start, 0);
else addEventListener('load', () => setTimeout(start, 0), { once: true });
`;
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook'); process.exit(1); }
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
let moved = 0;
html = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, trunks) => {
  const body = deferredStart(trunks);
  const name = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
// Trunk's preloads would fetch the wasm while the page (or the article around the frame) is
// still loading; the deferred start fetches it after.
const preloads = html.match(/<link rel="(?:modulepreload|preload)"[^>]*>/g) ?? [];
if (preloads.length !== 2) { console.error(`expected Trunk's two preload links, found ${preloads.length}`); process.exit(1); }
for (const p of preloads) html = html.replace(p, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) { console.error('an inline script is left in index.html'); process.exit(1); }
if (/\sstyle="/.test(html)) { console.error('an inline style attribute is in index.html'); process.exit(1); }
writeFileSync(file, html);
console.log(`post-build: moved ${moved} inline script(s) out of index.html`);

// The page for readers without JavaScript or WebAssembly: the app's default view rendered by a
// native build of src/bin/prerender.rs, with the dataset this build bakes (ATLAS_DATA_DIR). It
// always builds in the project's own target/ (debug, as `cargo test` does), whichever target
// directory the wasm build uses, so the test datasets' builds do not compile Leptos natively
// again: only the crate that bakes the data is rebuilt.
const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, CARGO_TARGET_DIR: join(root, 'target') };
const run = spawnSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', file], { stdio: 'inherit', cwd: root, env });
if (run.status !== 0) { console.error('post-build: prerender failed'); process.exit(1); }
