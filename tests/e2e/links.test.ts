// Every internal link on every built page resolves, fragments included: each href/src of every
// HTML file in dist/ that points inside the site must name a file the build wrote, and a
// #fragment must name an id on the target page. External sites and the site's own absolute
// URLs (canonical, hreflang, Open Graph: the head tests check those) are not followed: tests
// never touch the network.
// linkinator was tried first (a checker we did not write): over the 4,300 pages it stalled after
// about 4,000 of them, or took 13 minutes with its fragment pass, so this reads the files directly.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from './scan.ts';

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

/** The file a site path is served from, or undefined when the build did not write it. */
function fileFor(root: string, path: string): string | undefined {
  const direct = join(root, decodeURIComponent(path));
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe('links', () => {
  it('every internal link and fragment on every page of dist/ resolves', () => {
    const root = inject('builtSite') || 'dist';
    const pages = htmlFiles(root);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let s = ids.get(file);
      if (!s) ids.set(file, (s = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1] as string))));
      return s;
    };
    const broken: string[] = [];
    let links = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
      const base = new URL(file.slice(root.length).replace(/index\.html$/, ''), 'http://site.invalid/');
      for (const [, raw = ''] of html.matchAll(ATTR)) {
        if (/^(?:[a-z]+:|\/\/)/i.test(raw) && !raw.startsWith('http://site.invalid')) continue; // external or absolute
        const url = new URL(raw.replace(/&amp;/g, '&'), base);
        links++;
        const target = fileFor(root, url.pathname);
        if (!target) broken.push(`${raw} (on ${file.slice(root.length)})`);
        else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${raw}: no id "${url.hash.slice(1)}" (on ${file.slice(root.length)})`);
        }
      }
    }
    console.log(`link check: ${links} internal links on ${pages.length} pages, ${broken.length} broken`);
    expect(broken.slice(0, 20)).toEqual([]);
    // The whole archive was read, not just the home pages.
    expect(pages.length).toBeGreaterThan(4000);
  }, 120_000);
});
