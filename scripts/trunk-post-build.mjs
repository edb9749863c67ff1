// Trunk post-build hook: moves the inline <script type="module"> that Trunk writes into
// index.html to a file of its own, so the page runs under a Content-Security-Policy without
// 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval').
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook'); process.exit(1); }
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
let moved = 0;
html = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, body) => {
  const name = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  moved += 1;
  return `<script type="module" src="./${name}"></script>`;
});
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
