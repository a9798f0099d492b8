// The export toolbar's formats, from plain cells to text: no DOM, so every escaping rule is unit-tested.
// Feed text ends up in spreadsheets and papers, so each format escapes what its readers would interpret.

export interface ExportColumn {
  label: string;
  /** Right-aligned in Markdown and LaTeX. */
  numeric?: boolean;
}

export interface ExportCell {
  text: string;
  /** A link target (already checked as safe); Markdown makes it a link, CSV and LaTeX keep the text only. */
  href?: string | null;
  /** The best value of its column: bold in Markdown and LaTeX. */
  bold?: boolean;
}

export interface ExportTable {
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** Becomes the LaTeX caption; ignored by CSV and Markdown. */
  caption?: string;
}

// Spreadsheets run a cell starting with one of these as a formula ("CSV injection"); a number such as -0.5 is
// safe and stays as is.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i;

function csvField(text: string): string {
  let field = text;
  if (FORMULA_START.test(field) && !NUMBER.test(field)) field = `'${field}`;
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((column) => csvField(column.label))];
  for (const row of table.rows) lines.push(row.map((cell) => csvField(cell.text)));
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

function markdownText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([|*_`[\]<>])/g, '\\$1').replace(/\s*[\r\n]+\s*/g, ' ');
}

function markdownCell(cell: ExportCell): string {
  let text = markdownText(cell.text);
  if (cell.href && text) text = `[${text}](${cell.href.replace(/[()\s]/g, encodeURIComponent)})`;
  return cell.bold && text ? `**${text}**` : text;
}

/** A GitHub-flavoured Markdown table; links kept, pipes and markup escaped. */
export function toMarkdown(table: ExportTable): string {
  const header = `| ${table.columns.map((column) => markdownText(column.label)).join(' | ')} |`;
  const rule = `| ${table.columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`;
  const rows = table.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`);
  return [header, rule, ...rows].join('\n') + '\n';
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '#': '\\#', $: '\\$', '%': '\\%', '&': '\\&', _: '\\_',
  '^': '\\textasciicircum{}', '~': '\\textasciitilde{}', '<': '\\textless{}', '>': '\\textgreater{}',
  '±': '$\\pm$', '†': '\\textdagger{}', '‡': '\\textdaggerdbl{}',
};

/** Escapes text for LaTeX body text (all ten specials, plus ±, daggers and angle brackets). */
export function latexText(text: string): string {
  return text.replace(/[\\{}#$%&_^~<>±†‡]/g, (char) => LATEX_SPECIALS[char]).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A booktabs `table` environment (needs \usepackage{booktabs}); the best values in \textbf. */
export function toLatex(table: ExportTable): string {
  const spec = table.columns.map((column) => (column.numeric ? 'r' : 'l')).join('');
  const cell = (c: ExportCell) => (c.bold && c.text ? `\\textbf{${latexText(c.text)}}` : latexText(c.text));
  const lines = [
    '\\begin{table}',
    '  \\centering',
    ...(table.caption ? [`  \\caption{${latexText(table.caption)}}`] : []),
    `  \\begin{tabular}{${spec}}`,
    '    \\toprule',
    `    ${table.columns.map((column) => latexText(column.label)).join(' & ')} \\\\`,
    '    \\midrule',
    ...table.rows.map((row) => `    ${row.map(cell).join(' & ')} \\\\`),
    '    \\bottomrule',
    '  \\end{tabular}',
    '\\end{table}',
  ];
  return lines.join('\n') + '\n';
}
