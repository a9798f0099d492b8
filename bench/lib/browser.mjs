// One way to start Chromium for every bench, with the flags the peer benches used (../shared/peer-bench), so
// our figures and theirs come from the same kind of browser process.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

/** CHROME_PATH, else Debian's /usr/bin/chromium; throws a sentence naming both when neither exists. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it (apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.`);
  }
  return path;
}

/** A headless Chromium; the caller closes it. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
