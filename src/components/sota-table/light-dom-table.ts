// Progressive enhancement: an author can write a plain <table> inside <sota-table>; it shows as is without
// JavaScript, and once the element upgrades this reads it into a one-leaderboard feed in our own format, which
// parseFeed reads like any other (directions, values such as "92.22 ± 0.10", warnings). Header text decides what a
// column is; every column that is not a known one becomes a metric. Loaded on demand (most pages have no such
// table). It imports only what the format chunks do not share with the script-tag file: importing a module they
// share (metric-direction.ts, safe-url.ts) makes the bundler split read.ts out of the file, one request more.
import { readDate } from '../../feed/internal/dates.js';

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

/** A date parseFeed reads goes as written (a Year column's "2018" stays a year); prose through Date.parse. */
function cellDate(value: string): string | null {
  if (!value || readDate(value)) return value || null;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString().slice(0, 10);
}

function extraData(value: string): boolean | null {
  if (/^(yes|y|true|✓|✔|x)$/i.test(value)) return true;
  if (/^(no|n|false|✗|✘|-|—)$/i.test(value)) return false;
  return null;
}

function link(cell: Element | undefined): string | null {
  return cell?.querySelector('a[href]')?.getAttribute('href') ?? null;
}

/** A result as our own format writes it (schema/sota-feed.schema.json); parseFeed reads the values and dates. */
interface Row {
  model?: string;
  date?: string | null;
  extraData?: boolean | null;
  values: Record<string, string>;
  paper?: { title: string | null; url: string | null };
  code: { url: string; title: string | null }[];
}

/** Reads the first <table> child of `host` as a feed of our own format with one leaderboard; null when there is no usable table. */
export function readLightDomTable(host: Element, names: { task?: string | null; dataset?: string | null } = {}): object | null {
  const table = host.querySelector<HTMLTableElement>(':scope > table');
  if (!table) return null;
  const allRows = [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr')];
  const headerRow = table.tHead?.rows[0] ?? allRows[0];
  if (!headerRow) return null;
  const headers = [...headerRow.children].map(text);
  const roles = headers.map(roleOf);
  if (!roles.includes('model')) roles[roles.findIndex((role) => role === 'metric')] = 'model';
  const results: Row[] = [];
  for (const row of allRows) {
    if (row === headerRow) continue;
    const result: Row = { values: {}, code: [] };
    [...row.children].forEach((cell, i) => {
      const value = text(cell);
      switch (roles[i]) {
        case 'model': result.model = value; break;
        case 'date': result.date = cellDate(value); break;
        case 'extra': result.extraData = extraData(value); break;
        case 'paper':
          if (value || link(cell)) result.paper = { title: value || null, url: link(cell) };
          break;
        case 'code': {
          const url = link(cell);
          if (url) result.code.push({ url, title: value || null });
          break;
        }
        case 'metric':
          if (value) result.values[headers[i]] = value;
          break;
        default: break; // the author's rank is recomputed from the values
      }
    });
    // A row with nothing in it lays out the author's table; one with data but no name is still a result.
    if (result.model) results.push(result);
    else if (Object.keys(result.values).length || result.paper || result.code.length) results.push({ ...result, model: 'Unnamed model' });
  }
  const task = names.task || text(table.caption) || 'Leaderboard';
  const metrics = headers.filter((_, i) => roles[i] === 'metric');
  // A board without a dataset is named by its task alone (boardName shows "X", not "X on X").
  return { version: 1, leaderboards: [{ task, dataset: names.dataset || task, metrics, results }] };
}
