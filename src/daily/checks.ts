// Checks on a built site before it is published: every page kind is there, nothing shows a
// template leftover, no absolute URL points at a developer's machine, and the home pages show
// the snapshot's latest edition. Reads dist/ only; knows nothing about how it was built.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { basePathOf } from '../site/site-url.ts';

export interface SiteProblem {
  /** Path inside dist/, with forward slashes. */
  readonly file: string;
  readonly problem: string;
}

export interface SiteExpectations {
  /** Date of the latest edition the snapshot supports (YYYY-MM-DD). */
  readonly latestEdition: string;
  /** The site's public address (ends in "/"); every sitemap entry must start with it. */
  readonly siteUrl: string;
}

/** Pages that must exist in every published build, in both languages. */
export function requiredFiles(latestEdition: string): string[] {
  const perLocale = ['index.html', 'reports/index.html', `reports/${latestEdition}/index.html`, 'methodology/index.html', 'data/index.html', 'rss.xml',
    'regime.xml', 'search/index.html'];
  // The machine-readable downloads are language-neutral: one of each; the search page loads the
  // index the build writes to pagefind/.
  return [...perLocale, ...perLocale.map((f) => `en/${f}`), 'sitemap-index.xml', `reports/${latestEdition}/figures.json`, 'downloads/snapshot.zip', 'status.json',
    'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];
}

/** Page kinds that exist once per series: at least one of each must be built. */
const REQUIRED_DIRS = [
  { dir: 'indicators', what: 'an indicator page', match: (name: string) => !name.includes('.') },
  { dir: 'en/indicators', what: 'an English indicator page', match: (name: string) => !name.includes('.') },
  { dir: 'downloads', what: 'a CSV download', match: (name: string) => name.endsWith('.csv') },
];

// Template leftovers: values that never got computed, placeholders and directives left unfilled.
const LEFTOVER = /\bNaN\b|\bundefined\b|\{\{|\}\}|(?:^|[^\w:\\]):{2,}[a-z][\w-]*/m;
// Absolute URLs to this machine: fine in a local preview, never linked from a published site.
// (A series fetched from a local test server names it as its source; that is data, not a link.)
const LOCAL_URL = /\b(?:https?:)?\/\/(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])(?=[:/"'\s<?#]|$)/i;
const TEXT_EXT = /\.(?:html|xml|txt|csv|json|webmanifest)$/;

/** HTML without <style>/<script> blocks, whose braces and colons are code, not leftovers. */
export const withoutCode = (html: string) => html.replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '');

/** The offending text with a little context, for a message a person can act on. */
function excerpt(text: string, re: RegExp): string {
  const m = re.exec(text);
  if (!m) return '';
  const from = Math.max(0, m.index - 40);
  return text.slice(from, m.index + m[0].length + 40).replace(/\s+/g, ' ').trim();
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/')).sort();
}

// Where a page or feed carries URLs: link-like attributes in HTML and SVG, link elements in XML.
const HTML_URL_ATTR = /\s(?:href|src|srcset|content|action|poster|xlink:href)\s*=\s*("[^"]*"|'[^']*')/gi;
const XML_URL = /<(?:link|loc|guid|comments|url)>([^<]*)(?=<)|\s(?:href|url)="([^"]*)"/g;

/** The absolute URLs a file links to: attributes of pages, link elements of feeds and sitemaps, all of a text file. */
export function linkedUrls(file: string, text: string): string[] {
  if (file.endsWith('.html')) return [...text.matchAll(HTML_URL_ATTR)].map((m) => (m[1] as string).slice(1, -1));
  if (file.endsWith('.xml')) return [...text.matchAll(XML_URL)].map((m) => (m[1] ?? m[2] ?? '').trim());
  // JSON downloads link only by site-relative paths; the URLs they hold are provenance (data), which
  // names a local test server when the snapshot was updated from one.
  if (file.endsWith('.json')) return [];
  return [text];
}

/**
 * Problems found in one text file of the site (pure: the content is passed in). `base` is the
 * path the site is served under ("/" or "/repo/"): under a path, a page linking "/en/…" would
 * leave the site.
 */
