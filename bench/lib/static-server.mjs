// A static file server on loopback for benches that load real pages (the built demo). Serves one folder, GET and
// HEAD only, never outside that folder; port 0 lets the system pick a free port so parallel runs do not collide.
// Text (HTML, scripts, styles, feeds) goes gzip-compressed to a browser that accepts it, as any web host and CDN sends
// it: served as it lies on disk, the script-tag file is three times the bytes a reader downloads, which on a slow
// network made script-only pages look slower against pre-rendered ones than they are.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, sep } from 'node:path';

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map']);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json; charset=utf-8', '.woff2': 'font/woff2',
};

/** The file a URL path names inside root, or null when it would leave root or is not a file. */
function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Starts serving `root`; resolves to { origin, close() }. Each text file is compressed once, on its first request. */
export function serveStatic(root) {
  const base = normalize(root);
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? resolveFile(base, request.url ?? '/') : null;
    if (!file) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405).end();
      return;
    }
    // no-store: every rep is a cold load, so nothing may come from an HTTP cache between browser contexts.
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (COMPRESSED.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      const body = gzipped.get(file);
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
