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
import { indexedPart } from '../../src/search/pageCut.ts';
import { writeSearchIndex } from '../../src/search/searchThread.ts';
import { bundleOf, emptyDiv, forIndex, pageLanguage, withoutCharts } from '../../src/search/shards.ts';

const attrs = (e: SearchEntry) => Object.entries(searchAttrs(e)).map(([k, v]) => (v ? `${k}="${v}"` : k)).join(' ');

/** A page shaped like the site's: nav outside the article, a chart, a header and a table inside. */
const page = (lang: string, article: string) => `<!doctype html><html lang="${lang}"><head><title>t</title></head>
<body><nav><a href="/">NAVWORD</a></nav><main>${article}</main><footer>FOOTWORD</footer></body></html>`;

const edition = (lang: string, verdict: string, text: string) => page(lang, `
<article class="report" ${attrs({ kind: 'edition', date: '2025-11-04', title: `T ${lang}`, verdict })}>
  <header class="report-head"><h1>HEADWORD</h1></header>
  <div class="report-body"><h2>${text}</h2><p>${text} overnight</p>
    <figure class="chart"><figcaption>CAPTIONWORD</figcaption><ul class="chart-legend"><li>LEGENDWORD</li></ul>
      <div class="chart-svg"><svg viewBox="0 0 10 10"><text>TICKWORD</text></svg></div>
      <p class="chart-desc">DESCWORD</p><p class="chart-source">SOURCEWORD</p></figure>
    <div class="table-wrap"><table><tr><td>TABLEWORD</td></tr></table></div>
    <div class="report-detail"><h2>DETAILWORD</h2><div class="chart-svg"><div><p>NESTEDWORD</p></div></div><p>LATERWORD</p></div>
  </div>
  <section class="figures"><h2>FIGURESWORD</h2></section>
</article>`);

const FILES: Record<string, string> = {
  'reports/2025-11-04/index.html': edition('zh-CN', '紧张', '隔夜资金价格'),
  'en/reports/2025-11-04/index.html': edition('en', 'stressed', 'funding'),
  // Older editions, which go into bundles of their own by language and span of years.
  'reports/2019-09-17/index.html': edition('zh-CN', '紧张', '回购风波'),
  'en/reports/2019-09-17/index.html': edition('en', 'stressed', 'spike'),
  'en/reports/2019-09-18/index.html': edition('en', 'stressed', 'squeeze'),
  'en/indicators/SOFR/index.html': page('en', `<article class="indicator" ${attrs({ kind: 'indicator' })}>
    <p class="kicker">KICKERWORD</p><h1>Secured Overnight Financing Rate</h1><p class="as-of">DAILYWORD</p><dl class="ind-figures"><dt>x</dt><dd>FIGUREWORD</dd></dl>
    <section class="ind-chart"><div class="ranges"><fieldset class="range-pick"><legend>RANGEWORD</legend></fieldset>
    <div class="range-panel range-default"><figure class="chart"><figcaption><strong>DEFAULTCHARTWORD</strong></figcaption></figure></div>
    <div class="range-panel range-alt"><figure class="chart"><figcaption><strong>ALTCHARTWORD</strong></figcaption></figure></div></div>
    <div class="ind-side"><ul class="downloads"><li><a href="/x.csv">DOWNLOADWORD</a></li></ul></div></section>
    <section class="ind-about"><h2>What it is</h2><p>ABOUTWORD</p><p>Source: RATEWORD [SOFR]</p></section></article>`),
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
  result = await writeSearchIndex(site);
}, 60_000);

afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('bundleOf', () => {
  it('files editions by language and two-year span, everything else in the primary bundle', () => {
    expect(bundleOf('/reports/2019-09-17/', 'zh-cn')).toBe('pagefind-zh-cn-2018-2019');
    expect(bundleOf('/en/reports/2020-03-17/', 'en')).toBe('pagefind-en-2020-2021');
    expect(bundleOf('/en/reports/2025-11-04/', 'en', 1)).toBe('pagefind-en-2025');
    for (const url of ['/indicators/SOFR/', '/en/methodology/', '/reports/', '/']) expect(bundleOf(url, 'en')).toBe('pagefind');
  });

  it("reads a page's language as Pagefind names it, and refuses a page without one", () => {
    expect(pageLanguage('<!doctype html><html lang="zh-CN" dir="ltr">')).toBe('zh-cn');
    expect(() => pageLanguage('<html><body>')).toThrow(/no <html lang>/);
  });

  it('drops chart SVGs, which the index leaves out anyway, and keeps everything around them', () => {
    expect(withoutCharts('<p>a</p><svg viewBox="0 0 1 1"><text>x</text></svg><p>b</p><svg><g/></svg>')).toBe('<p>a</p><svg></svg><p>b</p><svg></svg>');
  });

  it("also drops an edition's tables and what follows its summary, which the index leaves out, but keeps the tables of other pages", () => {
    const sent = forIndex(FILES['en/reports/2025-11-04/index.html'] as string);
    expect(sent).not.toContain('TABLEWORD');
    // What follows the summary goes empty, nested elements and all; what follows it stays.
    expect(sent).toContain('<div class="report-detail"></div>\n  </div>\n  <section class="figures"><h2>FIGURESWORD</h2>');
    expect(sent).not.toContain('TICKWORD');
    expect(sent).toContain('funding overnight');
    const methodology = page('en', `<article class="methodology" ${attrs({ kind: 'methodology' })}><table><tr><td>RULEWORD</td></tr></table></article>`);
    expect(forIndex(methodology)).toContain('RULEWORD');
    // The home page repeats an edition but is not indexed; nothing depends on what it sends.
    expect(forIndex(FILES['en/index.html'] as string)).toContain('HOMEWORD');
  });
});

