// What a table given as text is delimited by: a tab, a comma, or the semicolons spreadsheets write where the
// comma is the decimal sign. The Node side uses looksDelimited to tell a table from JSON before parsing.

/** The text without a byte-order mark (spreadsheets export UTF-8 CSV with one). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when the text starts like a JSON object or list. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(withoutBom(text));
}

/** The delimiter of the header line (tab, comma or semicolon, counted outside quotes), or null when it has none. */
export function delimiterOf(text: string): '\t' | ',' | ';' | null {
  const body = withoutBom(text).replace(/^\s*\n/, '');
  const counts = { '\t': 0, ',': 0, ';': 0 };
  let quoted = false;
  for (const char of body) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts['\t'] > 0) return '\t';
  if (counts[','] > 0) return ',';
  return counts[';'] > 0 ? ';' : null;
}

/** True for text that is a delimited table rather than JSON or a web page. */
export function looksDelimited(text: string): boolean {
  return !looksLikeJson(text) && !/^\s*</.test(withoutBom(text)) && delimiterOf(text) !== null;
}
