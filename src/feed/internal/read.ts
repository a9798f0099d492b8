// Typed reading of untrusted JSON. Every adapter walks someone else's data: structure it cannot do without
// throws a FeedError naming the place (a JSON pointer) in plain words; everything it can tolerate becomes a
// warning with the same kind of path and the raw text, so nothing odd is ever silent.
import type { FeedWarning, WarningKind } from '../types.js';

/** Thrown for input that cannot be read as a feed at all. `path` is a JSON pointer to the offending place. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    readonly path: string = '',
  ) {
    super(message);
  }
}

export type JsonObject = { readonly [key: string]: unknown };

/** Collects the warnings of one parse. */
export class WarningLog {
  readonly warnings: FeedWarning[] = [];

  add(kind: WarningKind, path: string, message: string, raw: unknown = null): void {
    this.warnings.push({ kind, path, message, raw: raw === null ? null : rawText(raw) });
  }
}

/** Appends one key or index to a JSON pointer (RFC 6901 escaping). */
export function pointer(base: string, key: string | number): string {
  return `${base}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** "a string", "a list", "null": what a value is, for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  switch (typeof value) {
    case 'string': return value.trim() === '' ? 'an empty string' : 'a string';
    case 'number': return 'a number';
    case 'boolean': return value ? 'true' : 'false';
    case 'undefined': return 'nothing';
    case 'object': return 'an object';
    default: return `a ${typeof value}`;
  }
}

/** The text of a value as the feed gave it: strings as they are, anything else as JSON. */
export function rawText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: a feed key named "constructor" or "__proto__" must never reach Object.prototype. */
export function field(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function has(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Throws unless `value` is a list; `what` names what was expected ("a list of tasks"). */
export function expectArray(value: unknown, path: string, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new FeedError(`Expected ${what} at ${path || '/'}, found ${describe(value)}.`, path);
}

/** Throws unless `value` is an object; `what` names what was expected ("a task"). */
export function expectObject(value: unknown, path: string, what: string): JsonObject {
  if (isObject(value)) return value;
  throw new FeedError(`Expected ${what} at ${path || '/'}, found ${describe(value)}.`, path);
}

/** A required, non-empty name: numbers are accepted as text, anything else throws. */
export function requiredText(object: JsonObject, key: string, path: string, what: string): string {
  const value = field(object, key);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new FeedError(`Expected ${what} at ${pointer(path, key)}, found ${describe(value)}.`, pointer(path, key));
}

/**
 * Optional text: null when missing, null or blank; numbers are read as text; any other type is
 * tolerated with a warning, since losing a title is better than losing the row.
 */
export function optionalText(object: JsonObject, key: string, path: string, log: WarningLog): string | null {
  const value = field(object, key);
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  log.add('unreadable-value', pointer(path, key), `Expected text for "${key}", found ${describe(value)}; ignored it.`, value);
  return null;
}

/** Optional true/false: null when missing; "true"/"false" strings read; anything else warned and null. */
export function optionalBoolean(object: JsonObject, key: string, path: string, log: WarningLog): boolean | null {
  const value = field(object, key);
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  log.add('unreadable-value', pointer(path, key), `Expected true or false for "${key}", found ${describe(value)}; ignored it.`, value);
  return null;
}

/** Optional finite number (numbers or numeric strings), else null with a warning when present. */
export function optionalNumber(object: JsonObject, key: string, path: string, log: WarningLog): number | null {
  const value = field(object, key);
  if (value === undefined || value === null) return null;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number)) return number;
  log.add('unreadable-value', pointer(path, key), `Expected a number for "${key}", found ${describe(value)}; ignored it.`, value);
  return null;
}

/** A list of names (authors, tasks): missing → []; items that are not text are skipped with a warning. */
export function textList(object: JsonObject, key: string, path: string, log: WarningLog): string[] {
  const value = field(object, key);
  if (value === undefined || value === null) return [];
  const at = pointer(path, key);
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) {
    log.add('unreadable-value', at, `Expected a list of names for "${key}", found ${describe(value)}; ignored it.`, value);
    return [];
  }
  const names: string[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string' && item.trim()) names.push(item.trim());
    else if (isObject(item) && typeof field(item, 'name') === 'string') names.push(String(field(item, 'name')).trim());
    else log.add('unreadable-value', pointer(at, index), `Expected a name in "${key}", found ${describe(item)}; skipped it.`, item);
  });
  return names;
}

/** Warns once per key the adapter does not know, so a misspelt field ("resutls") is visible. */
export function warnUnknownFields(object: JsonObject, known: ReadonlySet<string>, path: string, log: WarningLog): void {
  for (const key of Object.keys(object)) {
    if (!known.has(key)) log.add('ignored-field', pointer(path, key), `Unknown field "${key}" was ignored.`, key);
  }
}
