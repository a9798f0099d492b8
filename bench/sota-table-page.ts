// The page that bench/sota-table.bench.mjs drives: the data and timing of ../shared/peer-bench (6 columns, N rows
// from a seeded PRNG, the unique minimum score in the last row). The element is given a Feed from parseFeed, made
// before the timer as the peers' rows are (and as metric-trend-page.ts does): the documented way to hand an element
// parsed data. `handMade: true` gives it the same Feed built by hand instead, which the element must check and
// bound before it renders (feed-guard.ts, bound-text.ts): the cost of that path, reported beside the figure.
import '../src/components/sota-table/define.js';
import type { SotaTable } from '../src/components/sota-table/sota-table.js';
import type { Feed, Metric } from '../src/feed/types.js';
import { parseFeed } from '../src/feed/parse-feed.js';
import { parseMetricValue } from '../src/feed/metric-value.js';
import { nextPaint, startAtFramePhase, startWhenTold, waitFor } from './page-timing.js';

function rng(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rows of ../shared/peer-bench's makeRows, as results of one board. */
function makeResults(n: number) {
  const r = rng(42), ds = ['ImageNet', 'COCO', 'SQuAD', 'GLUE', 'MMLU'], t0 = Date.UTC(2012, 0, 1), span = Date.UTC(2025, 0, 1) - t0;
  return Array.from({ length: n }, (_, i) => {
    const score = i === n - 1 ? 0.5 : Math.round(r() * 10000) / 100 + 1;
    const date = new Date(t0 + r() * span).toISOString().slice(0, 10);
    const params = Math.round(r() * 1e5) / 10;
    return { id: String(i + 1), model: `model-${((i * 7919) % 100003).toString(36)}`, date, score, params, dataset: ds[i % 5] };
  });
}

/** Our own format, read by parseFeed. */
function parsedFeed(n: number): Feed {
  const results = makeResults(n).map(({ id, model, date, score, params, dataset }) => ({
    id, model, date, values: { score, params }, paper: { title: dataset },
  }));
  const metrics = [{ name: 'score', direction: 'lower' }, { name: 'params', direction: 'lower', descriptor: true }];
  return parseFeed({ version: 1, leaderboards: [{ id: 'bench--rows', task: 'Bench', dataset: `${n} rows`, metrics, results }] });
}

/** The same Feed written out by hand, as a page might without parseFeed. */
function handMadeFeed(n: number): Feed {
  const metric = (name: string, descriptor: boolean): Metric => ({ name, direction: 'lower', directionSource: 'feed', unit: null, descriptor });
  const results = makeResults(n).map(({ id, model, date, score, params, dataset }) => ({
    id, model, date, extraData: null, code: [],
    values: { score: parseMetricValue(String(score)), params: parseMetricValue(String(params)) },
    paper: { id: null, title: dataset, url: null, date: null, arxivId: null },
  }));
  const board = { id: 'bench--rows', task: 'Bench', dataset: `${n} rows`, description: null, source: null, metrics: [metric('score', false), metric('params', true)], results };
  return { format: 'sota-widgets', leaderboards: [board], papers: [], warnings: [], source: null, updated: null };
}

// The score as shown; the best value sits in a <strong> next to a visually hidden "(best)".
function firstScore(el: SotaTable): string | null {
  const cell = el.shadowRoot?.querySelector('tbody tr[aria-rowindex] td.num');
  return cell ? ((cell.querySelector('strong') ?? cell).textContent ?? '').trim() : null;
}

declare global { interface Window { runTable: (n: number, options?: { phase?: number; handMade?: boolean; cpu?: boolean }) => Promise<Record<string, number | string | null>> } }

// `cpu`: start when bench/cpu-time.mjs says, and return once the mount is painted, skipping the sort.
window.runTable = async (n, { phase = 0.5, handMade = false, cpu = false } = {}) => {
  const feed = handMade ? handMadeFeed(n) : parsedFeed(n);
  const root = document.getElementById('root')!;
  const holder = document.createElement('div');
  root.replaceChildren(holder);
  await (cpu ? startWhenTold() : startAtFramePhase(phase));
  // Marks cut the measured span out of a trace (bench/profile.mjs); they cost nothing measurable.
  performance.mark('bench-start');
  const t0 = performance.now();
  const el = document.createElement('sota-table');
  el.setAttribute('sort', 'date'); // newest first, so the score click below really reorders the rows
  el.feed = feed;
  holder.appendChild(el);
  await waitFor(el, () => firstScore(el) !== null, 'the first row');
  void document.body.offsetHeight;
  const mountLayoutMs = performance.now() - t0;
  await nextPaint();
  const mountMs = performance.now() - t0;
  if (cpu) return { mountMs, mountLayoutMs } as Record<string, number>;
  performance.mark('bench-end');
  const before = firstScore(el);
  await startAtFramePhase(phase);
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')].find((b) => b.textContent!.includes('score'))!;
  const s0 = performance.now();
  button.click();
  await waitFor(el, () => firstScore(el) === '0.5', 'the minimum score in the first row');
  void document.body.offsetHeight;
  const sortLayoutMs = performance.now() - s0;
  await nextPaint();
  const sortMs = performance.now() - s0;
  return { mountMs, mountLayoutMs, sortMs, sortLayoutMs, before, domNodes: el.shadowRoot!.querySelectorAll('*').length };
};
