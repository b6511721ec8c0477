/**
 * Gate: every built page loads in Chromium with no Content-Security-Policy
 * violation, no console error, no failed request and no request to any other
 * host, including what loads while the reader scrolls to the end.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/site';

for (const page of builtPages()) {
  test(`${page.path} (${page.type}) loads cleanly`, async ({ page: tab, baseURL }) => {
    test.setTimeout(90_000);
    const problems: string[] = [];
    tab.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    tab.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== new URL(baseURL!).origin && url.protocol !== 'data:') problems.push(`request to another host: ${r.url()}`);
    });
    tab.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
    tab.on('response', (r) => {
      if (r.status() >= 400 && r.url() !== new URL(page.path, baseURL).href) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await tab.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });

    const fonts: string[] = [];
    tab.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
    });
    const response = await tab.goto(page.path);
    expect(response?.status()).toBe(200);
    await tab.waitForLoadState('load');
    expect(fonts.length, `font files on first view: ${fonts.join(', ')}`).toBeLessThanOrEqual(page.budgets.fonts);
    // Scroll to the end so lazily loaded code (GSAP) loads under the policy too.
    await tab.mouse.move(10, 200);
    for (let i = 0; i < 200; i++) {
      await tab.mouse.wheel(0, 1500);
      await tab.waitForTimeout(30);
      if (await tab.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2)) break;
    }
    await tab.waitForTimeout(500);
    expect(problems).toEqual([]);
  });
}

test('an unknown address shows the not-found page with a 404 status and links back into the story', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This page does not exist');
  await expect(page.locator('.lost__sections a')).toHaveCount(7);
  await expect(page.locator('.lost__sections a').first()).toHaveAttribute('href', '/#a-room-with-a-view');
});

test('the security headers arrive with every page, and only embeds may be framed', async ({ request }) => {
  for (const p of builtPages()) {
    const r = await request.get(p.path);
    const h = r.headers();
    expect(h['x-content-type-options'], p.path).toBe('nosniff');
    expect(h['referrer-policy'], p.path).toBe('strict-origin-when-cross-origin');
    // Only the embeddable charts may be framed by other sites.
    if (p.embeddable) {
      expect(h['content-security-policy'], p.path).toContain('frame-ancestors *');
      expect(h['content-security-policy'], p.path).not.toContain("frame-ancestors 'none'");
    } else expect(h['content-security-policy'], p.path).toContain("frame-ancestors 'none'");
    expect(h['content-encoding'], p.path).toBe('br');
  }
  // A client without Brotli still gets the page compressed.
  const r = await request.get('/', { headers: { 'accept-encoding': 'gzip' } });
  expect(r.headers()['content-encoding']).toBe('gzip');
  expect(await r.text()).toContain('<story-engine');
});