export function checkFileText(file: string, text: string, base = '/'): SiteProblem[] {
  const problems: SiteProblem[] = [];
  if (file.endsWith('.html')) {
    const visible = withoutCode(text);
    if (LEFTOVER.test(visible)) problems.push({ file, problem: `template leftover (NaN, undefined, {{ }} or an unfilled directive): "…${excerpt(visible, LEFTOVER)}…"` });
  } else if (file.endsWith('.json')) {
    try {
      JSON.parse(text);
    } catch (err) {
      problems.push({ file, problem: `not valid JSON (${(err as Error).message}); readers of the downloads cannot parse it` });
    }
  } else if (file.endsWith('.xml') && /\bNaN\b|\bundefined\b/.test(text)) {
    problems.push({ file, problem: `NaN or undefined in feed/sitemap: "…${excerpt(text, /\bNaN\b|\bundefined\b/)}…"` });
  }
  if (base !== '/' && file.endsWith('.html')) {
    const outside = linkedUrls(file, withoutCode(text)).find((u) => /^\/(?!\/)/.test(u) && !u.startsWith(base));
    if (outside !== undefined) problems.push({ file, problem: `links "${outside}", outside the site's path ${base}; build every internal link with src/site/paths.ts` });
  }
  const local = linkedUrls(file, text).find((u) => LOCAL_URL.test(u));
  if (local !== undefined) {
    problems.push({ file, problem: `links to this machine ("${excerpt(local, LOCAL_URL)}"); build with SITE_URL set to the public address` });
  }
  return problems;
}

/** Every <loc> of a sitemap file. */
export const sitemapLocs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] as string);

export async function checkSite(distDir: string, expect: SiteExpectations, onProgress?: (done: number, total: number) => void): Promise<SiteProblem[]> {
  const problems: SiteProblem[] = [];
  let files: string[];
  try {
    files = await listFiles(distDir);
  } catch (err) {
    return [{ file: '.', problem: `cannot read the built site in ${distDir}: ${(err as Error).message}` }];
  }
  const present = new Set(files);
  for (const f of requiredFiles(expect.latestEdition)) {
    if (!present.has(f)) problems.push({ file: f, problem: 'missing: every published build has this page' });
  }
  for (const { dir, what, match } of REQUIRED_DIRS) {
    const has = files.some((f) => f.startsWith(`${dir}/`) && match(f.slice(dir.length + 1).split('/')[0] ?? ''));
    if (!has) problems.push({ file: `${dir}/`, problem: `missing: no ${what} was built` });
  }

  const texts = files.filter((f) => TEXT_EXT.test(f));
  const base = basePathOf(expect.siteUrl);
  // Bounded parallel reads: a full build has thousands of pages.
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < texts.length) {
      const file = texts[next++] as string;
      const text = await readFile(join(distDir, file), 'utf8');
      problems.push(...checkFileText(file, text, base));
      if (/^sitemap[\w-]*\.xml$/.test(file)) {
        for (const loc of sitemapLocs(text)) {
          if (!loc.startsWith(expect.siteUrl)) problems.push({ file, problem: `sitemap entry ${loc} is not on the site's address ${expect.siteUrl}` });
        }
      }
      if (++done % 1000 === 0) onProgress?.(done, texts.length);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));

  for (const [feed, home] of [['rss.xml', expect.siteUrl], ['en/rss.xml', `${expect.siteUrl}en/`]] as const) {
    if (!present.has(feed)) continue;
    const link = /<channel>[\s\S]*?<link>([^<]*)<\/link>/.exec(await readFile(join(distDir, feed), 'utf8'))?.[1];
    if (link !== home) problems.push({ file: feed, problem: `feed channel link is ${link ?? '(none)'}; it should be this language's home page ${home}` });
  }
  for (const home of ['index.html', 'en/index.html']) {
    if (!present.has(home)) continue;
    const html = await readFile(join(distDir, home), 'utf8');
    const asOf = /<article class="report"[^>]*\bdata-as-of="([\d-]+)"/.exec(html)?.[1];
    if (asOf !== expect.latestEdition) {
      problems.push({ file: home, problem: `home page shows the edition of ${asOf ?? '(no dated edition found)'}, but the snapshot's latest edition is ${expect.latestEdition}` });
    }
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Problems as lines for the terminal, at most `limit` of them plus a count of the rest. */
export function formatProblems(problems: readonly SiteProblem[], limit = 20): string[] {
  const lines = problems.slice(0, limit).map((p) => `  ${p.file}: ${p.problem}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return lines;
}
