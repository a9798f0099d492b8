// The rows of a results table for some of a feed's results (a paper's, a model's): one per leaderboard, result and
// score metric the result has a value for, with its rank on that metric and how many results have one. Descriptor
// columns ("Number of params") are left out: they are not results. Leaderboard, result and metric order follow
// the feed; each board is ranked once per metric, and only when one of its results is wanted.
import type { Feed, Result, PaperResultRow, RankedResult } from '../types.js';
import { rankResults } from '../rank-results.js';
import { metricValueOf } from './resolve-metric.js';

export function resultRows(feed: Feed, wanted: (result: Result) => boolean): PaperResultRow[] {
  const rows: PaperResultRow[] = [];
  for (const leaderboard of feed.leaderboards) {
    const matching = leaderboard.results.filter(wanted);
    if (matching.length === 0) continue;
    const rankings = new Map<string, { ranked: RankedResult[]; of: number }>();
    for (const result of matching) {
      for (const metric of leaderboard.metrics) {
        const value = metricValueOf(result, metric.name);
        if (metric.descriptor || value?.value === null || value === undefined) continue;
        let ranking = rankings.get(metric.name);
        if (!ranking) {
          const ranked = rankResults(leaderboard, metric);
          ranking = { ranked, of: ranked.filter((entry) => entry.rank !== null).length };
          rankings.set(metric.name, ranking);
        }
        const rank = ranking.ranked.find((entry) => entry.result === result)?.rank ?? null;
        rows.push({ leaderboard, result, metric, value, rank, of: ranking.of });
      }
    }
  }
  return rows;
}
