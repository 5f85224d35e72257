// The methodology's source text with the facts the code owns put in, before it goes through the
// report pipeline like a template: `{cutoff}` is the editions' cut-off (CUTOFF_ET) as the page's
// language writes it, so the hour is stated once, in metrics/publication.ts.
import type { Locale } from '../core/locale.ts';
import { CUTOFF_TIME } from '../i18n/ui.ts';

const CUTOFF = '{cutoff}';

/** `text` (the methodology in `locale`, read from `file`) with its `{cutoff}` filled. */
export function methodologySource(text: string, locale: Locale, file: string): string {
  if (!text.includes(CUTOFF)) {
    throw new Error(`${file}: the methodology no longer says when editions are cut; write ${CUTOFF} where the hour goes (it is CUTOFF_ET in src/metrics/publication.ts)`);
  }
  // A colon would start a markdown directive (":00"), so it is escaped as the text had it.
  return text.replaceAll(CUTOFF, CUTOFF_TIME[locale].replaceAll(':', '\\:'));
}
