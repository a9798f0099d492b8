// A dev-server middleware for the loading tests: feeds that fail in every way a real server can, under /__feeds/.
// Loopback only (anything else gets 403), bounded (every map and delay has a cap), and it counts requests so a test
// can prove that ten elements sharing a feed made one request.

import { hubAnswer } from './hub-stand-in.mjs';

// Paths have no file extension on purpose: the test runner marks every path with one as cacheable for a year.
const PREFIX = '/__feeds/';
const MAX_TRACKED = 500;
const MAX_DELAY_MS = 5000;
const LARGE_BYTES = 256 * 1024;

// Our own format, version 1. Facts from the Papers with Code archive's evaluation-tables.json (task "Language
// Modelling", dataset "Penn Treebank (Word Level)"): two rows as the archive lists them. The paper (so that
// <paper-card paper="awd-lstm"> has something to show) is arXiv 1708.02182, as its abstract page gives it.
export const goodFeed = {
  version: 1,
  leaderboards: [
    {
      task: 'Language Modelling',
      dataset: 'Penn Treebank (Word Level)',
      metrics: ['Test perplexity'],
      results: [
        { model: 'AWD-LSTM', date: '2017-08-07', values: { 'Test perplexity': '57.3' }, paper: 'awd-lstm' },
        { model: 'GPT-2', date: '2019-02-14', values: { 'Test perplexity': '35.76' } },
      ],
    },
  ],
  papers: [
    {
      id: 'awd-lstm',
      title: 'Regularizing and Optimizing LSTM Language Models',
      authors: ['Stephen Merity', 'Nitish Shirish Keskar', 'Richard Socher'],
      date: '2017-08-07',
      arxivId: '1708.02182',
      url: 'https://arxiv.org/abs/1708.02182',
    },
  ],
};

const goodText = JSON.stringify(goodFeed, null, 2);
// Not a feed at all, though valid JSON.
const notAFeedText = JSON.stringify({ hello: 'world' });
const versionedText = (version) =>
  JSON.stringify({ ...goodFeed, leaderboards: [{ ...goodFeed.leaderboards[0], task: `Language Modelling v${version}` }] });

/** path+query → how many requests, and the conditional headers of the last one. */
const requests = new Map();
/** key → { version, failNext } for the ETag endpoint. */
const etagState = new Map();

function remember(map, key, value) {
  if (!map.has(key) && map.size >= MAX_TRACKED) map.delete(map.keys().next().value);
  map.set(key, value);
}

function isLoopback(address = '') {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function send(ctx, status, body, type = 'application/json') {
  ctx.status = status;
  ctx.type = type;
  ctx.body = body;
  ctx.set('Cache-Control', 'no-store');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const routes = {
  'good': (ctx) => send(ctx, 200, goodText),
  'missing': (ctx) => send(ctx, 404, 'Not Found', 'text/plain'),
  'broken': (ctx) => send(ctx, 500, 'Internal Server Error', 'text/plain'),
  // Not JSON at line 4, column 3: the comma after [] is missing.
  'invalid': (ctx) => send(ctx, 200, '{\n  "version": 1,\n  "leaderboards": []\n  "papers": []\n}\n'),
  'not-a-feed': (ctx) => send(ctx, 200, notAFeedText),
  'truncated': (ctx) => send(ctx, 200, goodText.slice(0, Math.floor(goodText.length / 2))),
  'page': (ctx) => send(ctx, 200, '<!doctype html>\n<html><body><h1>Leaderboards</h1></body></html>', 'text/html'),
  'plain-text': (ctx) => send(ctx, 200, goodText, 'text/plain'),
  'large': (ctx) => send(ctx, 200, `[${' '.repeat(LARGE_BYTES)}]`),
  // No Content-Length: the size is only known while reading.
  'large-stream': async (ctx) => {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    const chunk = ' '.repeat(16 * 1024);
    for (let sent = 0; sent < LARGE_BYTES && !res.destroyed; sent += chunk.length) {
      res.write(chunk);
      await sleep(1);
    }
    res.end('[]');
  },
  'slow': async (ctx) => {
    const ms = Math.min(Number(ctx.query.ms) || 2000, MAX_DELAY_MS);
    await sleep(ms);
    if (ctx.req.socket.destroyed) {
      ctx.status = 200; // nobody is listening any more; keep the runner from reporting a 404
      ctx.respond = false;
    } else send(ctx, 200, goodText);
  },
  'reset': (ctx) => {
    ctx.status = 200; // not the default 404, which the runner would report as a missing file
    ctx.respond = false;
    ctx.req.socket.destroy();
  },
  'etag': (ctx) => {
    const key = String(ctx.query.key ?? '');
    const state = etagState.get(key) ?? { version: 1, failNext: 0 };
    remember(etagState, key, state);
    if (state.failNext > 0) {
      state.failNext--;
      return send(ctx, 500, 'Internal Server Error', 'text/plain');
    }
    const etag = `"v${state.version}"`;
    ctx.set('ETag', etag);
    if (ctx.get('If-None-Match') === etag) {
      ctx.status = 304;
      ctx.set('Cache-Control', 'no-cache');
      return;
    }
    send(ctx, 200, versionedText(state.version));
    ctx.set('Cache-Control', 'no-cache');
  },
  // ?key=K&fail=N makes the next N answers of etag?key=K fail; &version=V changes its content.
  control: (ctx) => {
    const key = String(ctx.query.key ?? '');
    const state = etagState.get(key) ?? { version: 1, failNext: 0 };
    if (ctx.query.fail !== undefined) state.failNext = Math.min(Number(ctx.query.fail) || 0, 100);
    if (ctx.query.version !== undefined) state.version = Number(ctx.query.version) || 1;
    remember(etagState, key, state);
    send(ctx, 200, JSON.stringify(state));
  },
  // ?url=/__feeds/good?k=1 → { count, ifNoneMatch } for that exact path and query.
  count: (ctx) => {
    const seen = requests.get(String(ctx.query.url ?? '')) ?? { count: 0, ifNoneMatch: null };
    send(ctx, 200, JSON.stringify(seen));
  },
};

/** Koa middleware for @web/dev-server and @web/test-runner. */
export async function feedServer(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  if (!isLoopback(ctx.req.socket.remoteAddress)) return send(ctx, 403, 'Forbidden', 'text/plain');
  // The Hub's paths under /__feeds/hub/ (test/server/hub-stand-in.mjs). No Access-Control-Allow-Origin: read from
  // another origin (127.0.0.1 for a page on localhost) the browser refuses it, as a server without CORS would be.
  if (ctx.path.startsWith(`${PREFIX}hub/`)) {
    const answer = hubAnswer(ctx.path.slice(`${PREFIX}hub`.length), new URLSearchParams(ctx.querystring), ctx.headers, ctx.origin);
    if (!answer) return send(ctx, 404, 'Not Found', 'text/plain');
    for (const [name, value] of Object.entries(answer.headers)) ctx.set(name, value);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = answer.status;
    ctx.body = answer.body;
    return;
  }
  const route = routes[ctx.path.slice(PREFIX.length)];
  if (!route) return send(ctx, 404, 'Not Found', 'text/plain');
  if (ctx.path !== `${PREFIX}count` && ctx.path !== `${PREFIX}control`) {
    const seen = requests.get(ctx.url) ?? { count: 0, ifNoneMatch: null };
    remember(requests, ctx.url, { count: seen.count + 1, ifNoneMatch: ctx.get('If-None-Match') || null });
  }
  await route(ctx);
}
