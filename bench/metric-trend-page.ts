// The page side of bench/metric-trend.bench.mjs: the method of ../shared/peer-bench (data → painted, forced
// layout, then two animation frames; a fresh container every run). Data is made outside the timed region,
// as the peers' points are. Two ways in: `feed` hands the element a Feed from parseFeed (parsed outside the
// timed region, like the peers' ready-made points); `json` hands it raw JSON, so parsing is timed too.
import '../src/components/metric-trend/define.js';
import { parseFeed } from '../src/feed/parse-feed.js';
import type { MetricTrend } from '../src/components/metric-trend/metric-trend.js';
import { nextPaint, startAtFramePhase, startWhenTold } from './page-timing.js';

// The same seeded generator as peer-bench's makePoints, so both draw the same shape of data.
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeFeed(n: number, seed = 7) {
  const r = rng(seed);
  const t0 = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2025, 0, 1) - t0;
  const results = Array.from({ length: n }, (_, i) => {
    const d = r();
    return { model: `model-${i}`, date: new Date(t0 + d * span).toISOString().slice(0, 10), values: { Score: Math.round((40 + 50 * d + 10 * r()) * 100) / 100 } };
  });
  return { version: 1, leaderboards: [{ task: 'Bench', dataset: 'Random', metrics: [{ name: 'Score', direction: 'higher' }], results }] };
}

declare global {
  interface Window {
    runChart: (n: number, options?: { mode?: 'feed' | 'json'; phase?: number; cpu?: boolean }) => Promise<{ mountMs: number; mountLayoutMs: number; marks: number }>;
  }
}

// `cpu`: start when bench/cpu-time.mjs says, and return once painted (two frames), skipping what follows.
window.runChart = async (n: number, { mode = 'feed', phase = 0.5, cpu = false } = {}) => {
  const feed = mode === 'feed' ? parseFeed(makeFeed(n)) : makeFeed(n);
  const root = document.getElementById('root')!;
  const container = document.createElement('div');
  container.style.width = '1000px';
  root.replaceChildren(container);
  await (cpu ? startWhenTold() : startAtFramePhase(phase));
  // Marks cut the measured span out of a trace (bench/profile.mjs); they cost nothing measurable.
  performance.mark('bench-start');
  const t0 = performance.now();
  const el = document.createElement('metric-trend') as MetricTrend;
  el.feed = feed;
  container.append(el);
  await el.updateComplete;
  void document.body.offsetHeight;
  const tLayout = performance.now() - t0;
  await nextPaint();
  const tPaint = performance.now() - t0;
  if (cpu) return { mountMs: tPaint, mountLayoutMs: tLayout, marks: 0 };
  performance.mark('bench-end');
  const marks = el.shadowRoot!.querySelectorAll('circle,path').length;
  return { mountMs: tPaint, mountLayoutMs: tLayout, marks };
};
