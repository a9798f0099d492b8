// The rows the table currently shows (filtered, sorted, limited), as plain cells for table-export.ts.
import { isoDateAtPrecision } from '../../feed/internal/dates.js';
import { safeUrl } from '../../internal/safe-url.js';
import type { ExportCell, ExportTable } from './table-export.js';
import { codeUrl, type TableModel, type TableRow } from './table-model.js';
import { boardName } from '../../internal/board-selection.js';
import { extraDataText, tableColumns } from './table-columns.js';

/**
 * Values are written as the feed wrote them (cleaned, not localised) so a spreadsheet reads them as numbers.
 * `urlColumn` adds the paper's URL as its own column (for CSV, where the title cannot carry a link).
 */
export function exportView(model: TableModel, rows: TableRow[], urlColumn: boolean): ExportTable {
  const { leaderboard, metrics, has } = model;
  const columns = tableColumns(model).flatMap(({ column, label, numeric }) =>
    column === 'paper' && urlColumn ? [{ label }, { label: 'Paper URL' }] : [{ label, numeric }]);
  const body = rows.map(({ result, rank }): ExportCell[] => {
    const paperUrl = safeUrl(result.paper?.url);
    const code = codeUrl(result) ?? '';
    return [
      { text: rank === null ? '' : String(rank) },
      { text: result.model },
      ...metrics.map((metric): ExportCell => {
        const value = result.values[metric.name];
        if (!value) return { text: '' };
        if (value.value === null) return { text: value.raw };
        return { text: value.text + value.marks, bold: model.best.get(metric.name) === value.value };
      }),
      ...(has.extraData ? [{ text: extraDataText(result) }] : []),
      ...(has.paper ? [{ text: result.paper?.title ?? '', href: paperUrl }, ...(urlColumn ? [{ text: paperUrl ?? '' }] : [])] : []),
      ...(has.date ? [{ text: result.date ? isoDateAtPrecision(result.date, result.datePrecision) : '' }] : []),
      ...(has.code ? [{ text: code, href: code || null }] : []),
    ];
  });
  return { columns, rows: body, caption: boardName(leaderboard) };
}
