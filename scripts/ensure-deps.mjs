// Makes `npm start` and `npm test` work on a fresh clone: installs the locked
// dependencies when node_modules is missing or older than package-lock.json,
// and (with --browser) makes sure a Chromium is there for Playwright.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** What the installed tree must match: package.json and the lock file. */
const fingerprint = () =>
  createHash('sha256')
    .update(readFileSync('package.json'))
    .update(readFileSync('package-lock.json'))
    .digest('hex');
const want = fingerprint();
const stamp = 'node_modules/.upturn-installed';
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';

if (have !== want) {
  console.log('upturn: installing dependencies…');
  // `npm install`, not `npm ci`: it honours the lock file's exact versions, and unlike `npm ci`
  // it tolerates platform-only optional packages a registry mirror may not carry.
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stamp, fingerprint());
}

if (process.argv.includes('--browser')) {
  const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(system)) {
    // No system Chromium: use Playwright's own (a developer laptop).
    console.log('upturn: no system Chromium found; installing Playwright Chromium…');
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  }
}
