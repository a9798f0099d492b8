// The chart as a Lit `svg` template, from a finished layout. Few points are drawn as <circle>s; many as one
// path per kind (the same pixels for a fraction of the DOM). Record setters and highlighted models stay
// circles either way, so they can be styled and are never lost in the crowd.
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { dotsPath } from '../../chart/mark-paths.js';
import { DOT_RADIUS, type PlottedPoint, type TrendLayout } from '../../chart/trend-layout.js';

/** Above this many points, ordinary dots are drawn as paths. */
export const DENSE_POINTS = 300;

function pointClass(p: PlottedPoint): string {
  const { record, highlighted, extra } = p.point;
  return [record ? 'record' : '', highlighted ? 'highlight' : '', extra ? 'extra' : ''].filter(Boolean).join(' ');
}

function circle(p: PlottedPoint, index: number): SVGTemplateResult {
  const kind = pointClass(p);
  const cx = p.x.toFixed(2);
  const cy = p.y.toFixed(2);
  // An ordinary dot, most of them, has its part and class written in the template: two attribute writes fewer each.
  return kind
    ? svg`<circle part="point ${kind}" class="point ${kind}" data-index=${index} cx=${cx} cy=${cy} r=${p.r}></circle>`
    : svg`<circle part="point" class="point" data-index=${index} cx=${cx} cy=${cy} r=${p.r}></circle>`;
}

function points(plotted: readonly PlottedPoint[]): SVGTemplateResult[] {
  const dense = plotted.length > DENSE_POINTS;
  const plain: PlottedPoint[] = [];
  const extra: PlottedPoint[] = [];
  const under: SVGTemplateResult[] = [];
  const on: SVGTemplateResult[] = [];
  // One pass, however many points. Marked points go last so they paint on top.
  plotted.forEach((p, i) => (p.point.record || p.point.highlighted ? on.push(circle(p, i))
    : dense ? (p.point.extra ? extra : plain).push(p) : under.push(circle(p, i))));
  return dense ? [
    // Unmarked points all have the plain dot radius.
    svg`<path part="point" class="point dots" d=${dotsPath(plain, DOT_RADIUS)}></path>`,
    extra.length ? svg`<path part="point extra" class="point dots extra" d=${dotsPath(extra, DOT_RADIUS)}></path>` : svg``,
    ...on,
  ] : [...under, ...on];
}

export function trendChart(layout: TrendLayout, active: number): SVGTemplateResult {
  const { scales, plotted, frontier, labels, errorBars } = layout;
  const { frame } = scales;
  const focused = plotted[active];
  return svg`
    <g part="axis y-axis" class="axis y-axis">
      ${scales.yTicks.map((t) => svg`
        <line class="grid" x1=${frame.left} x2=${frame.right} y1=${t.position.toFixed(2)} y2=${t.position.toFixed(2)}></line>
        <text class="tick-label" x=${frame.left - 6} y=${t.position.toFixed(2)} text-anchor="end" dy="0.32em">${t.label}</text>`)}
    </g>
    <g part="axis x-axis" class="axis x-axis">
      <line class="domain" x1=${frame.left} x2=${frame.right} y1=${frame.bottom} y2=${frame.bottom}></line>
      ${scales.xTicks.map((t) => svg`
        <line class="tick" x1=${t.position.toFixed(2)} x2=${t.position.toFixed(2)} y1=${frame.bottom} y2=${frame.bottom + 4}></line>
        <text class="tick-label" x=${t.position.toFixed(2)} y=${frame.bottom + 16} text-anchor="middle">${t.label}</text>`)}
    </g>
    ${errorBars ? svg`<path part="error-bars" class="error-bars" d=${errorBars}></path>` : nothing}
    <g class="points">${points(plotted)}</g>
    ${frontier.d ? svg`<path part="frontier" class="frontier" d=${frontier.d}></path>` : nothing}
    <g class="labels">
      ${labels.map((l) => svg`<text part="label" class="label" data-index=${l.key}
        x=${(l.box.x + 1).toFixed(2)} y=${(l.box.y + l.box.height * 0.78).toFixed(2)}>${l.text}</text>`)}
    </g>
    ${focused ? svg`<circle class="focus-ring" part="focus" cx=${focused.x.toFixed(2)} cy=${focused.y.toFixed(2)} r=${focused.r + 4}></circle>` : nothing}
  `;
}
