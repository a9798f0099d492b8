// Observable Plot, as ../shared/peer-bench draws it: dots and the step-after frontier, 640 × 320.
import * as Plot from '@observablehq/plot';
import { chartBench, frontierOf } from './common.js';

chartBench((el, points) => {
  el.append(Plot.plot({
    width: 640, height: 320,
    marks: [Plot.dot(points, { x: 'date', y: 'value', r: 2 }), Plot.line(frontierOf(points), { x: 'date', y: 'value', curve: 'step-after' })],
  }));
});
