// A small static file server on loopback for smoke checks and benchmarks: serves one folder, nothing outside it,
// with the right content types and optional extra headers (e.g. a Content-Security-Policy).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.map': 'application/json; charset=utf-8', '.ico': 'image/x-icon',
};

/**
 * Serves `root` on 127.0.0.1 at a free port. Resolves to `{url, close}`; `url` ends with a slash.
 * @param {string} root
 * @param {{headers?: Record<string, string>}} [options]
 */
export async function serveStatic(root, { headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return end(response, 403);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      end(response, 404);
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

function end(response, status) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(String(status));
}
