// Screenshots of built pages, for looking at them: npm run screenshot -- [path ...]
// Builds nothing: run `npm run build` first. Writes PNGs to tests/e2e/screenshots/.
// `npm run screenshot -- --readme` writes docs/screenshot.png instead: the first screen of the
// Chinese home page on a desktop, as the README shows it.
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveDir } from '../tests/e2e/static-server.ts';

const args = process.argv.slice(2);
const readme = args.includes('--readme');
const paths = args.filter((a) => !a.startsWith('--'));
const outDir = 'tests/e2e/screenshots';
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
    for (const [label, width] of [['desktop', 1100], ['phone', 390]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const path of paths.length ? paths : ['/', '/en/']) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        const name = `${outDir}/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'index'}-${label}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(`screenshot: ${name}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
