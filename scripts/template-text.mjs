// A template literal's text as written in the source (raw) and as its tag receives it (cooked). Lit's css`` and
// html`` read the cooked strings, so a build step that rewrites a literal must work on the cooked text and write
// back raw text that cooks to exactly what it meant: a CSS escape such as "\b7" (·) written back as it is would
// reach the CSS parser as a backspace and a "7".

const SINGLE = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
const LINE_BREAK = /^(\r\n|[\r\n\u2028\u2029])/;

/**
 * The cooked value of a template literal's raw text, by the rules of ECMAScript's TemplateCharacter. Throws on an
 * escape a tagged template cooks to undefined (an octal "\1", a "\x" without two hex digits…), naming it.
 * @param {string} raw
 * @returns {string}
 */
export function cookTemplate(raw) {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '\r') {
      // A line break in the source cooks to \n whatever its spelling.
      out += '\n';
      if (raw[i + 1] === '\n') i++;
      continue;
    }
    if (char !== '\\') {
      out += char;
      continue;
    }
    const rest = raw.slice(i + 1);
    const lineBreak = LINE_BREAK.exec(rest);
    const hex = /^x([0-9a-fA-F]{2})/.exec(rest) ?? /^u([0-9a-fA-F]{4})/.exec(rest) ?? /^u\{([0-9a-fA-F]+)\}/.exec(rest);
    if (lineBreak) {
      i += lineBreak[0].length; // a line continuation cooks to nothing
    } else if (hex) {
      out += String.fromCodePoint(parseInt(hex[1], 16));
      i += hex[0].length;
    } else if (rest[0] in SINGLE) {
      out += SINGLE[rest[0]];
      i++;
    } else if (rest[0] === '0' && !/^0[0-9]/.test(rest)) {
      out += '\0';
      i++;
    } else if (rest[0] === undefined || /^[1-9xu0]/.test(rest)) {
      throw new SyntaxError(`an escape that a tagged template cannot cook: "\\${rest.slice(0, 6)}"`);
    } else {
      out += rest[0]; // \\, \`, \$, \{ and any other character stand for themselves
      i++;
    }
  }
  return out;
}

/**
 * Raw template text that cooks back to `text`: backslashes doubled, backticks and "${" escaped, and a carriage
 * return spelled out (a literal one would cook to \n).
 * @param {string} text
 * @returns {string}
 */
export function rawTemplate(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\r/g, '\\r');
}
