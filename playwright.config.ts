import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import { TEST_EDITOR_KEY_SHA256 } from './tests/helpers/editor-key';

/**
 * Which Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * one that `npx playwright install chromium` downloaded. If none exists, stop
 * with a message that says how to get one (Playwright's download cannot work
 * on machines without internet access, so it is never attempted here).
 */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // No browser registry entry: fall through to the message below.
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  sudo apt-get install -y chromium        (Debian/Ubuntu; used at /usr/bin/chromium)\n' +
      '  npx playwright install chromium         (downloads Playwright\'s own build)\n' +
      'or point CHROMIUM_PATH at an existing Chrome or Chromium binary.',
  );
}

const executablePath = chromiumPath();
/** PORT and DIST_DIR let a second build be tested beside the first. */
const PORT = Number(process.env.PORT ?? 4321);

export default defineConfig({
  testDir: './tests',
  reporter: process.env.CI ? 'list' : [['list']],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Without the background-networking flags Chromium tries to reach
      // Google's servers, which this network refuses.
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    // The reader's experience, at a phone and a desktop size. Behaviour that
    // does not depend on the width is tagged to run at one of them only:
    // @phone (touch, narrow screens) or @desktop (mouse, keyboard); axe checks
    // of the new pages run light on the phone and dark on the desktop.
    { name: 'phone', testMatch: 'e2e/**/*.spec.ts', grepInvert: /@desktop/, use: { viewport: { width: 375, height: 667 }, hasTouch: true } },
    { name: 'desktop', testMatch: 'e2e/**/*.spec.ts', grepInvert: /@phone/, use: { viewport: { width: 1280, height: 800 } } },
    // Paper: the handout and the story printed to PDF on A4 and US Letter.
    { name: 'print', testMatch: 'print/**/*.spec.ts', use: { viewport: { width: 1280, height: 800 } } },
    // A second build whose steps name their states out of order (built and
    // served by the spec itself, on its own port).
    { name: 'fixture', testMatch: 'fixture/**/*.spec.ts', timeout: 120_000 },
    // Quality gates that load every built page once.
    { name: 'pages', testMatch: 'browser-gates/pages.spec.ts', use: { viewport: { width: 1280, height: 800 } } },
    // Lighthouse runs alone (its own Chromium, one page at a time) so other
    // tests do not compete for the CPU it measures.
    { name: 'lighthouse', testMatch: 'browser-gates/lighthouse.spec.ts', fullyParallel: false },
  ],
  // The site must be built first (`npm test` does it); the server is the one a
  // static host would be (gzip, dist/_headers and the 404 page), with the class
  // service mounted as `npm start` runs it.
  webServer: {
    command: 'npm run preview',
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    // The class service's test data in a database of its own, never the one `npm start` keeps.
    env: { ...(process.env as Record<string, string>), ASTRO_TELEMETRY_DISABLED: '1', PGLITE_DIR: `.data/e2e-${PORT}`, EDITOR_KEY_SHA256: TEST_EDITOR_KEY_SHA256 },
  },
});
