// A tiny static file server for dist/ on 127.0.0.1, used by the end-to-end tests and scripts.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to { server, url }.
 * `mounts` maps URL prefixes to other folders or files (the demo article, pym.js). With
 * `{ compress: true }` responses are gzipped for clients that accept it, as real hosts do (the
 * benchmark and Lighthouse measure that way).
 */
export function serve(root, port = 0, headers = {}, mounts = {}, { compress = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const mount = Object.keys(mounts).find((m) => path.startsWith(m));
      const dir = mount ? resolve(mounts[mount]) : base;
      let file = normalize(mount ? join(dir, path.slice(mount.length)) : join(base, path));
      if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = compress && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
      if (gzip) body = gzipSync(body);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}), ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await serve(root, port);
  console.log(`Detainer Atlas is served at ${url}`);
}
