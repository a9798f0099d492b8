// The text of one input a command names: a path (plain or gzip, told by its bytes), `-` for stdin, or an http(s)
// URL. A failure is an InputError whose message names the input and what to do, never a stack trace.
import { gunzipSync } from 'node:zlib';
import type { CliIO } from './command.js';
import { FileReadError, openDataFile } from './open-file.js';

export class InputError extends Error {
  override name = 'InputError';
}

export interface Input {
  /** How messages name it: the path, the URL, or "stdin". */
  name: string;
  text: string;
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** gzip'd bytes are unpacked, whatever the input's name; UTF-8 is decoded with a byte-order mark kept for the parsers. */
function decode(bytes: Buffer, name: string): string {
  let plain = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      plain = gunzipSync(bytes);
    } catch (error) {
      throw new InputError(`${name}: looks like gzip but cannot be unpacked (${(error as Error).message}).`);
    }
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(plain);
}

export async function readInput(spec: string, io: CliIO): Promise<Input> {
  if (spec === '-') return { name: 'stdin', text: decode(await collect(io.stdin), 'stdin') };
  if (/^https?:\/\//i.test(spec)) {
    let response: Response;
    try {
      response = await fetch(spec);
    } catch (error) {
      throw new InputError(`${spec}: the server did not answer (${(error as Error).message}). Check the address and your connection.`);
    }
    if (!response.ok) throw new InputError(`${spec}: answered HTTP ${response.status} ${response.statusText}.`.replace(/ \./, '.'));
    return { name: spec, text: decode(Buffer.from(await response.arrayBuffer()), spec) };
  }
  try {
    const { stream } = openDataFile(spec.startsWith('/') ? spec : `${io.cwd}/${spec}`);
    return { name: spec, text: decode(await collect(stream), spec) };
  } catch (error) {
    if (error instanceof FileReadError) throw new InputError(error.message.replace(`${io.cwd}/`, ''));
    throw new InputError(`${spec}: cannot be read (${(error as Error).message}).`);
  }
}
