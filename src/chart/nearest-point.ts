// Which point the pointer means: the nearest within reach, in screen space. A linear scan is fast enough
// for 10,000 points on every pointer move and needs no index to rebuild on resize.
import type { XY } from './step-path.js';

export function nearestPoint(points: readonly XY[], x: number, y: number, reach = 16): number {
  let best = -1;
  let bestDistance = reach * reach;
  for (let i = 0; i < points.length; i++) {
    const dx = points[i].x - x;
    const dy = points[i].y - y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
