// The table's columns in order: rank, model, one per metric, then the optional columns that have anything to show.
// One list, so the header, the column count and the export can never disagree about which columns there are.
import type { Metric, Result } from '../../feed/types.js';
import type { TableModel } from './table-model.js';

export interface TableColumn {
  /** The sort column name ("rank", "model", a metric name…); null: not sortable. */
  column: string | null;
  label: string;
  className: string;
  /** Right-aligned in Markdown and LaTeX exports. */
  numeric?: boolean;
  metric?: Metric;
}

export function tableColumns(model: TableModel): TableColumn[] {
  const { has } = model;
  return [
    { column: 'rank', label: 'Rank', className: 'rank', numeric: true },
    { column: 'model', label: 'Model', className: 'model' },
    ...model.metrics.map((metric) => (model.textMetrics.has(metric.name)
      ? { column: metric.name, label: metric.name, className: 'text', metric }
      : { column: metric.name, label: metric.name, className: 'num', numeric: true, metric })),
    ...(has.extraData ? [{ column: 'extra', label: 'Extra data', className: 'extra-data' }] : []),
    ...(has.paper ? [{ column: 'paper', label: 'Paper', className: 'paper' }] : []),
    ...(has.date ? [{ column: 'date', label: 'Date', className: 'date' }] : []),
    ...(has.code ? [{ column: null, label: 'Code', className: 'code' }] : []),
  ];
}

/** The Extra data column's text, on screen and in every export: Yes, No, or nothing when the feed does not say. */
export function extraDataText(result: Result): string {
  return result.extraData === null ? '' : result.extraData ? 'Yes' : 'No';
}
