// Fills a link template such as "/boards/{task}/{dataset}" from a leaderboard; every value is URL-encoded, and the
// result must still be an http(s) or relative URL.
import type { Leaderboard, Metric } from '../../feed/types.js';
import { safeUrl } from '../../internal/safe-url.js';

export function leaderboardHref(template: string | null | undefined, leaderboard: Leaderboard, metric?: Metric): string | null {
  if (!template) return null;
  const values: Record<string, string> = {
    task: leaderboard.task,
    dataset: leaderboard.dataset,
    id: leaderboard.id,
    metric: metric?.name ?? '',
  };
  const filled = template.replace(/\{(task|dataset|id|metric)\}/g, (_, name: string) => encodeURIComponent(values[name]));
  return safeUrl(filled);
}
