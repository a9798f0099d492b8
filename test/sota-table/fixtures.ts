// Hand-built feeds for the <sota-table> tests.
// Facts: WikiText-103 test perplexities and parameter counts as reported in each paper (Transformer-XL, Dai et al.
// 2019; GPT-2, Radford et al. 2019; Megatron-LM, Shoeybi et al. 2019; kNN-LM, Khandelwal et al. 2020; Compressive
// Transformer, Rae et al. 2019), as listed on the Papers With Code WikiText-103 board. The "Adaptive input" row
// with an unreadable value and the undated baseline are ours, to exercise those cases.
import type { Feed, Leaderboard, Metric, Result } from '../../src/feed/types.js';
import { parseMetricValue } from '../../src/feed/metric-value.js';

const metric = (name: string, direction: 'higher' | 'lower', descriptor = false): Metric => ({
  name, direction, directionSource: 'inferred', unit: null, descriptor,
});

function result(id: string, model: string, date: string | null, values: Record<string, string>, extraData: boolean | null, paper?: { title: string; url: string }, code?: string): Result {
  return {
    id, model, date, extraData,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, parseMetricValue(v)])),
    paper: paper ? { id: null, title: paper.title, url: paper.url, date, arxivId: null } : null,
    code: code ? [{ url: code, title: null, official: true, framework: null, stars: null }] : [],
  };
}

export function wikitextBoard(): Leaderboard {
  return {
    id: 'language-modelling--wikitext-103',
    task: 'Language Modelling',
    dataset: 'WikiText-103',
    description: null,
    source: null,
    metrics: [metric('Test perplexity', 'lower'), metric('Number of params', 'lower', true)],
    results: [
      result('txl', 'Transformer-XL Large', '2019-01-09', { 'Test perplexity': '18.3', 'Number of params': '257M' }, false,
        { title: 'Transformer-XL: Attentive Language Models Beyond a Fixed-Length Context', url: 'https://arxiv.org/abs/1901.02860' },
        'https://github.com/kimiyoung/transformer-xl'),
      result('gpt2', 'GPT-2 Full', '2019-02-14', { 'Test perplexity': '17.48', 'Number of params': '1542M' }, true,
        { title: 'Language Models are Unsupervised Multitask Learners', url: 'javascript:alert(1)' }),
      result('megatron', 'Megatron-LM', '2019-09-17', { 'Test perplexity': '10.81', 'Number of params': '8300M' }, true,
        { title: 'Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism', url: 'https://arxiv.org/abs/1909.08053' }),
      result('knnlm', 'kNN-LM', '2019-11-01', { 'Test perplexity': '15.79*', 'Number of params': '247M' }, false,
        { title: 'Generalization through Memorization: Nearest Neighbor Language Models', url: 'https://arxiv.org/abs/1911.00172' }),
      result('compressive', 'Compressive Transformer', '2019-11-13', { 'Test perplexity': '17.1' }, false,
        { title: 'Compressive Transformers for Long-Range Sequence Modelling', url: 'https://arxiv.org/abs/1911.05507' }),
      result('adaptive', 'Adaptive input (ours)', null, { 'Test perplexity': 'n/a (diverged)' }, null),
    ],
  };
}

export function feedOf(...leaderboards: Leaderboard[]): Feed {
  return { format: 'sota-widgets', leaderboards, papers: [], warnings: [], source: null, updated: null };
}

export function wikitextFeed(): Feed {
  return feedOf(wikitextBoard());
}

/** A synthetic board of `n` rows (seeded, like /work/shared/peer-bench): the unique best score sits in the last row. */
export function largeBoard(n: number): Leaderboard {
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const results: Result[] = Array.from({ length: n }, (_, i) => ({
    id: String(i), model: `model-${i}`, date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, extraData: null,
    values: { Accuracy: parseMetricValue(String(Math.round(random() * 8000) / 100 + 1)) }, paper: null, code: [],
  }));
  results[n - 1].values.Accuracy = parseMetricValue('99.5');
  return { id: 'synthetic--large', task: 'Synthetic', dataset: 'Large', description: null, source: null, metrics: [metric('Accuracy', 'higher')], results };
}
