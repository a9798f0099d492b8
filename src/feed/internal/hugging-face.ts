// What the Hugging Face adapters share: the Hub's address, a model's page, the benchmark a leaderboard URL names, and
// the attribution line. The Hub publishes no licence for leaderboard data as a whole (each model repository has its
// own), so the attribution names the Hub and links the benchmark, and says no licence.
import type { Source } from '../types.js';

export const HUB = 'https://huggingface.co';

/** "org/name" (one slash, no spaces): the only shape of a Hub repository id that may become a link. */
const REPO_ID = /^[\w.-]+\/[\w.-]+$/;

export function isRepoId(text: string): boolean {
  return REPO_ID.test(text) && !text.includes('..');
}

/** A model's page on the Hub, or undefined when the id is not a plain repository id. */
export function hubModelUrl(modelId: string): string | undefined {
  return isRepoId(modelId) ? `${HUB}/${modelId}` : undefined;
}

/** The benchmark a leaderboard URL asks for: `…/api/datasets/{namespace}/{name}/leaderboard` → "namespace/name". */
export function datasetIdFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  const match = /\/api\/datasets\/([^/?#]+)\/([^/?#]+)\/leaderboard(?:[?#]|$)/.exec(url);
  if (!match) return null;
  try {
    return `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`;
  } catch {
    return null;
  }
}

/** Attribution for a board built from the Hub's eval results of one benchmark dataset. */
export function hubSource(datasetId: string | null): Source {
  return {
    name: 'Hugging Face Eval Results',
    url: datasetId && isRepoId(datasetId) ? `${HUB}/datasets/${datasetId}` : `${HUB}/docs/hub/eval-results`,
    license: null,
  };
}

/** The fields of `object` that hold a value: a mark the Hub does not give stays absent, not undefined. */
export function definedFields<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}
