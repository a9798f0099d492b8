// Shared by the Node tests that open the script-tag builds in Chromium: a loopback server answering from a table
// of routes, every answer under one Content-Security-Policy, and the browser they are opened in.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * Serves `routes` (path → [content type, () => body]) on 127.0.0.1; a path in `pending` never answers (a feed still
 * loading); anything else is a 404. Resolves to `{origin, close}`.
 */
export async function servePages(csp, routes, { pending = [] } = {}) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const route = routes[path];
    const headers = { 'content-security-policy': csp };
    if (pending.includes(path)) return;
    if (route) response.writeHead(200, { ...headers, 'content-type': route[0] }).end(route[1]());
    else response.writeHead(404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}

/** Headless Chromium: CHROME_PATH, else the first of the usual system paths. */
export function launchChromium() {
  const executablePath = process.env.CHROME_PATH
    ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Routes for the script-tag files as a user copies them: dist/sota-widgets.js, .iife.js and the on-demand chunks
 * in dist/sota-widgets/, under `prefix` (e.g. '/dist/'). Throws when the build is missing.
 */
export function scriptTagRoutes(prefix) {
  const dist = new URL('../../dist/', import.meta.url);
  const files = ['sota-widgets.js', 'sota-widgets.iife.js'];
  for (const file of files) {
    if (!existsSync(new URL(file, dist))) throw new Error(`dist/${file} is missing: run npm run build first`);
  }
  if (existsSync(new URL('sota-widgets/', dist))) {
    files.push(...readdirSync(new URL('sota-widgets/', dist)).filter((name) => name.endsWith('.js')).map((name) => `sota-widgets/${name}`));
  }
  return Object.fromEntries(files.map((file) => [`${prefix}${file}`, ['text/javascript', () => readFileSync(new URL(file, dist))]]));
}
