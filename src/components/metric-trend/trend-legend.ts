// What the marks mean. Colour is never the only cue: extra-data results are rings, records are larger.
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { TrendPoint } from '../../chart/trend-points.js';

function item(mark: SVGTemplateResult, label: string): TemplateResult {
  return html`<li><svg class="swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">${mark}</svg>${label}</li>`;
}

const dot = (kind: string, r: number) => svg`<circle class="point ${kind}" cx="9" cy="6" r=${r}></circle>`;

export function trendLegend(points: readonly TrendPoint[]): TemplateResult {
  const items: TemplateResult[] = [
    item(svg`<path class="frontier" d="M1,9H9V3H17"></path>`, 'Best so far'),
    item(dot('record', 4.5), 'New best'),
  ];
  if (points.some((p) => !p.record && !p.extra && !p.highlighted)) items.push(item(dot('', 3), 'Other result'));
  if (points.some((p) => p.extra)) items.push(item(dot('extra', 3.5), 'Extra training data'));
  if (points.some((p) => p.highlighted)) items.push(item(dot('highlight', 4.5), 'Highlighted'));
  return html`<ul class="legend" part="legend">${items}</ul>`;
}
