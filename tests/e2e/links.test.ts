// Every link on every built page resolves: linkinator (a link checker this team did not write)
// crawls the whole of dist/ from the home pages, following every internal <a>, <link>, <img>
// and <script>. External sites and the site's own absolute URLs (canonical, hreflang, Open
// Graph: the head tests check those) are not fetched: tests never touch the network.
// In-page #fragments are not checked here: over 4,000 pages linkinator's fragment pass took
// 13 minutes on CI's two cores against 20 s without it; the archive test follows its anchors.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from './a11y-site.ts';

const PORT = 40_000 + (process.pid % 20_000);
const LOCAL = `http://127.0.0.1:${PORT}/`;

let dir = inject('builtSite');
let ownBuild = false;

beforeAll(async () => {
  if (!dir) {
    dir = await mkdtemp(join(tmpdir(), 'usd-liquidity-links-'));
    ownBuild = true;
    await buildSite(dir);
  }
});

afterAll(async () => {
  if (ownBuild) await rm(dir, { recursive: true, force: true });
});

describe('links', () => {
  it('every internal link on every page of dist/ resolves', async () => {
    const checker = new LinkChecker();
    let pages = 0;
    checker.on('pagestart', () => {
      pages++;
      if (pages % 1000 === 0) console.log(`link check: ${pages} pages crawled`);
    });
    const result = await checker.check({
      path: dir,
      port: PORT,
      recurse: true,
      concurrency: 25,
      // The local static server can drop a connection under load; a dropped one is retried.
      retryErrors: true,
      retryErrorsCount: 3,
      linksToSkip: async (link) => !link.startsWith(LOCAL),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
    const report = broken.slice(0, 20).map((l) => `${l.status ?? '—'} ${l.url} (on ${l.parent ?? '?'})`).join('\n');
    console.log(`link check: ${result.links.length} links on ${pages} pages, ${broken.length} broken`);
    expect(broken, `broken links:\n${report}`).toEqual([]);
    // The crawl reached the whole archive, not just the home pages.
    expect(pages).toBeGreaterThan(1000);
  }, 300_000);
});