describe('indexedPart', () => {
  const bytes = (html: string) => new TextEncoder().encode(html);
  const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : null);
  const articleOf = (html: string) => html.slice(html.indexOf('<article'), html.lastIndexOf('</article>') + 10);

  it("sends of an edition what forIndex keeps of its article, and nothing around it or after its summary", () => {
    const whole = FILES['en/reports/2025-11-04/index.html'] as string;
    const cut = text(indexedPart(bytes(whole))) ?? '';
    expect(articleOf(forIndex(cut))).toBe(articleOf(forIndex(whole)));
    expect(pageLanguage(cut)).toBe('en');
    expect(cut).toContain('<title>t</title>');
    for (const word of ['NAVWORD', 'FOOTWORD', 'TABLEWORD', 'TICKWORD', 'DETAILWORD', 'NESTEDWORD', 'LATERWORD']) expect(cut, word).not.toContain(word);
    expect(cut).toContain('<div class="report-detail"></div>');
    expect(cut).toContain('FIGURESWORD');
    expect(cut.length).toBeLessThan(whole.length);
  });

  it('sends nothing of a page the index does not read, and other indexed pages whole', () => {
    expect(indexedPart(bytes(FILES['en/index.html'] as string))).toBeNull();
    const indicator = FILES['en/indicators/SOFR/index.html'] as string;
    expect(text(indexedPart(bytes(indicator)))).toBe(indicator);
  });

  it("sends an edition whole when its detail is never closed, so forIndex reports it", () => {
    const broken = (FILES['en/reports/2025-11-04/index.html'] as string).replace(/<p>LATERWORD<\/p><\/div>[\s\S]*$/, '</article></main></body></html>');
    expect(text(indexedPart(bytes(broken)))).toBe(broken);
  });

  it('returns a copy with a buffer of its own, which can be transferred without touching the page', () => {
    const page = bytes(FILES['reports/2025-11-04/index.html'] as string);
    for (const input of [page, bytes(FILES['en/indicators/SOFR/index.html'] as string)]) {
      const out = indexedPart(input);
      expect(out?.buffer).not.toBe(input.buffer);
      expect(out?.byteOffset).toBe(0);
      expect(out?.byteLength).toBe(out?.buffer.byteLength);
    }
  });
});

describe('emptyDiv', () => {
  it('empties the first div of a class, nested divs included, and says when it is never closed', () => {
    expect(emptyDiv('<p>a</p><div class="x" id="1"><div><div>b</div></div>c</div><div class="x">d</div>', 'x')).toBe('<p>a</p><div class="x" id="1"></div><div class="x">d</div>');
    expect(emptyDiv('<div class="y">a</div>', 'x')).toBe('<div class="y">a</div>');
    expect(() => emptyDiv('<div class="x"><div>a</div>', 'x')).toThrow(/never closed/);
  });
});

describe('writeSearchIndex', () => {
  it('writes one index per page language, of the marked articles only, editions in bundles by language and years', () => {
    expect(result.pages).toEqual({ 'zh-cn': 2, en: 4 });
    expect(result.bytes).toBeGreaterThan(0);
    expect(result.bundles).toEqual(['pagefind', 'pagefind-en-2018-2019', 'pagefind-en-2024-2025', 'pagefind-zh-cn-2018-2019', 'pagefind-zh-cn-2024-2025']);
    expect(fragments().map((f) => f.url)).toEqual(['/en/indicators/SOFR/']);
    expect(fragments('pagefind-en-2018-2019').map((f) => f.url).sort()).toEqual(['/en/reports/2019-09-17/', '/en/reports/2019-09-18/']);
    expect(fragments('pagefind-zh-cn-2024-2025').map((f) => f.url)).toEqual(['/reports/2025-11-04/']);
    // The search page reads the bundles of its language from the primary one.
    // Written in name order whatever order the bundles were finished in, so builds are reproducible.
    expect(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')).toBe(JSON.stringify({
      en: ['/pagefind-en-2018-2019/', '/pagefind-en-2024-2025/'],
      'zh-cn': ['/pagefind-zh-cn-2018-2019/', '/pagefind-zh-cn-2024-2025/'],
    }));
  });

  it("indexes an edition's summary and chart titles and an indicator's name, notes and source, but not what follows the summary, navigation, chart internals or descriptions, edition headers, tables, an indicator's kicker, daily figures, charts or downloads", () => {
    // Chinese content comes back segmented into words, with zero-width spaces between them.
    const all = result.bundles.flatMap((b) => fragments(b)).map((f) => f.content.replaceAll('\u200b', '')).join(' ');
    expect(all).toContain('funding overnight');
    expect(all).toContain('隔夜资金价格');
    expect(all).toContain('CAPTIONWORD');
    expect(all).toContain('Secured Overnight Financing Rate');
    expect(all).toContain('FIGURESWORD');
    expect(all).toContain('ABOUTWORD');
    expect(all).toContain('RATEWORD [SOFR]');
    for (const word of ['KICKERWORD', 'DEFAULTCHARTWORD', 'DOWNLOADWORD', 'RANGEWORD', 'ALTCHARTWORD', 'DETAILWORD', 'NESTEDWORD', 'LATERWORD', 'NAVWORD', 'FOOTWORD', 'HEADWORD', 'LEGENDWORD', 'TICKWORD', 'DESCWORD', 'SOURCEWORD', 'TABLEWORD', 'DAILYWORD', 'FIGUREWORD', 'HOMEWORD']) {
      expect(all, word).not.toContain(word);
    }
  });

  it("keeps an edition's title, date and verdict as metadata and its kind and date as filters", () => {
    const zh = fragments('pagefind-zh-cn-2024-2025').find((f) => f.url === '/reports/2025-11-04/');
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
