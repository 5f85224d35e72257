// Structural checks of a built site that hold for any snapshot: the live smoke test runs them on
// a build of content/data, the browser test on a build of the frozen fixture. Plain text scans,
// so they do not reuse the code that wrote the pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS, mentionedTopics } from '../../src/catalog/events.ts';

/** Every .html file under dir (absolute-ish paths, dir included). */
export const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

/** Page HTML without <style>/<script> blocks, whose braces are not template leftovers. */
export const withoutCode = (html: string) => html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');

/** NaN, undefined, an unfilled {{ placeholder }} or a directive the template left unrendered. */
const LEFTOVER = /.{0,40}(\bNaN\b|\bundefined\b|\{\{|\}\}|:::|::(?:chart|table)\b).{0,40}/;

/** A chart with data draws a line or area through two or more points, or at least one dot. */
// Plot names its marks with aria-label; the site moves that to data-mark (valid HTML). Accept both.
// Lines may be written as relative moves (charts/svgChart.ts: `l3-1`).
const MARK_WITH_DATA = /(?:aria-label|data-mark)="(?:line|area)"[^>]*>(?:\s*<g[^>]*>)*\s*<path[^>]*\sd="M[^"]*[Ll]|(?:aria-label|data-mark)="dot"[^>]*>(?:\s*<g[^>]*>)*\s*<circle/;

export interface SiteScan {
  /** `file: …text around it…` for each page with a leftover */
  leftovers: string[];
  /** `file: figure date > edition date` */
  late: string[];
  /** `file: chart id` for each chart without a drawn mark */
  emptyCharts: string[];
  /** `file: "word" …` for each edition naming a policy event or episode before it happened */
  earlyEvents: string[];
  /** `file: …text…` for each Chinese page with a half-width space before full-width punctuation ("10月9日 （按…"), half-width brackets after Chinese ("理事会 (FRED)") or a space between a date and the Chinese after it ("3月27日 的") */
  zhSpacing: string[];
  /** Pages that are editions (they carry data-as-of), charts seen, pages scanned. */
  editions: number;
  charts: number;
  pages: number;
}

export const emptyScan = (): SiteScan => ({ leftovers: [], late: [], emptyCharts: [], earlyEvents: [], zhSpacing: [], editions: 0, charts: 0, pages: 0 });

/** The page's visible text: tags dropped, entities left as they are (event words have none). */
const visibleText = (html: string) => html.replace(/<[^>]+>/g, ' ');

/** A half-width space before Chinese punctuation, in the text as read (tags dropped without a space). */
const SPACE_BEFORE_ZH_PUNCT = /.{0,20}[ \u00a0]+[（）。，；：、！？].{0,10}/;
/** Half-width brackets right after Chinese text, where Chinese takes full-width ones: "理事会 (FRED)". */
const LATIN_PARENS_AFTER_ZH = /.{0,20}[\u4e00-\u9fff][ \u00a0]?\([^)]{0,40}\)/;

/**
 * A space between a date and the Chinese after it, in running text (a chart key's "date event"
 * items are lists, not sentences, and are left out), except around the range words 至 and 到.
 */
const SPACE_AFTER_ZH_DATE = /.{0,20}\d日[ \u00a0]+(?![至到])[\u4e00-\u9fff].{0,10}/;

/** Scans one page into `into`; an edition's date comes from the page's own data-as-of. */
export function scanPage(file: string, html: string, into: SiteScan): void {
  const text = withoutCode(html);
  const left = LEFTOVER.exec(text);
  if (left) into.leftovers.push(`${file}: …${left[0]}…`);
  if (/<html[^>]*\slang="zh/.test(html)) {
    const read = text.replace(/<[^>]+>/g, '');
    // Running text without the chart keys, made only when the checks on the whole text pass.
    const prose = () => text.replace(/<ol class="chart-key">[\s\S]*?<\/ol>/g, '').replace(/<[^>]+>/g, '');
    const spaced = SPACE_BEFORE_ZH_PUNCT.exec(read) ?? LATIN_PARENS_AFTER_ZH.exec(read) ?? SPACE_AFTER_ZH_DATE.exec(prose());
    if (spaced) into.zhSpacing.push(`${file}: …${spaced[0]}…`);
  }
  const asOf = /data-as-of="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  if (asOf) {
    into.editions++;
    for (const m of html.matchAll(/data-date="([\d-]+)"/g)) if ((m[1] as string) > asOf) into.late.push(`${file}: ${m[1]} > ${asOf}`);
    // Every event or episode the edition names must have happened by its date.
    for (const { topic, word } of mentionedTopics(visibleText(text))) {
      const first = EVENTS.filter((e) => e.topic === topic).map((e) => e.date).sort()[0] ?? '9999-12-31';
      if (first > asOf) into.earlyEvents.push(`${file}: "${word}" (${topic}, from ${first}) in the edition of ${asOf}`);
    }
  }
  // Every chart figure, whatever classes it adds to "chart" (chart-small).
  for (const part of html.split(/<figure class="chart[" ]/).slice(1)) {
    into.charts++;
    const fig = part.slice(0, part.indexOf('</figure>'));
    if (!MARK_WITH_DATA.test(fig)) into.emptyCharts.push(`${file}: ${/id="([^"]+)"/.exec(fig)?.[1] ?? '(no id)'}`);
  }
  into.pages++;
}

/** Scans every HTML page of a built site. */
export function scanSite(dir: string): SiteScan {
  const out = emptyScan();
  for (const f of htmlFiles(dir)) scanPage(f, readFileSync(f, 'utf8'), out);
  return out;
}
