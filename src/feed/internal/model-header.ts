// The one piece of the records reader the core needs: whether a header names the model column, so a flat list with
// a paper_url column and a model column is left for the records reader rather than read as the archive's papers.

/** Headers compared loosely: case, spaces and punctuation aside ("Model version" = "model_version"). */
export const loose = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Spellings of the model column's header, compared with `loose` (record-columns.ts has the other roles'). */
export const MODEL_SPELLINGS: readonly string[] = ['model', 'modelname', 'name', 'method', 'modelid', 'modelversion'];

/** True for a header that forgiving matching reads as the model column. */
export function isModelHeader(header: string): boolean {
  return MODEL_SPELLINGS.includes(loose(header));
}
