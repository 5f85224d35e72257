// The search index step on a tiny built site: Pagefind (the real binary) splits pages by
// <html lang>, indexes only articles marked by searchAttrs(), leaves out what SEARCH_EXCLUDE
// names, and keeps result metadata and filters. The browser test covers searching the index.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchAttrs, type SearchEntry } from '../../src/search/attrs.ts';
import { shardYears, writeSearchIndex } from '../../src/search/integration.ts';

const attrs = (e: SearchEntry) => Object.entries(searchAttrs(e)).map(([k, v]) => (v ? `${k}="${v}"` : k)).join(' ');

/** A page shaped like the site's: nav outside the article, a chart, a header and a table inside. */
const page = (lang: string, article: string) => `<!doctype html><html lang="${lang}"><head><title>t</title></head>
<body><nav><a href="/">NAVWORD</a></nav><main>${article}</main><footer>FOOTWORD</footer></body></html>`;

const edition = (lang: string, verdict: string, text: string) => page(lang, `
<article class="report" ${attrs({ kind: 'edition', date: '2025-11-04', title: `T ${lang}`, verdict })}>
  <header class="report-head"><h1>HEADWORD</h1></header>
  <div class="report-body"><h2>${text}</h2><p>${text} overnight</p>
    <figure class="chart"><figcaption>CAPTIONWORD</figcaption><ul class="chart-legend"><li>LEGENDWORD</li></ul>
      <div class="chart-svg"><svg viewBox="0 0 10 10"><text>TICKWORD</text></svg></div></figure>
    <div class="table-wrap"><table><tr><td>TABLEWORD</td></tr></table></div>
  </div>
</article>`);

const FILES: Record<string, string> = {
  'reports/2025-11-04/index.html': edition('zh-CN', '紧张', '隔夜资金价格'),
  'en/reports/2025-11-04/index.html': edition('en', 'stressed', 'funding'),
  // An older edition, which a shard limit of one edition puts in a bundle of its own.
  'reports/2019-09-17/index.html': edition('zh-CN', '紧张', '回购风波'),
  'en/reports/2019-09-17/index.html': edition('en', 'stressed', 'spike'),
  'en/indicators/SOFR/index.html': page('en', `<article class="indicator" ${attrs({ kind: 'indicator' })}>
    <h1>Secured Overnight Financing Rate</h1><p class="as-of">DAILYWORD</p><dl class="ind-figures"><dt>x</dt><dd>FIGUREWORD</dd></dl></article>`),
  // The home page repeats the latest edition without the attributes: not indexed.
  'index.html': page('zh-CN', '<article class="report"><p>首页</p></article>'),
  'en/index.html': page('en', '<article class="report"><p>HOMEWORD</p></article>'),
};

let site: string;
let result: Awaited<ReturnType<typeof writeSearchIndex>>;

/** Every indexed page's fragment (url, content, meta, filters), read back from the written bundle. */
function fragments(bundle = 'pagefind'): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const dir = join(site, bundle, 'fragment');
  return readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{')));
  });
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'search-index-'));
  for (const [file, html] of Object.entries(FILES)) {
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), html);
  }
  result = await writeSearchIndex(site, 1);
}, 60_000);

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('shardYears', () => {
  const days = (year: string, n: number) => Array.from({ length: n }, (_, i) => `${year}-01-${String(i + 1).padStart(2, '0')}`);

  it('packs consecutive years, newest first, into shards of at most the given number of editions', () => {
    const dates = [...days('2018', 3), ...days('2019', 5), ...days('2020', 5), ...days('2021', 2)];
    expect(shardYears(dates, 10)).toEqual([['2021', '2020'], ['2019', '2018']]);
    expect(shardYears(dates, 4)).toEqual([['2021'], ['2020'], ['2019'], ['2018']]); // a larger year stands alone
    expect(shardYears(dates, 100)).toEqual([['2021', '2020', '2019', '2018']]);
  });

  it('keeps one shard (for indicators and the methodology) when there is no edition', () => {
    expect(shardYears([])).toEqual([[]]);
  });
});

describe('writeSearchIndex', () => {
  it('writes one index per page language, of the marked articles only, in shards of the newest years first', () => {
    expect(result.pages).toEqual({ 'zh-cn': 2, en: 3 });
    expect(result.bytes).toBeGreaterThan(0);
    expect(result.bundles).toEqual(['pagefind', 'pagefind-2019-2019']);
    expect(fragments().map((f) => f.url).sort()).toEqual(['/en/indicators/SOFR/', '/en/reports/2025-11-04/', '/reports/2025-11-04/']);
    expect(fragments('pagefind-2019-2019').map((f) => f.url).sort()).toEqual(['/en/reports/2019-09-17/', '/reports/2019-09-17/']);
    // The search page reads the other bundles from the primary one.
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8'))).toEqual(['/pagefind-2019-2019/']);
  });

  it('indexes the prose and chart captions but not navigation, chart internals, edition headers, tables or daily figures', () => {
    // Chinese content comes back segmented into words, with zero-width spaces between them.
    const all = fragments().map((f) => f.content.replaceAll('\u200b', '')).join(' ');
    expect(all).toContain('funding overnight');
    expect(all).toContain('隔夜资金价格');
    expect(all).toContain('CAPTIONWORD');
    expect(all).toContain('Secured Overnight Financing Rate');
    for (const word of ['NAVWORD', 'FOOTWORD', 'HEADWORD', 'LEGENDWORD', 'TICKWORD', 'TABLEWORD', 'DAILYWORD', 'FIGUREWORD', 'HOMEWORD']) {
      expect(all, word).not.toContain(word);
    }
  });

  it("keeps an edition's title, date and verdict as metadata and its kind and date as filters", () => {
    const zh = fragments().find((f) => f.url === '/reports/2025-11-04/');
    expect(zh?.meta).toMatchObject({ title: 'T zh-CN', date: '2025-11-04', verdict: '紧张', kind: 'edition' });
    expect(zh?.filters).toEqual({ kind: ['edition'], date: ['2025-11-04'] });
    const indicator = fragments().find((f) => f.url === '/en/indicators/SOFR/');
    expect(indicator?.meta.title).toBe('Secured Overnight Financing Rate');
    expect(indicator?.filters).toEqual({ kind: ['indicator'] });
  });

  it('writes the browser bundle the search page loads, without the ready-made UIs it does not use', () => {
    const bundle = join(site, 'pagefind');
    expect(existsSync(join(bundle, 'pagefind.js'))).toBe(true);
    expect(readdirSync(bundle).filter((f) => /-ui\.(js|css)$|highlight/.test(f))).toEqual([]);
  });
});
