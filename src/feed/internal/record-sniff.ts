// The shape tests for tables of records, loaded on demand with the records reader (formats/on-demand.ts).
import { isModelHeader } from './model-header.js';
import { field, isObject, type JsonObject } from './read.js';

/** Keys under which JSON APIs and mirrors hold their table ({"data": [...]}, {"models": [...]}). */
const HOLDERS = ['rows', 'data', 'models', 'results', 'leaderboard', 'items', 'entries', 'records'];

/** True for a non-empty list whose first items are objects of plain values (strings, numbers, booleans, null). */
export function isFlatRecordList(input: unknown): input is unknown[] {
  return Array.isArray(input) && input.length > 0
    && input.slice(0, 20).every((row) => isObject(row) && Object.values(row).every((v) => v === null || typeof v !== 'object'));
}

/** Flat records whose first has a model column and something beside it: read as records without being told. */
export function isRecordList(input: unknown): input is unknown[] {
  if (!isFlatRecordList(input)) return false;
  const headers = Object.keys(input[0] as JsonObject);
  return headers.length > 1 && headers.some(isModelHeader);
}

/** The table of records an object holds under one of the usual keys, or undefined. */
export function recordListIn(input: JsonObject, loose = false): unknown[] | undefined {
  for (const key of HOLDERS) {
    const value = field(input, key);
    if (loose ? isFlatRecordList(value) : isRecordList(value)) return value as unknown[];
  }
  return undefined;
}
