// The rows the table currently shows (filtered, sorted, limited), as plain cells for table-export.ts.
import { isoDateAtPrecision } from '../../feed/internal/dates.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { ExportCell, ExportTable } from './table-export.js';
import type { TableModel, TableRow } from './table-model.js';
import type { ShownColumns } from './table-cells.js';

/**
 * Values are written as the feed wrote them (cleaned, not localised) so a spreadsheet reads them as numbers.
 * `urlColumn` adds the paper's URL as its own column (for CSV, where the title cannot carry a link).
 */
export function exportView(model: TableModel, rows: TableRow[], shown: ShownColumns, urlColumn: boolean): ExportTable {
  const { leaderboard, metrics } = model;
  const columns = [
    { label: 'Rank', numeric: true },
    { label: 'Model' },
    ...metrics.map((metric) => ({ label: metric.name, numeric: true })),
    ...(shown.extraData ? [{ label: 'Extra data' }] : []),
    ...(shown.paper ? [{ label: 'Paper' }, ...(urlColumn ? [{ label: 'Paper URL' }] : [])] : []),
    ...(shown.date ? [{ label: 'Date' }] : []),
    ...(shown.code ? [{ label: 'Code' }] : []),
  ];
  const body = rows.map(({ result, rank }): ExportCell[] => {
    const paperUrl = safeUrl(result.paper?.url);
    const code = result.code.map((link) => safeUrl(link.url)).find((url) => url !== null) ?? '';
    return [
      { text: rank === null ? '' : String(rank) },
      { text: result.model },
      ...metrics.map((metric): ExportCell => {
        const value = result.values[metric.name];
        if (!value) return { text: '' };
        if (value.value === null) return { text: value.raw };
        return { text: value.text + value.marks, bold: !metric.descriptor && model.best.get(metric.name) === value.value };
      }),
      ...(shown.extraData ? [{ text: result.extraData === null ? '' : result.extraData ? 'Yes' : 'No' }] : []),
      ...(shown.paper ? [{ text: result.paper?.title ?? '', href: paperUrl }, ...(urlColumn ? [{ text: paperUrl ?? '' }] : [])] : []),
      ...(shown.date ? [{ text: result.date ? isoDateAtPrecision(result.date, result.datePrecision) : '' }] : []),
      ...(shown.code ? [{ text: code, href: code || null }] : []),
    ];
  });
  const where = [leaderboard.task, leaderboard.dataset].filter(Boolean).join(' on ');
  return { columns, rows: body, caption: where };
}
