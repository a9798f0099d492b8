// The items of a large JSON list, one at a time, from a file that is never held whole: stream-json's tokenizer
// reads the text chunk by chunk and its Assembler builds one top-level item at a time (for evaluation-tables.json,
// one task with all its subtasks), which is handed on and dropped. The tokens are driven in a plain loop, as
// stream-json advises for hot paths, rather than through a stream per token: on the 145 MB archive that halves
// the time. When the text is not valid JSON, a second pass with stream-json's verifier finds the exact line,
// column and byte for the message; that pass only runs on failure.
import { StringDecoder } from 'node:string_decoder';
import Assembler from 'stream-json/assembler.js';
import { jsonParser } from 'stream-json/core/parser.js';
import { verifier } from 'stream-json/utils/verifier.js';
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { FileReadError, openDataFile, type OpenedFile } from '../open-file.js';

export interface ListItem {
  index: number;
  value: unknown;
}

interface Token {
  name: string;
  value?: unknown;
}

class NotAList extends Error {}

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

/** Feeds tokens to one Assembler and collects each finished item of the top-level list. */
class ListAssembler {
  readonly #assembler = new Assembler();
  #started = false;
  readonly items: unknown[] = [];

  take(result: unknown): void {
    if (result === none) return;
    const tokens = (isMany(result) ? getManyValues(result) : [result]) as Token[];
    const assembler = this.#assembler as unknown as Record<string, (value?: unknown) => void> & { current: unknown[]; depth: number };
    for (const token of tokens) {
      if (!this.#started) {
        if (token.name !== 'startArray') throw new NotAList(`the file holds ${token.name === 'startObject' ? 'an object' : 'a single value'}, not a list`);
        this.#started = true;
      }
      assembler[token.name]?.(token.value);
      // Back at the list's own level with an item in it: that item is complete.
      if (assembler.depth === 1 && assembler.current.length) this.items.push(assembler.current.pop());
    }
  }
}

/**
 * The items of the list the file holds, in order. Throws FileReadError naming the file (and, for text that is not
 * JSON, the line, column and byte) when it cannot be read or is not a JSON list.
 */
export async function* listItems(opened: OpenedFile, path: string, what: string): AsyncGenerator<ListItem> {
  const tokenize = jsonParser({ streamValues: false }) as (text: string | typeof none) => unknown;
  const decoder = new StringDecoder('utf8');
  const list = new ListAssembler();
  let index = 0;
  let first = true;
  try {
    for await (const chunk of opened.stream) {
      let text = decoder.write(chunk as Buffer);
      if (first) {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      list.take(tokenize(text));
      for (const value of list.items) yield { index: index++, value };
      list.items.length = 0;
    }
    const rest = decoder.end();
    if (rest) list.take(tokenize(rest));
    list.take(tokenize(none));
    if (first) throw new NotAList('the file is empty');
    for (const value of list.items) yield { index: index++, value };
  } catch (error) {
    throw await readError(path, opened, error as Error, what);
  } finally {
    opened.stream.destroy();
  }
}
