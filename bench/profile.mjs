// Where the time of a bench figure goes, from a real Chromium trace rather than guesses: the bench pages
// (unminified, so functions keep their names) run as `npm run bench` runs them (fresh page, two warm-up calls),
// and the third, measured call is recorded with CDP Tracing (the DevTools timeline: style, layout, paint, tasks)
// and the V8 sampling Profiler, both cut to the page's own `bench-start` … `bench-end` marks.
// Prints per figure: the main thread's time by kind (script, style, layout, paint, idle), the tasks in order
// (when the ResizeObserver, frames and renders happen), and the JS functions by self and total time.
// Averages over --reps fresh pages (default 3).
// Run: node bench/profile.mjs [--only chart:1000,table:10000] [--reps 3] [--top 25] [--json FILE]
//   figures: chart:N (the <metric-trend> render) and table:N (the <sota-table> mount); default
//   chart:100,chart:1000,table:20,table:10000. CHROME_PATH for another browser.
import { writeFileSync } from 'node:fs';
import { launchBrowser } from './lib/browser.mjs';
import { option, repsOption } from './lib/cli.mjs';
import { buildBenchPage } from './lib/page-runs.mjs';

const PAGES = {
  chart: { entry: 'metric-trend-page.ts', name: 'profile-metric-trend', fn: 'runChart', rootStyle: '' },
  table: { entry: 'sota-table-page.ts', name: 'profile-sota-table', fn: 'runTable', rootStyle: 'width:1000px' },
};

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];

/** What kind of work a timeline event's own time is. */
function kindOf(name) {
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleInvalidatorInvalidationTracking)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|UpdateLayer|UpdateLayerTree|Commit|PaintSetup|PaintImage|RasterTask|CompositeLayers)$/.test(name)) return 'paint';
  if (/GC|GCEvent/i.test(name)) return 'gc';
  if (/^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|FireAnimationFrame|TimerFire|EventDispatch|HandlePostMessage|ResizeObserver|v8)/.test(name)) return 'script';
  return 'other';
}

/** Records one call of `fnName(...args)` in `page`: trace events and a CPU profile. */
async function record(page, fnName, args) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  await cdp.send('Profiler.start');
  const result = await page.evaluate(([name, list]) => window[name](...list), [fnName, args]);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { events, profile, result };
}

/** The marks' timestamps and the renderer main thread that set them. */
function window_(events) {
  const start = events.find((e) => e.name === 'bench-start' && e.cat.includes('user_timing'));
  const end = events.findLast((e) => e.name === 'bench-end' && e.cat.includes('user_timing'));
  if (!start || !end) throw new Error('The trace has no bench-start/bench-end marks: is the bench page current?');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain');
  return { t0: start.ts, t1: end.ts, pid: start.pid, tid: main?.tid ?? start.tid };
}

/** Complete events of the main thread inside the window, B/E pairs joined; with self times from nesting. */
function mainThreadSpans(events, { t0, t1, pid, tid }) {
  const spans = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, dur: e.dur ?? 0, args: e.args });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.findLastIndex((o) => o.name === e.name);
      if (b >= 0) { const [o] = open.splice(b, 1); spans.push({ name: o.name, ts: o.ts, dur: e.ts - o.ts, args: { ...o.args, ...e.args } }); }
    }
  }
  const inside = spans.filter((s) => s.ts + s.dur > t0 && s.ts < t1 && s.dur > 0)
    .map((s) => ({ ...s, ts: Math.max(s.ts, t0), dur: Math.min(s.ts + s.dur, t1) - Math.max(s.ts, t0) }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const s of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= s.ts) stack.pop();
    s.depth = stack.length;
    s.self = s.dur;
    if (stack.length) stack.at(-1).self -= s.dur;
    stack.push(s);
  }
  return inside;
}

/** Self and total ms per JS function (name and bundle line) inside the window, from the sampling profile. */
function functionTimes(profile, { t0, t1 }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const file = url ? url.split('/').at(-1) : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < t0 || t > t1 || dt <= 0) continue;
    let node = byId.get(profile.samples[i]);
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const k = key(byId.get(id));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  }
  return { self, total };
}

const add = (into, map, scale) => { for (const [k, v] of map) into.set(k, (into.get(k) ?? 0) + v * scale); };
const ms = (x) => (x / 1000).toFixed(1);
const top = (map, n, skip = /^\((root|program|idle|garbage collector)\)$/) =>
  [...map].filter(([k]) => !skip.test(k.split(' ')[0])).sort((a, b) => b[1] - a[1]).slice(0, n);

