// The chart as a Lit `svg` template, from a finished layout. Few points are drawn as <circle>s; many as one
// path per kind (the same pixels for a fraction of the DOM). Record setters and highlighted models stay
// circles either way, so they can be styled and are never lost in the crowd.
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { dotsPath } from '../../chart/mark-paths.js';
import { DOT_RADIUS, type PlottedPoint, type TrendLayout } from '../../chart/trend-layout.js';
import { dots, type Dot } from './dots-directive.js';

/** Above this many points, ordinary dots are drawn as paths. */
export const DENSE_POINTS = 300;

function pointClass(p: PlottedPoint): string {
  const { record, highlighted, extra } = p.point;
  return [record ? 'record' : '', highlighted ? 'highlight' : '', extra ? 'extra' : ''].filter(Boolean).join(' ');
}

function dot(p: PlottedPoint, index: number): Dot {
  return { kind: pointClass(p), index, cx: p.x.toFixed(2), cy: p.y.toFixed(2), r: p.r };
}

function points(plotted: readonly PlottedPoint[]): (SVGTemplateResult | DirectiveResult)[] {
  const dense = plotted.length > DENSE_POINTS;
  const plain: PlottedPoint[] = [];
  const extra: PlottedPoint[] = [];
  const under: Dot[] = [];
  const on: Dot[] = [];
  // One pass, however many points. Marked points go last so they paint on top.
  plotted.forEach((p, i) => (p.point.record || p.point.highlighted ? on.push(dot(p, i))
    : dense ? (p.point.extra ? extra : plain).push(p) : under.push(dot(p, i))));
  return dense ? [
    // Unmarked points all have the plain dot radius.
    svg`<path part="point" class="point dots" d=${dotsPath(plain, DOT_RADIUS)}></path>`,
    extra.length ? svg`<path part="point extra" class="point dots extra" d=${dotsPath(extra, DOT_RADIUS)}></path>` : svg``,
    dots(on),
  ] : [dots([...under, ...on])];
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
