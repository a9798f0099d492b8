// Reading a FEED argument for any command: a file path (relative to the working directory), `-` for stdin, or an
// http(s) URL; `.gz` is unpacked. Parsed by the same parseFeed as the elements. Errors name the file and the
// place (line and column for broken JSON, the JSON pointer for a feed the parser refuses) and say what to do.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '../feed/all-formats.js';
import { FeedError } from '../feed/feed-error.js';
import type { Feed } from '../feed/types.js';
import { locateJsonError } from '../controllers/json-position.js';
import type { CliIO } from './command.js';

/** A feed that could not be read or parsed; the message names the file. main prints it and exits 1. */
export class FeedReadError extends Error {
  override name = 'FeedReadError';
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

async function readBytes(source: string, io: CliIO): Promise<Buffer> {
  if (source === '-') return readStream(io.stdin);
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new FeedReadError(`${source}: the server answered ${response.status} ${response.statusText}.`);
    return Buffer.from(await response.arrayBuffer());
  }
  try {
    return await readFile(resolve(io.cwd, source));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a feed file' : (error as Error).message;
    throw new FeedReadError(`${source}: ${why}.`);
  }
}

/** The text of a feed source (gzip undone: by name or by its magic bytes). */
export async function readFeedText(source: string, io: CliIO): Promise<string> {
  const bytes = await readBytes(source, io);
  const gzipped = source.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b);
  try {
    return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch {
    throw new FeedReadError(`${source}: looks gzipped but could not be unpacked; is the file whole?`);
  }
}

/** Parses feed text as the elements do; `name` is how errors refer to it. */
export function parseFeedText(text: string, name: string): Feed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = locateJsonError(text);
    const where = at ? `:${at.line}:${at.column}: ${at.problem}` : `: ${(error as Error).message}`;
    throw new FeedReadError(`${name}${where}. The file is not valid JSON; fix it there and run again.`);
  }
  try {
    return parseFeed(json);
  } catch (error) {
    if (error instanceof FeedError) throw new FeedReadError(`${name}${error.path ? ` at ${error.path}` : ''}: ${error.message}`);
    throw error;
  }
}

export async function readFeed(source: string, io: CliIO): Promise<Feed> {
  return parseFeedText(await readFeedText(source, io), source === '-' ? 'stdin' : source);
}
