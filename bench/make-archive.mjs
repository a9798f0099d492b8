// A seeded stand-in for the PWC archive's evaluation-tables.json, for the split benchmark: the real file's shape
// (tasks with datasets, subdatasets and subtasks nested three deep, long markdown descriptions, dataset links,
// rows with code links) and its value quirks ("93.3%", "-", null, "±", "24M", "**bold**", footnote marks), at its
// size: 2,250 top-level tasks, about 60,000 results and 145 MB at --scale 1. The same seed and scale always write
// the same bytes. The real file cannot be shipped or fetched here, so its size and shape are imitated, not copied.
//
//   node bench/make-archive.mjs [--scale 0.25] [--seed 11] [--gzip] [-o bench/out/archive-1.json]
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { isMain, option } from './lib/cli.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** The real archive's counts (issue 11), which --scale multiplies. */
export const FULL = { tasks: 2250, results: 60000, bytes: 145e6 };

/** mulberry32: a small, well-known seeded generator, so an archive is reproducible from its seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('model learning neural network task dataset benchmark attention transformer image text speech graph node '
  + 'classification detection segmentation retrieval generation translation question answering language vision '
  + 'accuracy robust efficient deep representation pretrained contrastive supervised semi unsupervised large scale '
  + 'evaluation metric state art results baseline novel approach method training inference sequence token').split(' ');
const AREAS = ['Computer Vision', 'Natural Language Processing', 'Speech', 'Graphs', 'Medical', 'Time Series', 'Reinforcement Learning', 'Audio'];
// Dataset names that recur under several tasks, as ImageNet or COCO do in the real archive.
const SHARED_DATASETS = ['ImageNet', 'COCO', 'CIFAR-10', 'SQuAD1.1', 'WikiText-103', 'MNIST', 'Penn Treebank', 'GLUE'];
const METRIC_SETS = [
  ['Top 1 Accuracy', 'Top 5 Accuracy', 'Number of params'], ['F1'], ['EM', 'F1'], ['Accuracy'], ['BLEU score'],
  ['Test perplexity', 'Validation perplexity', 'Params'], ['mAP', 'AP50', 'AP75'], ['Percentage error'], ['WER'], ['MAE', 'RMSE'],
];

export function makeArchive({ scale = 1, seed = 11 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const title = () => { const t = words(int(4, 10)); return t[0].toUpperCase() + t.slice(1); };
  // Markdown prose as the archive's descriptions are: sentences, a link, sometimes an image.
  const prose = (sentences) => Array.from({ length: sentences }, (_, i) => `${title()}${i % 5 === 2 ? ' ([source](https://example.org/' + words(2).replace(' ', '-') + '))' : ''}.`).join(' ');
  const date = () => (rand() < 0.1 ? null : `${int(2012, 2023)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`);

  function value(metric) {
    const x = rand() * 100;
    const r = rand();
    if (/params/i.test(metric)) return r < 0.2 ? '-' : `${int(1, 900)}M`;
    if (r < 0.6) return x.toFixed(int(1, 3));
    if (r < 0.7) return `${x.toFixed(1)}%`;
    if (r < 0.75) return '-';
    if (r < 0.78) return null;
    if (r < 0.83) return `${x.toFixed(2)} ± ${(rand()).toFixed(2)}`;
    if (r < 0.88) return `**${x.toFixed(1)}**`;
    if (r < 0.91) return `${x.toFixed(1)}*`;
    if (r < 0.94) return '';
    return Number(x.toFixed(2));
  }

  const row = (metrics) => {
    const arxiv = `${int(12, 23)}${String(int(1, 12)).padStart(2, '0')}.${String(int(1, 19999)).padStart(5, '0')}`;
    const paperTitle = title();
    const links = rand() < 0.1 ? '' : rand() < 0.7 ? `https://arxiv.org/abs/${arxiv}v${int(1, 3)}` : `https://paperswithcode.com/paper/${paperTitle.toLowerCase().replace(/ /g, '-')}`;
    return {
      code_links: Array.from({ length: int(0, 3) }, () => ({ title: `${pick(WORDS)}/${pick(WORDS)}-${pick(WORDS)}`, url: `https://github.com/${pick(WORDS)}/${pick(WORDS)}-${int(1, 999)}` })),
      metrics: Object.fromEntries(metrics.filter(() => rand() < 0.92).map((m) => [m, value(m)])),
      model_links: [],
      model_name: `${pick(WORDS)[0].toUpperCase()}${pick(WORDS)}-${int(1, 99)}${rand() < 0.3 ? ' (ensemble)' : ''}`,
      paper_date: date(),
      paper_title: rand() < 0.05 ? '' : paperTitle,
      paper_url: links,
      ...(rand() < 0.03 ? {} : { uses_additional_data: rand() < 0.2 }),
    };
  };

  // Results are dealt so the whole archive holds FULL.results × scale of them, about 27 per top-level task.
  const rowsPerTask = FULL.results / FULL.tasks;
  const dataset = (name, rowsLeft) => {
    const metrics = pick(METRIC_SETS);
    const n = rowsLeft;
    return {
      dataset: name,
      dataset_citations: [],
      dataset_links: Array.from({ length: int(0, 2) }, () => ({ title: title(), url: `https://example.org/${pick(WORDS)}/${int(1, 9999)}` })),
      description: prose(int(12, 116)),
      sota: { metrics: [...metrics], rows: Array.from({ length: n }, () => row(metrics)) },
      subdatasets: [],
    };
  };

  let taskNumber = 0;
  function task(depth, budget) {
    taskNumber += 1;
    const name = `${title()} ${taskNumber}`;
    const datasetCount = int(1, depth === 0 ? 6 : 3);
    const subtaskCount = depth < 3 && rand() < 0.45 ? int(1, 3) : 0;
    const shares = Array.from({ length: datasetCount + subtaskCount }, () => rand() * rand());
    const total = shares.reduce((a, b) => a + b, 0) || 1;
    let left = budget;
    const parts = shares.map((share, i) => {
      const n = i === shares.length - 1 ? left : Math.min(left, Math.round((budget * share) / total));
      left -= n;
      return n;
    });
    const names = new Set();
    const datasets = parts.slice(0, datasetCount).map((n) => {
      let dsName = rand() < 0.12 ? pick(SHARED_DATASETS) : `${pick(WORDS)[0].toUpperCase()}${pick(WORDS)}-${int(1, 999)}`;
      while (names.has(dsName)) dsName += '+';
      names.add(dsName);
      // Many archive datasets have a table with no rows yet.
      return dataset(dsName, n);
    });
    return {
      categories: depth === 0 ? [pick(AREAS)] : [],
      datasets,
      description: prose(int(6, depth === 0 ? 170 : 60)),
      source_link: rand() < 0.1 ? { title: `${title()} leaderboard`, url: `https://example.org/leaderboard/${taskNumber}` } : null,
      subtasks: parts.slice(datasetCount).map((n) => task(depth + 1, n)),
      synonyms: rand() < 0.3 ? [title()] : [],
      task: name,
    };
  }

  const tasks = Math.max(1, Math.round(FULL.tasks * scale));
  let resultsLeft = Math.round(FULL.results * scale);
  return {
    tasks,
    *[Symbol.iterator]() {
      for (let i = 0; i < tasks; i++) {
        const budget = i === tasks - 1 ? resultsLeft : Math.min(resultsLeft, Math.round(rowsPerTask * 2 * rand()));
        resultsLeft -= budget;
        yield task(0, budget);
      }
    },
  };
}

/** Writes the archive to `path` (gzip when `gzip`), one task at a time; resolves to the byte count written. */
export async function writeArchive(path, { scale = 1, seed = 11, gzip = false } = {}) {
  mkdirSync(dirname(path), { recursive: true });
  const file = createWriteStream(path);
  const out = gzip ? createGzip() : file;
  if (gzip) out.pipe(file);
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('[');
  let first = true;
  for (const task of makeArchive({ scale, seed })) {
    await write(`${first ? '' : ','}\n${JSON.stringify(task)}`);
    first = false;
  }
  await write('\n]\n');
  out.end();
  await once(file, 'close');
  return bytes;
}

if (isMain(import.meta.url)) {
  const scale = Number(option('--scale', '1'));
  const seed = Number(option('--seed', '11'));
  const gzip = process.argv.includes('--gzip');
  const path = option('-o', join(here, 'out', `archive-${scale}.json${gzip ? '.gz' : ''}`));
  const bytes = await writeArchive(path, { scale, seed, gzip });
  console.log(`${path}: ${(bytes / 1e6).toFixed(1)} MB of JSON (scale ${scale}, seed ${seed})`);
}
