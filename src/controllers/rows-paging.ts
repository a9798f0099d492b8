// The dataset viewer's /rows answers at most 100 rows a page (dataset-viewer docs/source/rows.md), so a board of
// 300 models is three requests. This says which page comes next: the same URL with `offset` moved on, until the
// table's `num_rows_total` or the cap is reached. Pure (URL only), shared by the elements and the CLI.

/** Rows read by default before stopping: a widget is not the place to copy a whole dataset. */
export const ROWS_CAP = 1000;

interface RowsPage {
  rows: unknown[];
  num_rows_total?: unknown;
}

/** True for a /rows page: {rows: [{row_idx, row}], num_rows_total}. */
export function isRowsPage(json: unknown): json is RowsPage {
  return typeof json === 'object' && json !== null && Array.isArray((json as RowsPage).rows)
    && typeof (json as RowsPage).num_rows_total === 'number';
}

/**
 * The URL of the page after `read` rows (counted from the first page's offset), or null when the table, the
 * cap or a page that came back empty says to stop.
 */
export function nextRowsPageUrl(firstUrl: string, total: number, read: number, lastPageRows: number, cap = ROWS_CAP): string | null {
  const url = new URL(firstUrl);
  const offset = Number(url.searchParams.get('offset')) || 0;
  const length = Number(url.searchParams.get('length')) || 100;
  const wanted = Math.min(total - offset, cap);
  if (lastPageRows === 0 || read >= wanted) return null;
  url.searchParams.set('offset', String(offset + read));
  url.searchParams.set('length', String(Math.min(length, wanted - read)));
  return url.href;
}
