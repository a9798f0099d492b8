// Which column of a table of records plays which part: a caller's answer to what forgiving header matching
// cannot guess ("Model version" is the model, "mean_score" the value that ranks). Written as text so an element
// attribute, a CLI option and a JS caller say it the same way.
import { FeedError } from './feed-error.js';
import { loose } from './internal/model-header.js';

/** The parts a column can play; every column without one is a metric. */
export const COLUMN_ROLES = ['task', 'dataset', 'model', 'paper', 'paper-url', 'date', 'code', 'extra-data', 'rank', 'value'] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * Role → the column names given for it, in order. `value` names the metric columns that rank, first to last;
 * each other role takes its first column that the table has.
 */
export type ColumnMapping = Partial<Record<ColumnRole, string[]>>;

/** Spellings of a role in mapping text, loosened as header names are ("Extra data", "extra_data"). */
const ROLE_ALIASES: Record<string, ColumnRole> = {
  task: 'task', dataset: 'dataset', benchmark: 'dataset', model: 'model', name: 'model', paper: 'paper', title: 'paper',
  paperurl: 'paper-url', url: 'paper-url', date: 'date', code: 'code', repo: 'code', extradata: 'extra-data',
  rank: 'rank', value: 'value', metric: 'value', score: 'value',
};

/**
 * Reads `"model: Model version; date: Release date; value: mean_score"`: each entry is a role, a colon and a
 * column name. Entries are separated by semicolons, or by commas when a role and its colon follow, so a column
 * name may hold commas ("value: F1 (micro, avg)"). Throws a FeedError naming an unknown role or an entry
 * without a colon, since a mistyped mapping would otherwise quietly show the wrong columns.
 */
export function parseColumnMapping(text: string | null | undefined): ColumnMapping {
  const mapping: ColumnMapping = {};
  const source = (text ?? '').trim();
  if (source === '') return mapping;
  const roleAhead = new RegExp(`,(?=\\s*(?:${Object.keys(ROLE_ALIASES).join('|')}|paper[ _-]url|extra[ _-]data)\\s*:)`, 'i');
  for (const entry of source.split(';').flatMap((part) => part.split(roleAhead))) {
    if (entry.trim() === '') continue;
    const colon = entry.indexOf(':');
    if (colon < 0) throw new FeedError(`Column mapping entry "${entry.trim()}" has no colon; write it as "role: column name" (e.g. "model: Model version").`);
    const name = entry.slice(0, colon).trim();
    const column = entry.slice(colon + 1).trim();
    const role = ROLE_ALIASES[loose(name)];
    if (!role) {
      throw new FeedError(`Unknown column role "${name}" in the column mapping; expected one of ${COLUMN_ROLES.join(', ')}.`);
    }
    if (column === '') throw new FeedError(`The column mapping gives no column name for "${name}".`);
    (mapping[role] ??= []).push(column);
  }
  return mapping;
}
