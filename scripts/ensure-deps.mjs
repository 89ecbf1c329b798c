// Makes `npm start` and `npm test` work on a fresh clone: installs the locked
// dependencies when node_modules is missing or older than package-lock.json,
// and (with --browser) makes sure a Chromium is there for Playwright.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lock = readFileSync('package-lock.json');
const want = createHash('sha256').update(lock).digest('hex');
const stamp = 'node_modules/.upturn-installed';
const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';

if (have !== want) {
  console.log('upturn: installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  writeFileSync(stamp, want);
}

if (process.argv.includes('--browser')) {
  const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(system)) {
    // No system Chromium: use Playwright's own (a developer laptop).
    console.log('upturn: no system Chromium found; installing Playwright Chromium…');
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  }
}
