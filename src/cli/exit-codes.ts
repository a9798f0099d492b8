// Exit codes scripts can trust, the same for every command.
export const EXIT_OK = 0;
/** The command ran and found problems: warnings under --strict, a file that could not be read or parsed. */
export const EXIT_PROBLEMS = 1;
/** The command line itself is wrong: an unknown command or option, a missing argument. */
export const EXIT_USAGE = 2;

/** Thrown for bad usage; main prints the message and the command's usage line, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
