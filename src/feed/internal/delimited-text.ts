// CSV and TSV text into records (one object per row, keyed by header) for the records reader, with d3-dsv doing
// the quoting rules (quoted commas, doubled quotes, line breaks inside quotes). Rows are built here from
// parseRows rather than with d3-dsv's parse, which would keep only the last of two columns sharing a header and
// drop cells past the header's end: here both are kept, under a name that says what happened, with a warning.
import { dsvFormat } from 'd3-dsv';
import { FeedError } from '../feed-error.js';
import { pointer, type WarningLog } from './read.js';
import { delimiterOf, withoutBom } from './text-shape.js';

export interface DelimitedTable {
  columns: string[];
  rows: Record<string, string>[];
  /** The 1-based line each row starts on, for messages about a row (a quoted cell may span lines). */
  lines: number[];
}

/** Throws a FeedError for text that is neither: no header line of comma-, tab- or semicolon-separated names. */
export function readDelimitedText(text: string, log: WarningLog): DelimitedTable {
  const body = withoutBom(text);
  const delimiter = delimiterOf(body);
  const start = body.trimStart();
  if (delimiter === null || start.startsWith('<')) {
    const what = start === '' ? 'empty' : start.startsWith('<') ? 'HTML (a web page)' : 'neither JSON nor a table';
    throw new FeedError(`The text is ${what}: expected JSON, or CSV/TSV with a header line of column names (model, dataset, metrics…).`, '');
  }
  const parsed = dsvFormat(delimiter).parseRows(body);
  const { starts, unclosedQuoteLine } = rowStartLines(body);
  if (unclosedQuoteLine !== null) {
    // d3-dsv reads the rest of the text into that cell: the rows after it are inside it, not lost, and we say so.
    log.add('other', '', `A quoted cell opened on line ${unclosedQuoteLine} is never closed: everything after it, to the end of the `
      + 'text, was read into that one cell. Close the quote, or write a quote inside a cell as two ("").', null);
  }
  const headerIndex = parsed.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { columns: [], rows: [], lines: [] };
  const columns = uniqueColumns(parsed[headerIndex], log);
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  parsed.slice(headerIndex + 1).forEach((cells, offset) => {
    if (isBlank(cells)) return; // a blank line between rows, not a result
    const row: Record<string, string> = {};
    cells.forEach((cell, index) => {
      if (index >= columns.length) {
        columns.push(`Column ${index + 1}`);
        log.add('other', pointer('', rows.length), `Row ${rows.length + 1} has more cells than the header; the extra cells are kept under "Column ${index + 1}".`, cell);
      }
      row[columns[index]] = cell;
    });
    rows.push(row);
    lines.push(starts[headerIndex + 1 + offset] ?? 0);
  });
  return { columns, rows, lines };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Header names, a repeated one numbered ("F1", "F1 (2)") so neither column is lost. */
function uniqueColumns(header: readonly string[], log: WarningLog): string[] {
  const seen = new Set<string>();
  return header.map((name, index) => {
    let unique = name.trim() === '' ? `Column ${index + 1}` : name;
    for (let n = 2; seen.has(unique); n++) unique = `${name} (${n})`;
    if (unique !== name && name.trim() !== '') log.add('duplicate', '', `Two columns are headed "${name}"; the second is read as "${unique}".`, name);
    seen.add(unique);
    return unique;
  });
}

/**
 * The line each record starts on, counting line breaks outside quotes as d3-dsv does, and the line of a quote
 * that is never closed (null when every quote is).
 */
function rowStartLines(text: string): { starts: number[]; unclosedQuoteLine: number | null } {
  const starts = [1];
  let line = 1;
  let quoted = false;
  let openedOn = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      quoted = !quoted;
      if (quoted) openedOn = line;
    } else if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++;
      if (!quoted && i + 1 < text.length) starts.push(line);
    }
  }
  return { starts, unclosedQuoteLine: quoted ? openedOn : null };
}
