// Screenshots of built pages, for looking at them: npm run screenshot -- [path ...] [options]
// Builds nothing: run `npm run build` first. Writes PNGs to tests/e2e/screenshots/ (not committed).
// Without paths it takes every page type in both languages: home, a calm and a stressed edition,
// the archive, an indicator and search results. Options:
//   --first-screen   only what shows before scrolling (default: the whole page)
//   --dark           also in dark mode (prefers-color-scheme: dark)
//   --widths=390,1280
//   --charts         also each chart of the page on its own (<slug>-<width>-<scheme>-<chart id>.png)
// `npm run screenshot -- --readme` writes docs/screenshot.png instead: the first screen of the
// Chinese home page on a desktop, as the README shows it.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveDir } from '../tests/e2e/static-server.ts';

const args = process.argv.slice(2);
const readme = args.includes('--readme');
const firstScreen = args.includes('--first-screen');
const charts = args.includes('--charts');
const schemes = args.includes('--dark') ? (['light', 'dark'] as const) : (['light'] as const);
const widths = (args.find((a) => a.startsWith('--widths='))?.slice('--widths='.length) ?? '390,1280').split(',').map(Number);
const outDir = 'tests/e2e/screenshots';

/** Every page type, both languages; editions only when this build has them. */
function defaultPaths(): string[] {
  const editions = ['/reports/2025-10-31/', '/reports/2024-05-15/'].filter((p) => existsSync(`dist${p}index.html`));
  const types = ['/', ...editions, '/reports/', '/indicators/SOFR/', '/search/?q=SOFR'];
  return types.flatMap((p) => [p, `/en${p}`]);
}

const paths = args.filter((a) => !a.startsWith('--'));
await mkdir(readme ? 'docs' : outDir, { recursive: true });
const server = await serveDir('dist');
const browser = await launchChromium();
try {
  if (readme) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.screenshot({ path: 'docs/screenshot.png' });
    console.log('screenshot: docs/screenshot.png');
  } else {
    const list = paths.length ? paths : defaultPaths();
    console.log(`screenshot: ${list.length} page(s) × ${widths.length} width(s) × ${schemes.length} scheme(s)`);
    for (const scheme of schemes) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme });
        for (const path of list) {
          await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
          // Search results come from the script; give them a moment to arrive.
          if (path.includes('/search/')) await page.waitForSelector('.search-results li', { timeout: 15000 }).catch(() => undefined);
          const slug = path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'index';
          const name = `${outDir}/${slug}-${width}-${scheme}${firstScreen ? '-first' : ''}.png`;
          await page.screenshot({ path: name, fullPage: !firstScreen });
          console.log(`screenshot: ${name}`);
          if (charts) {
            for (const fig of await page.locator('figure.chart[id]').all()) {
              const file = `${outDir}/${slug}-${width}-${scheme}-${(await fig.getAttribute('id'))?.replace(/^chart-/, '')}.png`;
              await fig.screenshot({ path: file });
              console.log(`screenshot: ${file}`);
            }
          }
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
