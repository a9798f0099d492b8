// Whether parsed JSON is a table of flat records, told apart from the other list formats by shape alone. The
// table reader's chunk keeps its own small helpers: each one it imported from the main entry would be an export
// the size-bound script-tag file carries.
import type { JsonObject } from './read.js';

/** A JSON pointer one key deeper (read.js's pointer, kept here for the reason above). */
export const pointer = (base: string, key: string | number): string => `${base}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** An object that is not a list (read.js's isObject, kept here for the reason above). */
export const isRecord = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Header spellings, loosened (letters and digits, lower case), that name the model column. */
export const MODEL_HEADERS: readonly string[] = ['model', 'modelname', 'name', 'method', 'modelid'];

/** Header names compared loosely: "Model_Name", "model name" and "modelName" are one. */
export const loose = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * True for a list whose first item is an object of plain values (strings, numbers, booleans, null) with a model
 * column and something beside it: read as records without being told.
 */
export function isRecordList(input: unknown): input is unknown[] {
  const first: unknown = Array.isArray(input) ? input[0] : null;
  if (!isRecord(first)) return false;
  const headers = Object.keys(first);
  return headers.length > 1 && headers.some((header) => MODEL_HEADERS.includes(loose(header)))
    && Object.values(first).every((value) => value === null || typeof value !== 'object');
}
