// Opening a data file for streaming: plain or gzip (told by its first two bytes, not its name, so a .json.gz
// renamed .json still reads), with a count of the file's bytes read so far for a progress bar. A file that
// cannot be opened is a message naming it and what to do, never a stack trace.
import { closeSync, openSync, readSync, statSync, createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface OpenedFile {
  /** The file's text as bytes, decompressed when it is gzip. */
  stream: Readable;
  /** The file's size on disk. */
  size: number;
  gzip: boolean;
  /** Bytes of the file (on disk, so compressed for gzip) read so far. */
  bytesRead(): number;
}

/** Thrown when a file cannot be read at all: the message names the file and the reason. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

function describeOpenError(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': return `${path}: no such file. Check the path.`;
    case 'EACCES': case 'EPERM': return `${path}: permission denied.`;
    case 'EISDIR': return `${path}: is a folder, not a file.`;
    default: return `${path}: cannot be read (${error.message}).`;
  }
}

function startsWithGzipMagic(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** Throws FileReadError now when `path` cannot be read, so a long run does not fail at its end over a typo. */
export function assertReadableFile(path: string): void {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    closeSync(openSync(path, 'r'));
  } catch (error) {
    throw new FileReadError(describeOpenError(path, error as NodeJS.ErrnoException));
  }
}

export function openDataFile(path: string): OpenedFile {
  let size: number;
  let gzip: boolean;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = stat.size;
    gzip = startsWithGzipMagic(path);
  } catch (error) {
    throw new FileReadError(describeOpenError(path, error as NodeJS.ErrnoException));
  }
  // Large reads: the parser's cost per chunk is small, and fewer chunks mean fewer trips through the event loop.
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream = gzip ? file.pipe(createGunzip()) : file;
  if (gzip) file.on('error', (error) => stream.destroy(error));
  return { stream, size, gzip, bytesRead: () => file.bytesRead };
}
