// Progressive enhancement: an author can write a plain <table> inside <sota-table>; it shows as is without
// JavaScript, and once the element upgrades this reads it into a one-leaderboard Feed that the element ranks.
// Header text decides what a column is; every column that is not a known one becomes a metric.
import type { CodeLink, Feed, Metric, Result } from '../../feed/types.js';
import { dateFields, readDate, type FeedDate } from '../../feed/internal/dates.js';
import { parseMetricValue } from '../../feed/metric-value.js';
import { metricDirection, isDescriptorMetric } from '../../feed/metric-direction.js';

type Role = 'rank' | 'model' | 'paper' | 'date' | 'code' | 'extra' | 'metric';

const ROLES: [Role, RegExp][] = [
  ['rank', /^(#|no\.?|rank(ing)?|position|pos\.?)$/],
  ['model', /^(model|method|system|approach|name|model name)$/],
  ['paper', /^(paper|title|paper title|publication|reference|source)$/],
  ['date', /^(date|year|published|release date|publication date)$/],
  ['code', /^(code|repo|repository|github|implementation)$/],
  ['extra', /^(extra( training)? data|uses extra data|additional data)$/],
];

/** A cell's text, single-spaced and trimmed. */
const text = (cell: Element | null | undefined) => (cell?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a header's text (already single-spaced by `text`) says its column is. */
function roleOf(header: string): Role {
  const lower = header.toLowerCase();
  return ROLES.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'metric';
}

/** A "Year" column's "2018" stays a year (shown "2018", not "Jan 1, 2018"); prose dates fall back to Date.parse. */
function cellDate(value: string): FeedDate | null {
  const read = readDate(value);
  if (read || !value) return read;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : { date: new Date(parsed).toISOString().slice(0, 10), precision: 'day' };
}

function extraData(value: string): boolean | null {
  if (/^(yes|y|true|✓|✔|x)$/i.test(value)) return true;
  if (/^(no|n|false|✗|✘|-|—)$/i.test(value)) return false;
  return null;
}

function link(cell: Element | undefined): string | null {
  return cell?.querySelector('a[href]')?.getAttribute('href') ?? null;
}

/** Reads the first <table> child of `host` as a Feed with one leaderboard; null when there is no usable table. */
export function readLightDomTable(host: Element, names: { task?: string | null; dataset?: string | null } = {}): Feed | null {
  const table = host.querySelector<HTMLTableElement>(':scope > table');
  if (!table) return null;
  const allRows = [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr')];
  const headerRow = table.tHead?.rows[0] ?? allRows[0];
  if (!headerRow) return null;
  const headers = [...headerRow.children].map(text);
  const roles = headers.map(roleOf);
  if (!roles.includes('model')) roles[roles.findIndex((role) => role === 'metric')] = 'model';
  const metrics: Metric[] = headers.flatMap((name, i) =>
    roles[i] === 'metric'
      ? [{ name, direction: metricDirection(name), directionSource: 'inferred', unit: null, descriptor: isDescriptorMetric(name) }]
      : [],
  );
  const results: Result[] = [];
  for (const row of allRows) {
    if (row === headerRow) continue;
    const cells = [...row.children];
    const result: Result = { id: String(results.length), model: '', date: null, values: {}, extraData: null, paper: null, code: [] };
    cells.forEach((cell, i) => {
      const value = text(cell);
      switch (roles[i]) {
        case 'model': result.model = value; break;
        case 'date': Object.assign(result, dateFields(cellDate(value))); break;
        case 'extra': result.extraData = extraData(value); break;
        case 'paper':
          if (value || link(cell)) result.paper = { id: null, title: value || null, url: link(cell), date: null, arxivId: null };
          break;
        case 'code': {
          const url = link(cell);
          if (url) result.code.push({ url, title: value || null, official: false, framework: null, stars: null } satisfies CodeLink);
          break;
        }
        case 'metric':
          if (value) result.values[headers[i]] = parseMetricValue(value);
          break;
        default: break; // the author's rank is recomputed from the values
      }
    });
    // A row with nothing in it lays out the author's table; one with data but no name is still a result.
    if (result.model) results.push(result);
    else if (Object.keys(result.values).length || result.paper || result.code.length) results.push({ ...result, model: 'Unnamed model' });
  }
  const caption = text(table.caption);
  const task = names.task || caption || 'Leaderboard';
  const dataset = names.dataset || '';
  return {
    format: 'sota-widgets',
    leaderboards: [{ id: `${task}--${dataset}`, task, dataset, metrics, results, description: null, source: null }],
    papers: [],
    warnings: [],
    source: null,
    updated: null,
  };
}
