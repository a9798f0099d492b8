// What the marks mean. Colour is never the only cue: extra-data results are rings, records are larger.
import { html, svg, type TemplateResult } from 'lit';
import type { TrendPoint } from '../../chart/trend-points.js';

function swatch(mark: TemplateResult | ReturnType<typeof svg>): TemplateResult {
  return html`<svg class="swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">${mark}</svg>`;
}

export function trendLegend(points: readonly TrendPoint[]): TemplateResult {
  const items: TemplateResult[] = [
    html`<li>${swatch(svg`<path class="frontier" d="M1,9H9V3H17"></path>`)}Best so far</li>`,
    html`<li>${swatch(svg`<circle class="point record" cx="9" cy="6" r="4.5"></circle>`)}New best</li>`,
  ];
  if (points.some((p) => !p.record && !p.extra && !p.highlighted)) {
    items.push(html`<li>${swatch(svg`<circle class="point" cx="9" cy="6" r="3"></circle>`)}Other result</li>`);
  }
  if (points.some((p) => p.extra)) {
    items.push(html`<li>${swatch(svg`<circle class="point extra" cx="9" cy="6" r="3.5"></circle>`)}Extra training data</li>`);
  }
  if (points.some((p) => p.highlighted)) {
    items.push(html`<li>${swatch(svg`<circle class="point highlight" cx="9" cy="6" r="4.5"></circle>`)}Highlighted</li>`);
  }
  return html`<ul class="legend" part="legend">${items}</ul>`;
}
