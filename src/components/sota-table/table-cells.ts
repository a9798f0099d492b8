// Lit templates for one body row and its cells. Feed text only ever goes into text bindings and checked hrefs.
import { html, nothing, type TemplateResult } from 'lit';
import type { MetricValue, Result } from '../../feed/types.js';
import { formatFeedDate } from '../../feed/format-date.js';
import { formatMetricValue } from '../../feed/metric-value.js';
import { safeUrl } from '../../internal/safe-url.js';
import { codeUrl, type TableModel, type TableRow } from './table-model.js';
import { extraDataText } from './table-columns.js';

const TITLE_LENGTH = 60;

/** The text a value shows, without its footnote marks (rendered apart as superscript). */
export function valueText(value: MetricValue, lang: string): { text: string; marks: string } {
  const text = formatMetricValue(value, { locale: lang || undefined });
  if (value.marks) {
    const at = text.lastIndexOf(value.marks);
    if (at >= 0) return { text: (text.slice(0, at) + text.slice(at + value.marks.length)).trim(), marks: value.marks };
  }
  return { text, marks: '' };
}

/** `best`: the column's best value (none for a descriptor metric, see bestValues); `words`: a column of words. */
function metricCell(value: MetricValue | undefined, best: number | undefined, lang: string, words: boolean): TemplateResult {
  if (!value || (value.value === null && !value.raw.trim())) {
    return html`<td part="cell value missing" class="num missing">—</td>`;
  }
  if (words) return html`<td part="cell value text" class="text">${value.raw}</td>`;
  if (value.value === null) {
    return html`<td part="cell value unparsed" class="num"><span class="raw" title="Not a number: shown as written">${value.raw}</span></td>`;
  }
  const { text, marks } = valueText(value, lang);
  // Text and marks straight into the cell's template: a nested template per cell is a clone and two markers more.
  const sup = marks ? html`<sup>${marks}</sup>` : nothing;
  return value.value === best
    ? html`<td part="cell value best" class="num"><strong>${text}${sup}</strong><span class="visually-hidden"> (best)</span></td>`
    : html`<td part="cell value" class="num">${text}${sup}</td>`;
}

function paperCell(result: Result): TemplateResult {
  const title = result.paper?.title ?? '';
  const href = safeUrl(result.paper?.url);
  const short = title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : title;
  const label = short === title
    ? title || 'Paper'
    : html`<span aria-hidden="true">${short}</span><span class="visually-hidden">${title}</span>`;
  if (!title && !href) return html`<td part="cell paper" class="paper"></td>`;
  return html`<td part="cell paper" class="paper">${href
    ? html`<a href=${href} title=${title || nothing} rel="noopener">${label}</a>`
    : html`<span title=${title}>${label}</span>`}</td>`;
}

function codeCell(result: Result): TemplateResult {
  const href = codeUrl(result);
  if (!href) return html`<td part="cell code" class="code"></td>`;
  return html`<td part="cell code" class="code"><a href=${href} rel="noopener">Code<span class="visually-hidden"> for ${result.model}</span></a></td>`;
}

function extraCell(result: Result): TemplateResult {
  return html`<td part="cell extra-data" class="extra-data">${extraDataText(result)}</td>`;
}

// The source's marks as words (never colour alone): the Hub's verified and community badges and its notes.
function modelCell(result: Result): TemplateResult {
  const href = safeUrl(result.modelUrl);
  const name = html`<span class="clip" title=${result.model}>${result.model}</span>`;
  const marks = [result.verified && 'verified', result.community && 'community', result.notes].filter(Boolean).join(' · ');
  return html`<th part="cell model" class="model" scope="row">${href ? html`<a href=${href}>${name}</a>` : name}${marks
    ? html` <span part="marks" class="marks">${marks}</span>` : nothing}</th>`;
}

/** One body row; `index` is its 0-based place in the current view (for aria-rowindex). */
export function renderRow(row: TableRow, index: number, model: TableModel, lang: string): TemplateResult {
  const { result } = row;
  const { has } = model;
  return html`<tr part=${row.highlighted ? 'row highlighted' : 'row'} aria-rowindex=${index + 2} class=${row.highlighted ? 'highlighted' : ''}>
    <td part="cell rank" class="rank">${row.rank ?? '–'}</td>
    ${modelCell(result)}
    ${model.metrics.map((metric) => metricCell(result.values[metric.name], model.best.get(metric.name), lang, model.textMetrics.has(metric.name)))}
    ${has.extraData ? extraCell(result) : nothing}
    ${has.paper ? paperCell(result) : nothing}
    ${has.date ? html`<td part="cell date" class="date">${result.date ? html`<time datetime=${result.date}>${formatFeedDate(result.date, result.datePrecision, lang)}</time>` : ''}</td>` : nothing}
    ${has.code ? codeCell(result) : nothing}
  </tr>`;
}
