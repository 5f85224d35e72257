// The built site a browser test file checks: the one the globalSetup (a11y-build.ts) built for
// all files, or, when a file runs without it, a small site of its own (editions from
// `editionsFrom` on), removed afterwards. Serves it on 127.0.0.1 and opens Debian's chromium.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { buildSite } from './a11y-site.ts';
import { launchChromium } from './browser.ts';
import { serveDir, type StaticServer } from './static-server.ts';

export interface SharedSite {
  /** The built site's directory. */
  readonly dir: string;
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Registers the file's beforeAll/afterAll; the returned getter is valid inside tests. */
export function useSharedSite(name: string, editionsFrom: string): () => SharedSite {
  let site: SharedSite | undefined;
  let ownDir: string | undefined;
  beforeAll(async () => {
    let dir = inject('builtSite');
    if (!dir) {
      dir = ownDir = await mkdtemp(join(tmpdir(), `usd-liquidity-${name}-`));
      await buildSite(dir, editionsFrom);
    }
    site = { dir, server: await serveDir(dir), browser: await launchChromium() };
  });
  afterAll(async () => {
    await site?.browser.close();
    await site?.server.close();
    if (ownDir) await rm(ownDir, { recursive: true, force: true });
  });
  return () => {
    if (!site) throw new Error('the shared site is only available inside tests, after beforeAll');
    return site;
  };
}

/**
 * axe finds no violation on the page as it stands, the page is no wider than its viewport, and no
 * table cell is squeezed to a character or two a line (Chinese breaks anywhere, so a phone had
 * stacked a column's labels one character a line).
 */
export async function expectAccessibleLayout(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page wider than the viewport').toBeLessThanOrEqual(0);
  const squeezed = await page.evaluate(() => [...document.querySelectorAll('th, td')].filter((cell) => {
    const box = cell.getBoundingClientRect();
    const em = Number.parseFloat(getComputedStyle(cell).fontSize);
    // Narrower than three characters and taller than three lines of them.
    return (cell.textContent ?? '').trim().length >= 2 && box.width > 0 && box.width < 3.2 * em && box.height > 3 * em;
  }).map((cell) => `${cell.closest('table')?.className ?? 'table'}: ${(cell.textContent ?? '').trim().slice(0, 20)}`));
  expect(squeezed, 'table cells squeezed to a character or two a line').toEqual([]);
}
