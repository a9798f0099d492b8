// Reads the text of one leaderboard cell into its parts. Shared by parseMetricValue (which keeps the number and a
// clean display text) and formatMetricValue (which needs the precision and notes as written).
// Real cells look like "89.1", "93.3%", "0.8428 ± 0.0014", "84.5±0.3", "2440M", "24m", "87.58*", "91.2†",
// "**70.3**", "1,234.5", "~175B", "99B?", "47.7(47.3 with dynamic evaluation)".

export interface MetricTextParts {
  /** The number, scale suffix applied. */
  value: number;
  /** The number as written, without thousands separators and with an ASCII minus ("-1.5", "2440", "1e-3"). */
  numberText: string;
  /** Digits after the decimal point as written; null for scientific notation (keep it as written). */
  fractionDigits: number | null;
  suffix: string;
  uncertainty: number | null;
  /** The uncertainty as written ("0.0014"; its `value` is scaled like the main number's). */
  uncertaintyParts: NumberParts | null;
  percent: boolean;
  marks: string;
  emphasis: boolean;
  /** Written as an approximation ("~175B", "≈ 3.2"). */
  approximate: boolean;
  /** A trailing parenthesised remark ("with dynamic evaluation"), or "". */
  note: string;
}

const SCALES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, g: 1e9, t: 1e12 };

// Grouped thousands ("1,234.5"), plain ("12", "12.", ".5", "0.85"); optional exponent. Unicode minus accepted.
const NUMBER = /^([+\-−]?)(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE]([+\-−]?\d+))?$/;
// A decimal comma ("0,85"), read only when it cannot be a thousands separator.
const DECIMAL_COMMA = /^([+\-−]?)(\d+),(\d{1,2}|\d{4,})$/;
const WITH_SUFFIX = /^(.*?[\d.])\s*(bn|[kKmMbBgGtT])$/;
const UNCERTAINTY_SPLIT = /\s*(?:±|\+\/-|\+-|\+\/−)\s*/;
const MARKS = /[*†‡§¶#?]+$/;
const MARKS_NO_STAR = /[†‡§¶#?]+$/;
const EMPHASIS = [/^\*\*(.+)\*\*$/s, /^__(.+)__$/s, /^\*(.+)\*$/s, /^_(.+)_$/s, /^<(?:b|strong|em)>(.+)<\/(?:b|strong|em)>$/is];
const TRAILING_NOTE = /^(.*?[\d%*†‡§¶#?kKmMbBgGtT])\s*[([]([^()[\]]*)[)\]]$/s;
const APPROXIMATE = /^(?:~|≈|about\s+|approx\.?\s+)\s*/i;

export interface NumberParts {
  value: number;
  numberText: string;
  fractionDigits: number | null;
  suffix: string;
}

function readNumber(text: string): NumberParts | null {
  let body = text.trim();
  let suffix = '';
  const suffixed = WITH_SUFFIX.exec(body);
  if (suffixed && !/[eE]$/.test(suffixed[1])) {
    body = suffixed[1].trim();
    suffix = suffixed[2];
  }
  const scale = suffix ? SCALES[suffix.toLowerCase()] : 1;
  const comma = DECIMAL_COMMA.exec(body);
  if (comma) body = `${comma[1]}${comma[2]}.${comma[3]}`;
  const match = NUMBER.exec(body);
  if (!match) return null;
  const sign = match[1] === '' || match[1] === '+' ? '' : '-';
  const mantissa = match[2].replace(/,/g, '');
  const exponent = match[3]?.replace('−', '-');
  const numberText = `${sign}${mantissa}${exponent === undefined ? '' : `e${exponent}`}`;
  const written = Number(numberText);
  if (!Number.isFinite(written)) return null;
  const point = mantissa.indexOf('.');
  const fractionDigits = exponent !== undefined ? null : point < 0 ? 0 : mantissa.length - point - 1;
  return { value: written * scale, numberText, fractionDigits, suffix };
}

// Most cells are a plain decimal ("89.1"); reading them without the decoration passes keeps big feeds fast.
const PLAIN_DECIMAL = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/;

function plainDecimal(text: string): MetricTextParts | null {
  const match = PLAIN_DECIMAL.exec(text);
  if (!match) return null;
  const numberText = `${match[1]}${match[2]}${match[3] === undefined ? '' : `.${match[3]}`}`;
  return {
    value: Number(numberText), numberText, fractionDigits: match[3]?.length ?? 0, suffix: '', uncertainty: null,
    uncertaintyParts: null, percent: false, marks: '', emphasis: false, approximate: false, note: '',
  };
}

/** Splits `text` into number, uncertainty and decorations; null when no single number can be read from it. */
export function scanMetricText(text: string): MetricTextParts | null {
  const plain = plainDecimal(text);
  if (plain) return plain;
  let rest = text.trim();
  let percent = false;
  let marks = '';
  let emphasis = false;
  let approximate = false;
  let note = '';
  // Decorations nest in any order ("**70.3**†", "93.3%*", "84.5 (±0.3)"): peel them until nothing changes.
  for (let pass = 0; pass < 8; pass++) {
    const before = rest;
    for (const pattern of EMPHASIS) {
      const wrapped = pattern.exec(rest);
      if (wrapped) {
        rest = wrapped[1].trim();
        emphasis = true;
      }
    }
    const markPattern = rest.startsWith('*') || rest.startsWith('_') ? MARKS_NO_STAR : MARKS;
    const mark = markPattern.exec(rest);
    if (mark && mark.index > 0) {
      marks = mark[0] + marks;
      rest = rest.slice(0, mark.index).trim();
    }
    if (rest.endsWith('%')) {
      percent = true;
      rest = rest.slice(0, -1).trim();
    }
    const remark = TRAILING_NOTE.exec(rest);
    if (remark) {
      const inner = remark[2].trim();
      if (/^(?:±|\+\/-|\+-)/.test(inner)) rest = `${remark[1]} ${inner}`;
      else {
        note = note ? `${inner}; ${note}` : inner;
        rest = remark[1].trim();
      }
    }
    const approx = APPROXIMATE.exec(rest);
    if (approx) {
      approximate = true;
      rest = rest.slice(approx[0].length);
    }
    if (rest === before) break;
  }
  const [main, spread, ...extra] = rest.split(UNCERTAINTY_SPLIT);
  if (extra.length > 0) return null;
  const stripPercent = (part: string): string => {
    const trimmed = part.trim();
    if (!trimmed.endsWith('%')) return trimmed;
    percent = true;
    return trimmed.slice(0, -1);
  };
  const number = readNumber(stripPercent(main));
  if (!number) return null;
  let uncertainty: NumberParts | null = null;
  if (spread !== undefined) {
    uncertainty = readNumber(stripPercent(spread));
    if (!uncertainty || uncertainty.value < 0) return null;
    // "1.2M ± 0.1" means 0.1M: the uncertainty shares the value's scale unless it carries its own.
    if (!uncertainty.suffix && number.suffix) uncertainty.value *= SCALES[number.suffix.toLowerCase()];
  }
  return {
    ...number,
    uncertainty: uncertainty?.value ?? null,
    uncertaintyParts: uncertainty,
    percent,
    marks,
    emphasis,
    approximate,
    note,
  };
}
