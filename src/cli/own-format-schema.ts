// Our JSON Schema (schema/sota-feed.schema.json, shipped in the package beside dist/) as the one check that every
// command writing our format runs before a byte is written (convert, fetch), so a file this tool writes is one the
// schema, and so every other reader of our format, agrees with. Compiled once, on first use.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';

export const SCHEMA_FILE = 'schema/sota-feed.schema.json';

/** Problems past this many are counted, not listed: one bad value can break every result of a board. */
const LISTED = 10;

let validator: ValidateFunction | undefined;

function validate(json: unknown): ErrorObject[] {
  validator ??= new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(new URL(`../${SCHEMA_FILE}`, import.meta.url), 'utf8')));
  return validator(json) ? [] : (validator.errors ?? []);
}

/** The value at a JSON pointer (RFC 6901), to show what the schema refused. */
function valueAt(json: unknown, pointer: string): unknown {
  let value = json;
  for (const token of pointer.split('/').slice(1)) {
    value = (value as Record<string, unknown> | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function describeProblem(json: unknown, error: ErrorObject): string {
  const at = error.instancePath || '/';
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined) return `${at}: has "${extra}", which our format does not know`;
  const found = JSON.stringify(valueAt(json, error.instancePath)) ?? 'nothing';
  return `${at}: ${error.message ?? 'does not match'} (found ${found.length > 60 ? `${found.slice(0, 57)}…` : found})`;
}

/**
 * Null when `json` matches our schema; otherwise the message to print: what was made from `source`, that nothing
 * was written, each place that does not match (a JSON pointer into the output, and the value found there), and what
 * to do about it.
 */
export function schemaMismatch(json: unknown, source: string): string | null {
  const errors = validate(json);
  if (errors.length === 0) return null;
  // oneOf/anyOf repeat a problem once per branch tried: one line per place and message.
  const lines = [...new Set(errors.map((error) => describeProblem(json, error)))];
  const listed = lines.slice(0, LISTED).map((line) => `  ${line}\n`).join('');
  const more = lines.length > LISTED ? `  … and ${lines.length - LISTED} more\n` : '';
  return `the feed made from ${source} does not match our JSON Schema (${SCHEMA_FILE}), so nothing was written:\n${listed}${more}`
    + 'Each pointer is a place in the feed that would have been written. The source holds a value our format cannot '
    + 'carry there: correct it in the source if you can, and please report it, with the source, so the conversion can handle it.';
}
