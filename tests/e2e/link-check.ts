// The link check over a built site: every internal href/src of every HTML file must name a file
// the build wrote, and a #fragment an id on the target page. `base` is the path the site is
// served under ("/" or "/repo/"): a link outside it is broken, since it would leave the site.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './scan.ts';

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;
const ORIGIN = 'http://site.invalid';

/** The file a site path is served from, or undefined when the build did not write it. */
function fileFor(root: string, path: string): string | undefined {
  const direct = join(root, decodeURIComponent(path));
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : undefined;
}

export interface LinkReport {
  readonly pages: number;
  readonly links: number;
  readonly broken: readonly string[];
}

export function checkLinks(dir: string, base = '/'): LinkReport {
  const root = dir.replace(/\/+$/, '');
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
    const at = new URL(`${base}${file.slice(root.length + 1).replace(/index\.html$/, '')}`, ORIGIN);
    for (const [, raw = ''] of html.matchAll(ATTR)) {
      if (/^(?:[a-z]+:|\/\/)/i.test(raw) && !raw.startsWith(ORIGIN)) continue; // external or absolute
      const url = new URL(raw.replace(/&amp;/g, '&'), at);
      links++;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${raw}: outside the site's path ${base} (on ${file.slice(root.length)})`);
        continue;
      }
      const target = fileFor(root, url.pathname.slice(base.length - 1));
      if (!target) broken.push(`${raw} (on ${file.slice(root.length)})`);
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${raw}: no id "${url.hash.slice(1)}" (on ${file.slice(root.length)})`);
      }
    }
  }
  return { pages: pages.length, links, broken };
}
