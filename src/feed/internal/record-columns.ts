// Which column of a table of records is the model, the date, the paper…, and which are metrics. Spreadsheets
// and JSON APIs spell the same column many ways ("Model", "model_name", "Release date"), so headers are compared
// loosely against a list of spellings per role; a caller's column mapping wins over the guess. A header may also
// carry its metric's direction ("PPL:lower", "PPL (lower is better)", "PPL ↓"), taken off the metric's name.
import type { ColumnMapping, ColumnRole } from '../column-mapping.js';
import type { Direction } from '../types.js';
import type { WarningLog } from './read.js';
import { loose, MODEL_HEADERS } from './record-shape.js';

export type FieldRole = Exclude<ColumnRole, 'value'>;

export interface MetricColumn {
  /** The header as the table has it: the key into each record. */
  header: string;
  /** The metric's name: the header without a direction marker. */
  name: string;
  /** The direction the header states, or null. */
  direction: Direction | null;
}

export interface ColumnPlan {
  /** Role → the header that plays it. */
  fields: Partial<Record<FieldRole, string>>;
  /** Every other column, the mapping's `value` columns first, then in table order. */
  metrics: MetricColumn[];
}

/** Spellings of each role's header, most specific first, compared with `loose`. */
const SPELLINGS: Record<FieldRole, readonly string[]> = {
  task: ['task', 'taskname', 'tasktype'],
  dataset: ['dataset', 'datasetname', 'benchmark'],
  model: MODEL_HEADERS,
  paper: ['paper', 'papertitle', 'title'],
  'paper-url': ['paperurl', 'paperlink', 'arxivurl', 'arxiv', 'arxivid', 'url'],
  date: ['date', 'releasedate', 'paperdate', 'publicationdate', 'published', 'year'],
  code: ['code', 'codeurl', 'codelink', 'codelinks', 'repo', 'repository', 'github', 'sourcecode'],
  'extra-data': ['extradata', 'extratrainingdata', 'usesadditionaldata', 'additionaldata', 'externaldata'],
  rank: ['rank'],
};

const DIRECTION_MARK = /^(.*?)\s*(?::\s*(lower|higher)(?:\s+is\s+better)?|\(\s*(lower|higher)(?:\s+is\s+better)?\s*\)|\(?\s*([↑↓])\s*\)?)$/i;

/** "PPL:lower" → {name: "PPL", direction: "lower"}; a header without a marker keeps its name. */
export function metricColumn(header: string): MetricColumn {
  const match = DIRECTION_MARK.exec(header.trim());
  if (!match || match[1] === '') return { header, name: header.trim() || 'Unnamed column', direction: null };
  const word = (match[2] ?? match[3])?.toLowerCase();
  const direction = word ? (word as Direction) : match[4] === '↓' ? 'lower' : 'higher';
  return { header, name: match[1], direction };
}

/** Assigns roles to `headers` (in table order); a mapped column the table lacks is reported and guessed instead. */
export function planColumns(headers: readonly string[], mapping: ColumnMapping, log: WarningLog): ColumnPlan {
  const claimed = new Set<string>();
  const find = (wanted: string) => headers.find((h) => !claimed.has(h) && h === wanted)
    ?? headers.find((h) => !claimed.has(h) && h.trim().toLowerCase() === wanted.trim().toLowerCase())
    ?? headers.find((h) => !claimed.has(h) && loose(h) !== '' && loose(h) === loose(wanted));
  const missing = (role: ColumnRole, name: string) => log.add('missing-field', '', `The column mapping names "${name}" for ${role}, but the table has no such column (its columns: ${headers.join(', ')}).`, name);
  const fields: Partial<Record<FieldRole, string>> = {};
  const ranking: MetricColumn[] = [];
  const claim = (role: FieldRole, header: string) => {
    claimed.add(header);
    fields[role] = header;
  };
  for (const name of mapping.value ?? []) {
    const header = find(name);
    if (header === undefined) missing('value', name);
    else {
      claimed.add(header);
      ranking.push(metricColumn(header));
    }
  }
  const roles = Object.keys(SPELLINGS) as FieldRole[];
  // Mapped roles claim their columns before any guess, so a guess never takes a column the caller named.
  for (const role of roles) {
    const names = mapping[role] ?? [];
    const header = names.map(find).find((h) => h !== undefined);
    if (header === undefined && names.length > 0) missing(role, names.join('", "'));
    if (header !== undefined) claim(role, header);
  }
  for (const role of roles) {
    if (fields[role] !== undefined) continue;
    const header = SPELLINGS[role].map((spelling) => headers.find((h) => !claimed.has(h) && loose(h) === spelling)).find((h) => h !== undefined);
    if (header !== undefined) claim(role, header);
  }
  const others = headers.filter((h) => !claimed.has(h)).map(metricColumn);
  return { fields, metrics: [...ranking, ...others] };
}
