// Screenshots of built pages, for looking at them: npm run screenshot -- [path ...]
// Builds nothing: run `npm run build` first. Writes PNGs to tests/e2e/screenshots/.
import { mkdir } from 'node:fs/promises';
import { launchChromium } from '../tests/e2e/browser.ts';
import { serveDir } from '../tests/e2e/static-server.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/en/'];
const outDir = 'tests/e2e/screenshots';
await mkdir(outDir, { recursive: true });
const server = await serveDir('dist');
const browser = await launchChromium();
try {
  for (const [label, width] of [['desktop', 1100], ['phone', 390]] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const name = `${outDir}/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'index'}-${label}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(`screenshot: ${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
