// Follows a /rows answer's pages through the shared cache (one request per page, shared with other elements) and
// joins them into one answer, so the feed layer reads one table. Loaded on demand: only /rows sources need it.
import { loadFeed, type LoadedFeed } from './feed-cache.js';
import { isRowsPage, nextRowsPageUrl } from './rows-paging.js';

export async function followRowsPages(first: LoadedFeed, signal: AbortSignal): Promise<LoadedFeed> {
  if (!isRowsPage(first.json)) return first;
  const total = Number(first.json.num_rows_total);
  const rows = [...first.json.rows];
  let last = rows.length;
  for (let next = nextRowsPageUrl(first.url, total, rows.length, last); next; next = nextRowsPageUrl(first.url, total, rows.length, last)) {
    const page = await loadFeed(next, { signal });
    const more = isRowsPage(page.json) ? page.json.rows : [];
    last = more.length;
    rows.push(...more);
  }
  return last === rows.length ? first : { ...first, json: { ...first.json, rows } };
}
