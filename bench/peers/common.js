// What every peer page shares, in the manner of ../shared/peer-bench/speed/entries/_common.js (our own copy of
// its method, so the peers run beside our elements in one `npm run bench`): the same seeded data as our bench
// pages, a fresh container per run, and the timer stopped once the result is laid out plus two animation frames.
import { nextPaint, startAtFramePhase, startWhenTold } from '../page-timing.ts';

export const COLS = ['id', 'model', 'score', 'date', 'params', 'dataset'];

export function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N rows × 6 columns; the unique minimum score in the last row, so an ascending sort must bring it to the top. */
export function makeRows(n, seed = 42) {
  const r = rng(seed), ds = ['ImageNet', 'COCO', 'SQuAD', 'GLUE', 'MMLU'], t0 = Date.UTC(2012, 0, 1), span = Date.UTC(2025, 0, 1) - t0;
  const rows = Array.from({ length: n }, (_, i) => ({
    id: i + 1, model: `model-${((i * 7919) % 100003).toString(36)}`, score: Math.round(r() * 10000) / 100 + 1,
    date: new Date(t0 + r() * span).toISOString().slice(0, 10), params: Math.round(r() * 1e5) / 10, dataset: ds[i % 5],
  }));
  rows[n - 1].score = 0.5;
  return rows;
}

export function makePoints(n, seed = 7) {
  const r = rng(seed), t0 = Date.UTC(2012, 0, 1), span = Date.UTC(2025, 0, 1) - t0;
  return Array.from({ length: n }, () => { const d = r(); return { date: new Date(t0 + d * span), value: Math.round((40 + 50 * d + 10 * r()) * 100) / 100 }; });
}

/** The best-so-far points (higher is better), computed inside the timed region as our element does. */
export function frontierOf(points) {
  let best = -Infinity;
  return [...points].sort((a, b) => a.date - b.date).filter((p) => (p.value > best ? ((best = p.value), true) : false));
}

function freshRoot() {
  const el = document.createElement('div');
  document.getElementById('root').replaceChildren(el);
  return el;
}

/** Resolves once pred() holds: checked on every mutation under root and on every frame. */
function waitFor(root, pred, timeoutMs = 20_000) {
  return new Promise((resolve, reject) => {
    if (pred()) return resolve();
    const start = performance.now();
    const observer = new MutationObserver(() => { if (pred()) { observer.disconnect(); resolve(); } });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const tick = () => {
      if (pred()) { observer.disconnect(); resolve(); }
      else if (performance.now() - start > timeoutMs) { observer.disconnect(); reject(new Error('timed out')); }
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** window.runTable(n): mount until the first row shows a score, then a click on the score header until it shows the minimum. */
export function tableBench(lib) {
  // `cpu`: start when bench/cpu-time.mjs says, and return once the mount is painted, skipping the sort.
  window.runTable = async (n, { phase = 0.5, cpu = false } = {}) => {
    const rows = makeRows(n), el = freshRoot();
    await (cpu ? startWhenTold() : startAtFramePhase(phase));
    const t0 = performance.now();
    const handle = lib.mount(el, rows);
    await waitFor(el, () => lib.firstScore(el, handle) != null);
    void document.body.offsetHeight;
    const mountLayoutMs = performance.now() - t0;
    await nextPaint();
    const mountMs = performance.now() - t0;
    if (cpu) return { mountMs, mountLayoutMs };
    await startAtFramePhase(phase);
    const s0 = performance.now();
    lib.clickSort(el, handle);
    await waitFor(el, () => lib.firstScore(el, handle) === '0.5');
    void document.body.offsetHeight;
    await nextPaint();
    return { mountMs, mountLayoutMs, sortMs: performance.now() - s0, domNodes: el.querySelectorAll('*').length };
  };
}

/** window.runChart(n): data → drawn, forced layout, two frames (`cpu`: as runTable's). */
export function chartBench(draw) {
  window.runChart = async (n, { phase = 0.5, cpu = false } = {}) => {
    const points = makePoints(n), el = freshRoot();
    await (cpu ? startWhenTold() : startAtFramePhase(phase));
    const t0 = performance.now();
    await draw(el, points);
    void document.body.offsetHeight;
    const mountLayoutMs = performance.now() - t0;
    await nextPaint();
    if (cpu) return { mountMs: performance.now() - t0, mountLayoutMs };
    return { mountMs: performance.now() - t0, mountLayoutMs, marks: el.querySelectorAll('circle,path').length + el.querySelectorAll('canvas').length };
  };
}
