// The items of a large JSON list, one at a time, from a file that is never held whole: the bytes are read chunk by
// chunk, cut into one top-level item's text at a time (for evaluation-tables.json, one task with all its subtasks;
// see list-splitter.ts) and each is read by JSON.parse, handed on and dropped. When the text is not valid JSON, a
// second pass with stream-json's verifier finds the exact line, column and byte for the message; that pass only
// runs on failure.
import { verifier } from 'stream-json/utils/verifier.js';
import { FileReadError, openDataFile, type OpenedFile } from '../open-file.js';
import { ListSplitter, NotAList } from './list-splitter.js';

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
    return { line: line ?? 0, pos: pos ?? 0, offset, message: message.replace(/^ERROR at .*?: /, '').replace(/^Verifier (has )?/, '') };
  }
}

async function readError(path: string, opened: OpenedFile, error: Error, what: string): Promise<FileReadError> {
  if (error instanceof FileReadError) return error;
  if (error instanceof NotAList) return new FileReadError(`${path}: ${error.message}; expected ${what}.`);
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code.startsWith('Z_') || /unexpected end of file|incorrect header/i.test(error.message)) {
    return new FileReadError(`${path}: the gzip data is damaged or cut short near byte ${opened.bytesRead()} of ${opened.size} (${error.message}). Download or compress the file again.`);
  }
  if (opened.size === 0) return new FileReadError(`${path}: the file is empty; expected ${what}.`);
  const at = await firstJsonError(path).catch(() => null);
  if (at) {
    const text = opened.gzip ? ' of the uncompressed text' : '';
    return new FileReadError(`${path}: not valid JSON at line ${at.line}, column ${at.pos} (byte ${at.offset}${text}): ${at.message}. `
      + 'If that is the end of the file, the file is truncated: download it again.');
  }
  return new FileReadError(`${path}: ${error.message.replace(/\.$/, '')}; expected ${what}.`);
}

/**
 * The items of the list the file holds, in order. Throws FileReadError naming the file (and, for text that is not
 * JSON, the line, column and byte) when it cannot be read or is not a JSON list.
 */
export async function* listItems(opened: OpenedFile, path: string, what: string): AsyncGenerator<ListItem> {
  const splitter = new ListSplitter();
  let index = 0;
  try {
    for await (const chunk of opened.stream) {
      for (const text of splitter.push(chunk as Buffer)) yield { index: index++, value: JSON.parse(text) as unknown };
    }
    splitter.end();
  } catch (error) {
    throw await readError(path, opened, error as Error, what);
  } finally {
    opened.stream.destroy();
  }
}
