// A progress bar on stderr for work that takes more than a moment: drawn only when stderr is a terminal (a log
// file or a pipe gets nothing), redrawn at most ten times a second, and wiped when done so the summary that
// follows starts on a clean line.
import type { CliIO } from './command.js';

export interface Progress {
  /** How far along: `done` of the total the bar was made with. */
  update(done: number): void;
  /** Clears the bar. */
  finish(): void;
}

const WIDTH = 24;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

/** A bar for `total` bytes labelled `label`; a no-op when stderr is not a TTY or the total is unknown. */
export function byteProgress(stderr: CliIO['stderr'], label: string, total: number): Progress {
  if (!stderr.isTTY || !(total > 0)) return { update() {}, finish() {} };
  let last = 0;
  let drawn = false;
  const draw = (done: number) => {
    const share = Math.min(1, done / total);
    const filled = Math.round(share * WIDTH);
    const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${megabytes(done)} of ${megabytes(total)}`;
    stderr.write(`\r${line.slice(0, Math.max(20, (stderr.columns || 80) - 1))}`);
    drawn = true;
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done);
    },
    finish() {
      if (drawn) stderr.write('\r\x1b[2K');
    },
  };
}
