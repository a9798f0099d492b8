// PWC tags a paper with the same task under several spellings ("named-entity-recognition", "Named Entity
// Recognition", "Named Entity Recognition (NER)"). The card shows one chip per task.
import { normalizeName } from '../../feed/find-leaderboard.js';

/** The key two spellings of one task share: a trailing "(ABBR)" does not count, nor slug punctuation (normalizeName's part). */
export function taskKey(task: string): string {
  return normalizeName(task.replace(/\s*\([^()]*\)\s*$/, ''));
}

/** Prefers a spelling a person wrote (spaces, capitals) over a slug, and the fuller one ("… (NER)") among those. */
function betterLabel(a: string, b: string): string {
  const score = (s: string) => (/[A-Z]/.test(s) ? 2 : 0) + (/\s/.test(s) ? 1 : 0);
  if (score(a) !== score(b)) return score(a) > score(b) ? a : b;
  return b.length > a.length ? b : a;
}

/** One label per task, in the order the tasks first appear; blank tags dropped. */
export function dedupeTasks(tasks: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const raw of tasks) {
    const task = raw.trim();
    if (!task) continue;
    const key = taskKey(task) || task.toLowerCase();
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined ? task : betterLabel(seen, task));
  }
  return [...byKey.values()];
}
