// Builders for hand-made feeds, so feed-core tests do not depend on parseFeed.
import type { Direction, Feed, Leaderboard, Metric, Paper, PaperRef, Result } from '../../src/feed/types.js';
import { parseMetricValue } from '../../src/feed/metric-value.js';
import { isDescriptorMetric, metricDirection } from '../../src/feed/metric-direction.js';

export function metric(name: string, direction?: Direction): Metric {
  return {
    name,
    direction: direction ?? metricDirection(name),
    directionSource: direction ? 'feed' : 'inferred',
    unit: null,
    descriptor: isDescriptorMetric(name),
  };
}

export interface ResultSpec {
  model?: string;
  date?: string | null;
  values?: Record<string, unknown>;
  paper?: Partial<PaperRef> | null;
}

export function result(spec: ResultSpec, index = 0): Result {
  const values = Object.fromEntries(Object.entries(spec.values ?? {}).map(([name, raw]) => [name, parseMetricValue(raw)]));
  const paper = spec.paper ? { id: null, title: null, url: null, date: null, arxivId: null, ...spec.paper } : null;
  return { id: String(index), model: spec.model ?? `model ${index}`, date: spec.date ?? null, values, extraData: null, paper, code: [] };
}

export function leaderboard(
  task: string,
  dataset: string,
  metrics: (string | Metric)[],
  results: ResultSpec[],
): Leaderboard {
  return {
    id: `${task}--${dataset}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    task,
    dataset,
    metrics: metrics.map((m) => (typeof m === 'string' ? metric(m) : m)),
    results: results.map((spec, index) => result(spec, index)),
    description: null,
    source: null,
  };
}

export function paper(fields: Partial<Paper> & { id: string; title: string }): Paper {
  return {
    authors: [], date: null, venue: null, abstract: null, url: null, pdf: null, code: [], tasks: [], arxivId: null,
    bibtex: null, ...fields,
  };
}

export function feed(leaderboards: Leaderboard[], papers: Paper[] = []): Feed {
  return { format: 'sota-widgets', leaderboards, papers, warnings: [], source: null, updated: null };
}
