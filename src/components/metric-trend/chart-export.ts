// Export as files people can put in slides and papers. The SVG must stand alone: outside the shadow root no
// stylesheet reaches it, so every computed style that matters is written onto the copy as a presentation
// attribute (not a style attribute, which a strict CSP would report), and the font is named on the root.
import { slugify } from '../../feed/internal/paper-ids.js';

// The element saves what this module makes through the helper every element shares; it imports both from here.
export { downloadBlob } from '../../internal/download-blob.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

const PAINT_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'paint-order', 'visibility',
] as const;

export interface StandaloneOptions {
  title: string;
  description: string;
  /** Colour painted behind the chart (a transparent chart is unreadable once it leaves its page). */
  background: string;
}

/** `oklch(0.5 0.1 200 / 0)`, `color(srgb 0 0 0 / 0%)`: the alpha after the slash. */
const SLASH_ALPHA = /\/\s*([^\s/)]+)\s*\)$/;
/** `rgba(0, 0, 0, 0)`: the fourth of four comma-separated values. */
const COMMA_ALPHA = /^(?:rgb|hsl)a?\((?:[^,()]*,){3}\s*([^,()\s]+)\s*\)$/;

/**
 * Whether a colour as getComputedStyle writes it lets everything through: alpha 0, in any syntax. Chromium writes
 * the sRGB forms (hex, names, rgb(), hsl(), hwb(), `transparent`) as `rgba(r, g, b, a)` and keeps every other
 * space in its own function with the alpha after a slash. A missing (`none`) alpha paints as 0.
 */
export function isFullyTransparent(colour: string): boolean {
  if (colour === 'transparent') return true;
  const alpha = SLASH_ALPHA.exec(colour)?.[1] ?? COMMA_ALPHA.exec(colour)?.[1];
  return alpha !== undefined && (alpha === 'none' || parseFloat(alpha) === 0);
}

/** The first background colour that is not fully transparent, from the element up through its ancestors, else the page canvas. */
export function resolvedBackground(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && !isFullyTransparent(colour)) return colour;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? '#0d1117' : '#ffffff';
}

function copyStyles(source: Element, target: Element): void {
  if (source instanceof SVGElement) {
    const style = getComputedStyle(source);
    if (style.display === 'none') {
      target.remove();
      return;
    }
    for (const name of PAINT_PROPERTIES) {
      const value = style.getPropertyValue(name);
      if (value && value !== 'normal' && value !== 'auto') target.setAttribute(name, value);
    }
  }
  const sourceChildren = [...source.children];
  const targetChildren = [...target.children];
  sourceChildren.forEach((child, i) => targetChildren[i] && copyStyles(child, targetChildren[i]));
}

/** A standalone SVG document of what `svg` shows now. */
export function standaloneSvg(source: SVGSVGElement, options: StandaloneOptions): string {
  const copy = source.cloneNode(true) as SVGSVGElement;
  copyStyles(source, copy);
  // The keyboard's focus ring is on screen only; found by its class, so before the classes go.
  copy.querySelector('.focus-ring')?.remove();
  for (const attribute of ['part', 'class', 'data-index', 'aria-hidden']) {
    copy.querySelectorAll(`[${attribute}]`).forEach((el) => el.removeAttribute(attribute));
    copy.removeAttribute(attribute);
  }
  const { width, height } = source.viewBox.baseVal;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', getComputedStyle(source).fontFamily);
  copy.setAttribute('role', 'img');
  const doc = copy.ownerDocument;
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.textContent = options.description;
  const backdrop = doc.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', options.background);
  copy.prepend(title, desc, backdrop);
  // Lit's template markers are comments; the serializer escapes "<" in text and attributes, so only they match.
  const markup = new XMLSerializer().serializeToString(copy).replace(/<!--[^]*?-->/g, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}

/** The name an exported chart is saved under, less its extension: "f1-squad1-1" from "F1" and "SQuAD1.1". */
export function fileSlug(...parts: string[]): string {
  return slugify(parts.join(' ')) || 'chart';
}
