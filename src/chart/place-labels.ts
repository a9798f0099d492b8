// Label placement: each label tries spots around its point, best first, and takes the first that stays inside
// the plot and clear of labels already placed, the dots and the frontier. A label with no free spot is
// dropped, never drawn on top of something. Greedy in priority order, so the labels that matter most win.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest<T = unknown> {
  key: T;
  text: string;
  /** The point being labelled. */
  x: number;
  y: number;
  /** Text size in px. */
  width: number;
  height: number;
}

export interface PlacedLabel<T = unknown> {
  key: T;
  text: string;
  box: Box;
  /** Which spot around the point it took. */
  anchor: Anchor;
}

export type Anchor = 'above-right' | 'above-left' | 'below-right' | 'below-left' | 'right' | 'left' | 'above' | 'below';

export interface PlaceOptions {
  /** The area labels must stay inside. */
  bounds: Box;
  /** Things labels must not cover: dots (as boxes), line segments. */
  obstacles: readonly Box[];
  /** Space between a point and its label. */
  gap?: number;
  /**
   * Which side to try first. Above-left of a record on a higher-is-better board is always empty (nothing
   * earlier beat it), so 'above' suits those boards and 'below' lower-is-better ones.
   */
  prefer?: 'above' | 'below';
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A uniform grid of boxes: thousands of dots as obstacles would make every check a full scan. */
class BoxGrid {
  #cells = new Map<number, Box[]>();
  constructor(readonly cell = 32) {}

  /** Calls `visit` with each cell a box touches until it returns true (no list made per box: a draw adds thousands). */
  #someCell(box: Box, visit: (key: number) => boolean | void): boolean {
    const { cell } = this;
    const x1 = Math.floor((box.x + box.width) / cell);
    const y1 = Math.floor((box.y + box.height) / cell);
    for (let gx = Math.floor(box.x / cell); gx <= x1; gx++) {
      for (let gy = Math.floor(box.y / cell); gy <= y1; gy++) if (visit(gx * 100_003 + gy)) return true;
    }
    return false;
  }

  add(box: Box): void {
    this.#someCell(box, (key) => {
      const list = this.#cells.get(key);
      if (list) list.push(box);
      else this.#cells.set(key, [box]);
    });
  }

  hits(box: Box): boolean {
    return this.#someCell(box, (key) => this.#cells.get(key)?.some((other) => intersects(box, other)));
  }
}

function spot(request: LabelRequest, anchor: Anchor, gap: number): Box {
  const { x, y, width, height } = request;
  let bx = x - width / 2;
  let by = y - height / 2;
  if (anchor.endsWith('right')) bx = x + gap;
  else if (anchor.endsWith('left')) bx = x - gap - width;
  if (anchor.startsWith('above')) by = y - gap - height - (anchor === 'above' ? 2 : 0);
  else if (anchor.startsWith('below')) by = y + gap + (anchor === 'below' ? 2 : 0);
  return { x: bx, y: by, width, height };
}

const ABOVE_FIRST: Anchor[] = ['above-left', 'above', 'above-right', 'left', 'right', 'below-right', 'below', 'below-left'];
const BELOW_FIRST: Anchor[] = ['below-left', 'below', 'below-right', 'left', 'right', 'above-left', 'above', 'above-right'];

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width
    && box.y + box.height <= bounds.y + bounds.height;
}

/** Places labels in the order given (most important first); returns only those that fit. */
export function placeLabels<T>(requests: readonly LabelRequest<T>[], options: PlaceOptions): PlacedLabel<T>[] {
  const { bounds, obstacles, gap = 5 } = options;
  const order = options.prefer === 'below' ? BELOW_FIRST : ABOVE_FIRST;
  const blocked = new BoxGrid();
  for (const box of obstacles) blocked.add(box);
  const placed: PlacedLabel<T>[] = [];
  for (const request of requests) {
    for (const anchor of order) {
      const box = spot(request, anchor, gap);
      if (!inside(box, bounds) || blocked.hits(box)) continue;
      placed.push({ key: request.key, text: request.text, box, anchor });
      blocked.add(box);
      break;
    }
  }
  return placed;
}
