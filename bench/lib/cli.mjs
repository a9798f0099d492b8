// Command-line bits every bench file shares: `--name value` options and "was this file run directly?".
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The value after `--name` (or in `--name=value`), else `fallback`. */
export function option(name, fallback, argv = process.argv.slice(2)) {
  const at = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return fallback;
  const arg = argv[at];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1] ?? fallback;
}

/** --reps as a positive whole number (default `fallback`); throws a readable error otherwise. */
export function repsOption(fallback = 7, argv = process.argv.slice(2)) {
  const raw = option('--reps', String(fallback), argv);
  const reps = Number(raw);
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps wants a whole number ≥ 1, got "${raw}".`);
  return reps;
}

/** True when the module at `moduleUrl` is the script node was started with (not imported by another). */
export function isMain(moduleUrl) {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
