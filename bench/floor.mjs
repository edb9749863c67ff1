// Makes the benchmark's floor: the real build's index.html with every script and preload
// removed, beside the same style sheets. What a browser shows with HTML and CSS alone.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [from, to] = process.argv.slice(2);
if (!from || !to) { console.error('usage: floor.mjs BUILD_DIR OUT_DIR'); process.exit(2); }
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const f of readdirSync(from)) if (f.endsWith('.css') || f.endsWith('.svg')) copyFileSync(join(from, f), join(to, f));
const html = readFileSync(join(from, 'index.html'), 'utf8')
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link\b[^>]*rel="(modulepreload|preload)"[^>]*>/g, '');
writeFileSync(join(to, 'index.html'), html);
console.log(`floor: ${join(to, 'index.html')} (${html.length} bytes, no script)`);
