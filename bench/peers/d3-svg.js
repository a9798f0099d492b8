// A hand-written d3 SVG chart, as ../shared/peer-bench draws it: circles, the step-after frontier, two axes.
import { scaleUtc, scaleLinear } from 'd3-scale';
import { line, curveStepAfter } from 'd3-shape';
import { axisBottom, axisLeft } from 'd3-axis';
import { select } from 'd3-selection';
import { extent, max } from 'd3-array';
import { utcFormat } from 'd3-time-format';
import { chartBench, frontierOf } from './common.js';

chartBench((el, points) => {
  const w = 640, h = 320, m = 32;
  const x = scaleUtc().domain(extent(points, (d) => d.date)).range([m, w - m]);
  const y = scaleLinear().domain([0, max(points, (d) => d.value)]).nice().range([h - m, m]);
  const svg = select(el).append('svg').attr('width', w).attr('height', h);
  svg.append('g').attr('transform', `translate(0,${h - m})`).call(axisBottom(x).ticks(6).tickFormat(utcFormat('%Y')));
  svg.append('g').attr('transform', `translate(${m},0)`).call(axisLeft(y));
  svg.append('g').selectAll('circle').data(points).join('circle').attr('cx', (d) => x(d.date)).attr('cy', (d) => y(d.value)).attr('r', 2);
  svg.append('path').attr('fill', 'none').attr('stroke', 'currentColor')
    .attr('d', line().x((d) => x(d.date)).y((d) => y(d.value)).curve(curveStepAfter)(frontierOf(points)));
});
