// Node has no canvas, so a chart drawn there cannot measure its labels as the element does (text-measure.ts asks a
// canvas for the width in the host's own font). This is an honest estimate instead: the advance widths of
// Helvetica (Adobe's AFM, in thousandths of an em), which Arial and Liberation Sans share by design, so a chart file
// that names those fonts first is measured exactly, kerning aside. Characters outside the table are read through
// their base letter ("é" as "e"), else as a digit's width (0.556 em), near the average of Latin text.

// prettier-ignore
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

const OTHER_WIDTHS: Record<string, number> = {
  '…': 1000, '–': 556, '—': 1000, '±': 584, '·': 278, '×': 584, '≈': 584, '’': 222, '‘': 222, '“': 333, '”': 333,
  '†': 556, '‡': 556, '•': 350, '°': 400, '\u00a0': 278,
};

const DEFAULT_WIDTH = 556;

/** The font a chart file names, first the fonts these widths are exact for. */
export const ESTIMATED_FONT_FAMILY = "Arial, 'Liberation Sans', Helvetica, sans-serif";

function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32];
  if (char in OTHER_WIDTHS) return OTHER_WIDTHS[char];
  const base = char.normalize('NFD')[0];
  return base !== char && base.codePointAt(0)! >= 32 && base.codePointAt(0)! <= 126 ? ASCII_WIDTHS[base.codePointAt(0)! - 32] : DEFAULT_WIDTH;
}

/** Width in px of `text` at `fontSize` px in ESTIMATED_FONT_FAMILY (regular weight). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let thousandths = 0;
  for (const char of text) thousandths += charWidth(char);
  return (thousandths * fontSize) / 1000;
}

/** `text` broken into lines no wider than `width` px, at spaces (a longer word keeps its own line). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
