// The page that bench/sota-index.bench.mjs drives: an index file of N boards (seeded PRNG, tasks of 1–12 boards,
// frontiers of 1–8 records), given to <sota-index> as the raw JSON a fetch of index.json would give, so the
// timings include reading the index. The timer method is the table bench's (../shared/peer-bench): stop once the
// change is on screen, plus two animation frames.
import '../src/components/sota-index/define.js';
import type { SotaIndex } from '../src/components/sota-index/sota-index.js';
import { nextPaint, startAtFramePhase, waitFor } from './page-timing.js';

function rng(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Image', 'Classification', 'Question', 'Answering', 'Semantic', 'Segmentation', 'Named', 'Entity', 'Recognition',
  'Machine', 'Translation', 'Object', 'Detection', 'Speech', 'Language', 'Modelling', 'Pose', 'Estimation', 'Retrieval', 'Graph'];
const DATASETS = ['ImageNet', 'COCO', 'SQuAD', 'GLUE', 'MMLU', 'Cityscapes', 'LibriSpeech', 'WMT', 'PubMed', 'CIFAR'];

/** The index JSON; the board named "Needle set" (one, in the middle) is what the search bench types. */
function makeIndex(n: number): unknown {
  const r = rng(7);
  const tasks: { task: string; datasets: unknown[] }[] = [];
  let made = 0;
  while (made < n) {
    const size = Math.min(n - made, 1 + Math.floor(r() * 12));
    const task = `${WORDS[Math.floor(r() * WORDS.length)]} ${WORDS[Math.floor(r() * WORDS.length)]} ${tasks.length}`;
    const datasets = Array.from({ length: size }, (_, d) => {
      const at = made + d;
      const records = 1 + Math.floor(r() * 8);
      let value = 40 + r() * 20;
      let time = Date.UTC(2012, 0, 1) + r() * 3e11;
      const frontier = Array.from({ length: records }, () => {
        value += r() * 5;
        time += r() * 2e10;
        return [new Date(time).toISOString().slice(0, 10), Math.round(value * 100) / 100];
      });
      const last = frontier[frontier.length - 1] as [string, number];
      return {
        dataset: at === Math.floor(n / 2) ? 'Needle set' : `${DATASETS[at % DATASETS.length]}-${at}`,
        file: `t${tasks.length}/d${at}.json`, results: 1 + Math.floor(r() * 200), metric: 'Accuracy', direction: 'higher',
        best: { model: `model-${((at * 7919) % 100003).toString(36)}`, value: last[1], text: String(last[1]), date: last[0], paper: null },
        frontier,
      };
    });
    tasks.push({ task, datasets });
    made += size;
  }
  return { format: 'sota-widgets-index', version: 1, tasks };
}

function firstBoard(el: SotaIndex): string | null {
  const cell = el.shadowRoot?.querySelector('tbody tr:not(.group)[aria-rowindex] .dataset');
  return cell ? (cell.textContent ?? '').trim() : null;
}

declare global { interface Window { runIndex: (n: number, options?: { phase?: number }) => Promise<Record<string, number | string | null>> } }

const indexes = new Map<number, unknown>();

window.runIndex = async (n, { phase = 0.5 } = {}) => {
  // Made once per page, as a fetched index.json is cached once: each run reads it into a new element.
  if (!indexes.has(n)) indexes.set(n, makeIndex(n));
  const json = indexes.get(n);
  const root = document.getElementById('root')!;
  const holder = document.createElement('div');
  root.replaceChildren(holder);
  await startAtFramePhase(phase);
  const t0 = performance.now();
  const el = document.createElement('sota-index');
  el.search = 'always';
  el.feed = json;
  holder.appendChild(el);
  await waitFor(el, () => firstBoard(el) !== null, 'the first board');
  void document.body.offsetHeight;
  const mountLayoutMs = performance.now() - t0;
  await nextPaint();
  const mountMs = performance.now() - t0;
  await startAtFramePhase(phase);
  // One keystroke: the query grows from "needle" to "needle " + "s" (the first time the rows are searched, so
  // it includes building their search text), until the one matching board is the first row.
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  const s0 = performance.now();
  input.value = 'needle s';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await waitFor(el, () => firstBoard(el) === 'Needle set', 'the searched board in the first row');
  void document.body.offsetHeight;
  const searchLayoutMs = performance.now() - s0;
  await nextPaint();
  const searchMs = performance.now() - s0;
  return { mountMs, mountLayoutMs, searchMs, searchLayoutMs, domNodes: el.shadowRoot!.querySelectorAll('*').length };
};
