/**
 * How Upturn launches Chromium, for the end-to-end tests and the browser
 * benchmarks alike: Debian's Chromium when there is one (CHROMIUM_PATH, else
 * /usr/bin/chromium), Playwright's own otherwise (a developer laptop).
 */
import { existsSync } from 'node:fs';

const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  executablePath: existsSync(system) ? system : undefined,
  // No sandbox as root; the rest keeps Chromium off a network this machine does not have.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
