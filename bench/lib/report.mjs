// The one table `npm run bench` prints: figure | median | target | within target? | peers | ours ÷ best peer.
import { ratioText } from './peer-pages.mjs';
// Rows come from every bench in one shape: { key?, name, median_ms | value, unit?, min_ms?, max_ms?, target_ms | target }.

/** A bench row in the report's shape; `key` is derived from the name when the bench gave none (for peer lookup). */
export function normalizeRow(row, group) {
  const value = row.value ?? row.median_ms ?? null;
  const target = row.target ?? row.target_ms;
  return {
    group,
    key: row.key ?? deriveKey(group, row.name),
    name: row.name,
    value,
    unit: row.unit ?? 'ms',
    min: row.min ?? row.min_ms,
    max: row.max ?? row.max_ms,
    target: target ?? null,
    within: value === null || target === undefined || target === null ? null : value <= target,
    note: row.note,
    detail: row.detail,
    samePeers: row.samePeers ?? null,
  };
}

/** table:mount:1000 / table:sort:10000 / chart:1000 from names like "<sota-table> sort, 10,000 rows". */
function deriveKey(group, name = '') {
  const n = /\b10[,.\s]?000\b|\b10k\b/i.test(name) ? 10000 : /\b1[,.\s]?000\b|\b1k\b/i.test(name) ? 1000 : null;
  if (n === null) return `${group}:${name}`;
  if (group === 'table') return `table:${/sort/i.test(name) ? 'sort' : 'mount'}:${n}`;
  return `${group}:${n}`;
}

const verdict = (row) => (row.within === null ? '' : row.within ? 'yes' : '**no**');

function valueText(row) {
  if (row.value === null) return row.note ?? 'failed';
  // Seconds keep a decimal (6.4 s), a ratio its decimals (0.92 is not 1); milliseconds, MB and KiB read fine whole.
  const round = (x) => (row.unit === 's' ? x.toFixed(1) : row.unit === '×' ? x : Math.round(x));
  const range = row.min !== undefined && row.max !== undefined ? ` (${round(row.min)}–${round(row.max)})` : '';
  return `${row.value} ${row.unit}${range}`;
}

/** Peers measured in this run (median, ms), else peer-bench's figures for the key (another run). */
function peersText(row, peers) {
  if (row.samePeers) return row.samePeers.peers.map((p) => `${p.label} ${p.median}`).join(' · ');
  const other = peers?.byKey?.get(row.key);
  return other ? `${other} (peer-bench)` : '';
}

/**
 * The Markdown table; the peers column when peer figures were found, and ours ÷ the best peer's median when the
 * peers ran in this run (same browser, same load).
 */
export function markdownTable(rows, peers) {
  const withPeers = Boolean(peers?.byKey) || rows.some((row) => row.samePeers);
  const withRatio = rows.some((row) => row.samePeers);
  const head = ['figure', 'median (min–max)', 'target', 'within target?',
    ...(withPeers ? ['peers, same machine (median)'] : []), ...(withRatio ? ['ours ÷ best peer, same run'] : [])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 || i === 4 ? '---' : i === 3 ? ':---:' : '---:')).join('|')}|`];
  for (const row of rows) {
    const target = row.target === null ? '—' : `≤ ${row.target} ${row.unit}`;
    const cells = [row.name.replace(/\|/g, '\\|'), valueText(row), target, verdict(row)];
    if (withPeers) cells.push(peersText(row, peers));
    if (withRatio) cells.push(row.samePeers ? ratioText(row.samePeers) : '');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
