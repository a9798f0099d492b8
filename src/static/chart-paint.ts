// The chart's colours as presentation attributes: a chart file is shown through <img>, in slides and in papers,
// where no stylesheet of ours reaches it and CSS variables may not be understood. The rules are the chart rules
// of metric-trend.styles.ts with the theme's token colours (styles/tokens.ts) put in, applied in the cascade's order
// (more classes win, then the later rule); a Node test compares the result with the element's own SVG export.

export type ChartTheme = 'light' | 'dark';

export interface ChartPalette {
  /** The page behind the chart (theme="light" / "dark" paint one). */
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  extra: string;
  emphasis: string;
  /** --metric-trend-tooltip-background: the halo around labels and marked dots. */
  halo: string;
}

export const CHART_PALETTES: Record<ChartTheme, ChartPalette> = {
  light: { surface: '#ffffff', text: '#1f2328', muted: '#59636e', border: '#d1d9e0', accent: '#0969da', extra: '#bc4c00', emphasis: '#8250df', halo: '#ffffff' },
  dark: { surface: '#0d1117', text: '#e6edf3', muted: '#9198a1', border: '#3d444d', accent: '#4493f8', extra: '#f0883e', emphasis: '#ab7df8', halo: '#161b22' },
};

type Rule = [classes: string[], paint: (p: ChartPalette) => Record<string, string>];

const RULES: Rule[] = [
  [['grid'], (p) => ({ stroke: p.border })],
  [['domain'], (p) => ({ stroke: p.muted })],
  [['tick'], (p) => ({ stroke: p.muted })],
  [['tick-label'], (p) => ({ fill: p.muted })],
  [['point'], (p) => ({ fill: p.muted, 'fill-opacity': '0.55', stroke: 'none' })],
  [['point', 'extra'], (p) => ({ fill: 'none', stroke: p.extra, 'stroke-width': '1.25' })],
  [['point', 'record'], (p) => ({ fill: p.accent, 'fill-opacity': '1', stroke: p.halo, 'stroke-width': '1' })],
  [['point', 'record', 'extra'], (p) => ({ fill: p.extra })],
  [['point', 'highlight'], (p) => ({ fill: p.emphasis, 'fill-opacity': '1', stroke: p.halo, 'stroke-width': '1' })],
  [['error-bars'], (p) => ({ stroke: p.muted, 'stroke-opacity': '0.7', fill: 'none' })],
  [['frontier'], (p) => ({ fill: 'none', stroke: p.accent, 'stroke-width': '2', 'stroke-linejoin': 'round' })],
  [['label'], (p) => ({ fill: p.text, 'paint-order': 'stroke', stroke: p.halo, 'stroke-width': '3', 'stroke-linejoin': 'round' })],
];
// Specificity first, source order within it: Array.prototype.sort is stable.
const CASCADE = [...RULES].sort((a, b) => a[0].length - b[0].length);

/** The presentation attributes an element with these classes gets. */
export function paintFor(classes: readonly string[], palette: ChartPalette): Record<string, string> {
  const own = new Set(classes);
  const paint: Record<string, string> = {};
  for (const [needs, rule] of CASCADE) if (needs.every((name) => own.has(name))) Object.assign(paint, rule(palette));
  return paint;
}

/**
 * Markup rendered from the element's svg templates, made standalone: each class="…" becomes the attributes its
 * rules give; the element-only attributes (part, data-index), Lit's template comments and the templates' indentation go.
 */
export function paintMarkup(markup: string, palette: ChartPalette): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    // The templates' indentation, between tags only (text inside an element is left as it is).
    .replace(/>\s+</g, '>\n<')
    .replace(/\s(?:part|data-index)="[^"]*"/g, '')
    .replace(/\sclass="([^"]*)"/g, (_, names: string) => Object.entries(paintFor(names.split(/\s+/).filter(Boolean), palette))
      .map(([name, value]) => ` ${name}="${value}"`).join(''));
}
