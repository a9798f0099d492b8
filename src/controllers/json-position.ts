// Why our own scan: V8's JSON.parse messages do not always carry a position ("Unexpected token 'x', "…" is not
// valid JSON"), and a person fixing a feed by hand needs a line and column. This runs only after JSON.parse has
// failed, walks the text once without recursion (deeply nested input cannot overflow the stack) and stops at the
// first place where the text stops being JSON.

export interface JsonErrorPosition {
  /** UTF-16 offset of the first character that is not valid JSON (the text length when it ends too early). */
  offset: number;
  /** 1-based line and column of that offset. */
  line: number;
  column: number;
  /** What was wrong there, as a phrase ("expected ',' or '}'"). */
  problem: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value';

const WHITESPACE = ' \t\n\r';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** Where `text` stops being JSON, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorPosition | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (problem: string): JsonErrorPosition => ({ offset: i, ...lineAndColumn(text, i), problem });
  const at = ({ at: offset, problem }: StringProblem): JsonErrorPosition => ({ offset, ...lineAndColumn(text, offset), problem });

  for (;;) {
    while (i < text.length && WHITESPACE.includes(text[i])) i++;
    const c = text[i];
    if (c === undefined) {
      return expect === 'after-value' && stack.length === 0
        ? null
        : fail('the text ends before the JSON is complete (is the file truncated?)');
    }
    if (expect === 'after-value') {
      const top = stack[stack.length - 1];
      if (top === undefined) return fail('unexpected text after the end of the JSON value');
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) stack.pop();
      else return fail(`expected ',' or '${top === '{' ? '}' : ']'}' but found ${quote(c)}`);
      i++;
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return fail(`expected ':' after a property name but found ${quote(c)}`);
      expect = 'value';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (c === '}' && expect === 'key-or-close') {
        stack.pop();
        expect = 'after-value';
        i++;
        continue;
      }
      if (c !== '"') return fail(`expected a property name in double quotes but found ${quote(c)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return at(end);
      i = end;
      expect = 'colon';
      continue;
    }
    // expect is 'value' or 'value-or-close'
    if (c === ']' && expect === 'value-or-close') {
      stack.pop();
      expect = 'after-value';
      i++;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      i++;
    } else if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return at(end);
      i = end;
      expect = 'after-value';
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail(`${quote(c)} does not start a valid number`);
      i = NUMBER.lastIndex;
      expect = 'after-value';
    } else {
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      if (!literal) return fail(`expected a value but found ${quote(c)}`);
      i += literal.length;
      expect = 'after-value';
    }
  }
}

interface StringProblem {
  at: number;
  problem: string;
}

/** The offset just past the string starting at `start`, or where and how it goes wrong. */
function scanString(text: string, start: number): number | StringProblem {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) {
      return { at: i, problem: 'a line break or control character inside a string (is a closing quote missing?)' };
    }
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, problem: 'a "\\u" escape without four hex digits' };
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else return { at: i, problem: `an invalid escape "\\${next ?? ''}" inside a string` };
    }
  }
  return { at: text.length, problem: 'a string that is never closed: the text ends inside it (is the file truncated?)' };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  // Only runs once JSON.parse has failed, so splitting the text before the error is cheap enough.
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

function quote(c: string): string {
  if (c === '<') return "'<' (is this HTML?)";
  if (c === "'") return 'a single quote (JSON needs double quotes)';
  return `'${c}'`;
}
