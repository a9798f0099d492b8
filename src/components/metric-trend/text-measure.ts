// Label placement needs real text widths: an estimate from character counts lets wide names overlap and
// wastes room next to narrow ones. One shared canvas context measures in the host's own font. Pre-rendered in
// Node (`sota-widgets render`) there is no canvas and no style: the estimate stands in until the element takes over.
import { isServer } from 'lit';
import { cssLengthPx } from './trend-options.js';

let context: CanvasRenderingContext2D | null | undefined;
let lastFont = '';

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) context = isServer ? null : document.createElement('canvas').getContext('2d');
  return context;
}

export interface TextMeasurer {
  /** Reads the host's label font (call once per layout); returns its size in px. */
  fontSize(): number;
  width(text: string): number;
}

export function textMeasurer(host: HTMLElement): TextMeasurer {
  let size = 11;
  let font = '';
  return {
    fontSize() {
      if (isServer) return size;
      const style = getComputedStyle(host);
      size = cssLengthPx(style.getPropertyValue('--metric-trend-font-size')) ?? 11;
      font = `${size}px ${style.fontFamily || 'sans-serif'}`;
      return size;
    },
    width(text: string) {
      const ctx = measuringContext();
      if (!ctx) return text.length * size * 0.58;
      // ctx.font reads back normalised, so compare with what was last set, not with ctx.font.
      if (lastFont !== font) {
        ctx.font = font;
        lastFont = font;
      }
      return ctx.measureText(text).width;
    },
  };
}
