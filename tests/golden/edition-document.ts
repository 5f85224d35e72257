// An edition as one HTML fragment: what the golden files hold and what the smoke scans read.
import type { Edition } from '../../src/site/edition.ts';
import { staleBannerHtml } from '../../src/site/staleness.ts';
import { formatMarkup } from './golden.ts';

/** The parts of an edition page that come from data, in the page's own markup. */
export function editionDocument(e: Edition): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const stale = staleBannerHtml(e.stale, e.locale);
  const rows = e.figures.map((f) =>
    `<tr data-metric="${f.key}"${f.stale ? ' class="row-stale"' : ''}><th scope="row">${f.href ? `<a href="${f.href}">${esc(f.name)}</a>` : esc(f.name)}</th>` +
    `<td class="num">${esc(f.value)}</td><td>${esc(f.date)}</td><td>${esc(f.source)}</td></tr>`).join('');
  return formatMarkup(
    `<article class="report" lang="${e.locale}" data-as-of="${e.asOf}" data-regime="${e.regime ?? 'none'}">` +
    (stale ? `<aside class="stale-banner">${stale}</aside>` : '') +
    `<div class="report-body">${e.html}</div>` +
    `<section class="figures"><table><tbody>${rows}</tbody></table></section></article>`,
  );
}

