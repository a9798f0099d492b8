// The items of a large JSON list, one at a time, from a file that is never held whole: stream-json tokenises the
// text and assembles one top-level item at a time (for evaluation-tables.json, one task with all its subtasks).
// When the text is not valid JSON, a second pass with stream-json's verifier finds the exact line, column and
// byte, so the message can point there; that pass only runs on failure.
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { verifier } from 'stream-json/utils/verifier.js';
import { FileReadError, openDataFile, type OpenedFile } from '../open-file.js';

export interface ListItem {
  index: number;
  value: unknown;
}

/** The position of the first thing that is not JSON, from stream-json's verifier, or null when it finds none. */
async function firstJsonError(path: string): Promise<{ line: number; pos: number; offset: number; message: string } | null> {
  const { stream } = openDataFile(path);
  const check = verifier.asStream();
  stream.on('error', (error) => check.destroy(error));
  try {
    for await (const chunk of stream.pipe(check)) void chunk;
    return null;
  } catch (error) {
    const { line, pos, offset, message } = error as { line?: number; pos?: number; offset?: number; message: string };
    if (typeof offset !== 'number') return null;
    return { line: line ?? 0, pos: pos ?? 0, offset, message: message.replace(/^ERROR at .*?: /, '') };
  }
}

async function readError(path: string, opened: OpenedFile, error: Error, what: string): Promise<FileReadError> {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code.startsWith('Z_') || /unexpected end of file|incorrect header/i.test(error.message)) {
    return new FileReadError(`${path}: the gzip data is damaged or cut short near byte ${opened.bytesRead()} of ${opened.size} (${error.message}). Download or compress the file again.`);
  }
  const at = await firstJsonError(path).catch(() => null);
  if (at) {
    const text = opened.gzip ? ' of the uncompressed text' : '';
    return new FileReadError(`${path}: not valid JSON at line ${at.line}, column ${at.pos} (byte ${at.offset}${text}): ${at.message.replace(/^Verifier /, '')}. `
      + 'If that is the end of the file, the file is truncated: download it again.');
  }
  return new FileReadError(`${path}: ${error.message.replace(/\.?$/, '')}; expected ${what}.`);
}

/**
 * The items of the list the file at `path` holds, in order. Throws FileReadError naming the file (and, for text
 * that is not JSON, the line, column and byte) when it cannot be read or is not a JSON list.
 */
export async function* listItems(opened: OpenedFile, path: string, what: string): AsyncGenerator<ListItem> {
  const items = streamArray.withParserAsStream({ streamValues: false });
  opened.stream.on('error', (error) => items.destroy(error));
  try {
    for await (const { key, value } of opened.stream.pipe(items)) yield { index: key as number, value };
  } catch (error) {
    throw await readError(path, opened, error as Error, what);
  } finally {
    opened.stream.destroy();
  }
}