async function profileFigure(browser, figure, n, { reps, topN }) {
  const page0 = PAGES[figure];
  const url = await buildBenchPage(page0.entry, { name: page0.name, rootStyle: page0.rootStyle, minify: false });
  const kinds = new Map();
  const names = new Map();
  const self = new Map();
  const total = new Map();
  let sequence = [];
  const measured = [];
  for (let rep = 0; rep < reps; rep++) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    try {
      await page.goto(url);
      for (let i = 0; i < 2; i++) await page.evaluate(([name, list]) => window[name](...list), [page0.fn, [n]]);
      const { events, profile, result } = await record(page, page0.fn, [n]);
      measured.push(result.mountMs);
      const win = window_(events);
      const spans = mainThreadSpans(events, win);
      const busy = new Map();
      for (const s of spans) {
        busy.set(kindOf(s.name), (busy.get(kindOf(s.name)) ?? 0) + s.self);
        names.set(s.name, (names.get(s.name) ?? 0) + s.self / reps);
      }
      const covered = spans.filter((s) => s.depth === 0).reduce((sum, s) => sum + s.dur, 0);
      busy.set('idle (waiting for frames)', win.t1 - win.t0 - covered);
      add(kinds, busy, 1 / reps);
      const fns = functionTimes(profile, win);
      add(self, fns.self, 1 / reps);
      add(total, fns.total, 1 / reps);
      if (rep === 0) {
        // The first rep's tasks in order: what runs when, between the start mark and the painted frame.
        sequence = spans.filter((s) => s.depth <= 2 && s.dur >= 300 && s.name !== 'RunTask' && s.name !== 'ThreadControllerImpl::RunTask')
          .map((s) => ({ at: ms(s.ts - win.t0), ms: ms(s.dur), depth: s.depth, name: s.name, fn: s.args?.data?.functionName || s.args?.data?.type || (s.args?.elementCount ? `${s.args.elementCount} elements` : '') }));
      }
    } finally {
      await page.close();
    }
  }
  measured.sort((a, b) => a - b);
  return { figure, n, reps, measuredMs: measured, kinds, names, self, total, sequence, topN };
}

function print(r) {
  const label = r.figure === 'chart' ? `<metric-trend> render, ${r.n} points` : `<sota-table> mount, ${r.n} rows`;
  console.log(`\n## ${label} (${r.reps} fresh pages; the bench's own figure in them: ${r.measuredMs.map((x) => x.toFixed(1)).join(', ')} ms)\n`);
  console.log('Main thread, mean ms per run by kind (self time of timeline events):');
  console.log([...r.kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${ms(v)}`).join(' · '));
  console.log('\nTimeline events by self time (mean ms):');
  console.log(top(r.names, 12, /^$/).map(([k, v]) => `${k} ${ms(v)}`).join(' · '));
  console.log('\nThe tasks in order (first page; depth ≤ 2, ≥ 0.3 ms): at ms, took ms');
  for (const s of r.sequence) console.log(`${'  '.repeat(s.depth)}${s.at} +${s.ms} ${s.name}${s.fn ? ` (${s.fn})` : ''}`);
  console.log(`\nJS functions by self time (mean ms, sampled every 50 µs):`);
  for (const [k, v] of top(r.self, r.topN)) console.log(`  ${v.toFixed(2).padStart(6)}  ${k}`);
  console.log(`\nJS functions by total time (with callees):`);
  for (const [k, v] of top(r.total, r.topN)) console.log(`  ${v.toFixed(2).padStart(6)}  ${k}`);
}

const reps = repsOption(3);
const topN = Number(option('--top', '25'));
const figures = option('--only', 'chart:100,chart:1000,table:20,table:10000').split(',').map((f) => {
  const [figure, n] = f.split(':');
  if (!PAGES[figure] || !(Number(n) > 0)) throw new Error(`--only takes chart:N and table:N, not "${f}"`);
  return [figure, Number(n)];
});
const browser = await launchBrowser();
const results = [];
try {
  for (const [figure, n] of figures) {
    const r = await profileFigure(browser, figure, n, { reps, topN });
    print(r);
    results.push(r);
  }
} finally {
  await browser.close();
}
const json = option('--json', null);
if (json) {
  const plain = (m) => Object.fromEntries([...m].map(([k, v]) => [k, Math.round(v * 100) / 100]));
  writeFileSync(json, `${JSON.stringify(results.map((r) => ({ ...r, kinds: plain(r.kinds), names: plain(r.names), self: plain(r.self), total: plain(r.total) })), null, 2)}\n`);
}
