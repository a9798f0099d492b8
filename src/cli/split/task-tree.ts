// What split needs to know about one top-level task of the archive besides what the feed layer reads from it:
// whether any of its datasets (or its subtasks') has a results table at all (most archive tasks have none, and
// parseFeed rightly refuses a feed with nothing to show), and which tasks each subtask is nested in, for --task
// and the index's "parent".
import { field, isObject } from '../../feed/internal/read.js';

export interface TaskTree {
  hasTables: boolean;
  /** The names of the tasks `task` is nested in, nearest first; [] for the top-level task or a name not in the tree. */
  ancestorsOf(task: string): string[];
}

const listAt = (object: unknown, key: string): unknown[] => {
  const value = isObject(object) ? field(object, key) : undefined;
  return Array.isArray(value) ? value : [];
};

const hasTable = (dataset: unknown): boolean => isObject(dataset)
  && ((field(dataset, 'sota') ?? null) !== null || listAt(dataset, 'subdatasets').some(hasTable));

export function taskTree(input: unknown): TaskTree {
  const parents = new Map<string, string[]>();
  let hasTables = false;
  const walk = (task: unknown, ancestors: string[]) => {
    if (!isObject(task)) return;
    const value = field(task, 'task');
    const name = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    // The first place a name appears wins, as the feed layer merges a repeated (task, dataset) into its first board.
    if (name && !parents.has(name)) parents.set(name, ancestors);
    if (listAt(task, 'datasets').some(hasTable)) hasTables = true;
    for (const subtask of listAt(task, 'subtasks')) walk(subtask, name ? [name, ...ancestors] : ancestors);
  };
  walk(input, []);
  return { hasTables, ancestorsOf: (task) => parents.get(task.trim()) ?? [] };
}
