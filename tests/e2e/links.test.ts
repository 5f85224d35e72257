// Every internal link on every built page resolves, fragments included (tests/e2e/link-check.ts).
// External sites and the site's own absolute URLs (canonical, hreflang, Open Graph: the head
// tests check those) are not followed: tests never touch the network.
// linkinator was tried first (a checker we did not write): over the 4,300 pages it stalled after
// about 4,000 of them, or took 13 minutes with its fragment pass, so this reads the files directly.
// The same check runs on a project-site build under a path in subpath.test.ts.
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from './link-check.ts';

describe('links', () => {
  it('every internal link and fragment on every page of dist/ resolves', () => {
    const root = inject('builtSite') || 'dist';
    const { pages, links, broken } = checkLinks(root);
    console.log(`link check: ${links} internal links on ${pages} pages, ${broken.length} broken`);
    expect(broken.slice(0, 20)).toEqual([]);
    // The whole archive was read, not just the home pages.
    expect(pages).toBeGreaterThan(4000);
  }, 120_000);
});
