// The chart's <circle> dots without a Lit template instance each. Below 300 points every dot is a circle, and the
// records always are: 102 of the 171 elements a 100-point chart draws. Through a template per dot each costs a
// template clone, a marker comment and four attribute parts, the largest fixed cost of a first render left (see
// bench/README.md, Profiling). In the browser this directive makes the same circles with createElementNS and updates
// them in place; on the server (`sota-widgets render`, which calls render() and never update()) the same markup
// comes from templates. Coordinates and class names are ours, never feed text.
import { noChange, svg, type SVGTemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

export interface Dot {
  /** "record", "highlight", "extra" or several, space-separated; '' for an ordinary dot. */
  kind: string;
  /** The point's index in the layout's plotted points (what hovering and the keyboard read). */
  index: number;
  cx: string;
  cy: string;
  r: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

const partOf = (dot: Dot) => (dot.kind ? `point ${dot.kind}` : 'point');

class DotsDirective extends Directive {
  #circles: SVGCircleElement[] = [];

  render(dots: readonly Dot[]): SVGTemplateResult[] {
    return dots.map((dot) => {
      const kind = partOf(dot);
      return svg`<circle part=${kind} class=${kind} data-index=${dot.index} cx=${dot.cx} cy=${dot.cy} r=${dot.r}></circle>`;
    });
  }

  override update(part: ChildPart, [dots]: [readonly Dot[]]): typeof noChange {
    const circles = this.#circles;
    // Lit clears everything between the part's markers when something else is rendered there, so the circles
    // only ever live between them, before the end marker.
    while (circles.length > dots.length) circles.pop()!.remove();
    // New circles get their attributes while detached and go in at once: set on a circle already in the page,
    // each class and part costs a style invalidation (6 ms more for a 10,000-point chart's 266 records).
    let added: DocumentFragment | null = null;
    for (let i = 0; i < dots.length; i++) {
      let circle = circles[i];
      if (!circle) {
        circle = document.createElementNS(SVG_NS, 'circle');
        circles.push(circle);
        (added ??= document.createDocumentFragment()).append(circle);
      }
      write(circle, dots[i]);
    }
    if (added) part.parentNode.insertBefore(added, part.endNode);
    return noChange;
  }
}

function write(circle: SVGCircleElement, dot: Dot): void {
  const kind = partOf(dot);
  set(circle, 'part', kind);
  set(circle, 'class', kind);
  set(circle, 'data-index', String(dot.index));
  set(circle, 'cx', dot.cx);
  set(circle, 'cy', dot.cy);
  set(circle, 'r', String(dot.r));
}

/** Writes only what changed: most dots keep their attributes from one render to the next. */
function set(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** The dots as <circle>s, in a child position only (between elements, not in an attribute). */
export const dots = directive(DotsDirective);
