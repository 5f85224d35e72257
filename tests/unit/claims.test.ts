// The claim checker: every qualitative phrase a report page prints is checked against that
// edition's figures.json, both languages, every edition date of the frozen fixture snapshot. The
// phrase is found in the page text (not from the fill's decisions) and its claims are evaluated on
// the published figures.json values, so a claim wired to the wrong figures or a phrase slipping
// out of its guard both fail here.
import { readFileSync } from 'node:fs';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.ts';
import { remarkCheck } from '../../src/report/check.ts';
import { TemplateError } from '../../src/report/errors.ts';
import { BTC_DOWN_PCT, CLAIMS, EQUITY_PULLBACK_PCT, EQUITY_SELLOFF_PCT, claimByName, type ClaimFigure } from '../../src/report/guards.ts';
import { THRESHOLDS } from '../../src/metrics/signals.ts';
import { QUALITATIVE } from '../../src/report/qualitative.ts';
import { metricCatalog } from '../../src/metrics/timeline.ts';
import { Build } from '../../src/site/build.ts';
import { editionFigureKeys, figuresDocument } from '../../src/site/downloads.ts';
import { catchError, fixtureSnapshot } from '../helpers.ts';

const LOCALES: readonly Locale[] = ['zh', 'en'];
const text = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '');

describe('qualitative phrases need their claim', () => {
  const check = (md: string) => {
    const kinds = new Map(Object.values(CLAIMS).flatMap((c) => c.reads.map((k) => [k, 'bp' as const])));
    const p = remark().use(remarkDirective).use(remarkCheck, { file: 'content/reports/en.md', kinds, guardEvents: true });
    return p.runSync(p.parse(md), md);
  };
  it('refuses an unguarded phrase, naming file, line, phrase and the claim to use', () => {
    const err = catchError(() => check('## Summary\n\nOvernight money is fine, and its repo facility saw next to no use.\n'));
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.message).toMatch(/^content\/reports\/en\.md:3:\d+: "next to no use" is a qualitative phrase outside its claim; wrap the sentence in :::when\{claim="srfIdle"\}/);
  });
  it('refuses a phrase under a claim that does not back it, and an unknown claim', () => {
    expect(catchError(() => check(':::when{claim="tgaFalling3m"}\nIts facility saw next to no use.\n:::\n')).message).toMatch(/:2:\d+: "next to no use"/);
    expect(catchError(() => check(':::when{claim="nope"}\nx\n:::\n')).message).toMatch(/1:1: unknown claim "nope"/);
  });
  it('judges equities and Bitcoin at the risk pillar\'s own lines (the report layer cannot import the metrics)', () => {
    expect([EQUITY_SELLOFF_PCT, EQUITY_PULLBACK_PCT, BTC_DOWN_PCT]).toEqual([THRESHOLDS.equityRedPct, THRESHOLDS.equityAmberPct, THRESHOLDS.btcAmberPct]);
  });
  it('says equities are under pressure only when an index is down, never from Bitcoin alone', () => {
    const at = (v: Record<string, number>) => (k: string): ClaimFigure | null => (k in v ? { value: v[k] as number, stale: false } : null);
    const bitcoinOnly = at({ 'sp500.drawdown': -0.6, 'nasdaq.drawdown': -1.2, 'btc.drawdown': -44.7 });
    expect([CLAIMS.equitiesSelloff.holds(bitcoinOnly), CLAIMS.equitiesPullback.holds(bitcoinOnly), CLAIMS.cryptoOnlyDown.holds(bitcoinOnly)]).toEqual([false, false, true]);
    const selloff = at({ 'sp500.drawdown': -12.2, 'btc.drawdown': -38.7 });
    expect([CLAIMS.equitiesSelloff.holds(selloff), CLAIMS.cryptoOnlyDown.holds(selloff)]).toEqual([true, false]);
    // At the printed precision: -9.96% reads as -10.0%, a sell-off.
    expect(CLAIMS.equitiesSelloff.holds(at({ 'sp500.drawdown': -9.96 }))).toBe(true);
  });
  it('the template README names every claim', () => {
    const readme = readFileSync('content/reports/README.md', 'utf8');
    for (const name of Object.keys(CLAIMS)) expect(readme, name).toContain(`\`${name}\``);
  });
  it('every listed phrase names claims the table defines', () => {
    for (const list of Object.values(QUALITATIVE)) for (const q of list) for (const c of q.claims) expect(claimByName(c)).toBeDefined();
  });
});

describe('every guarded phrase on every edition agrees with its figures.json', () => {
  let build: Build;
  beforeAll(async () => {
    build = new Build(await fixtureSnapshot(), { reportsDir: 'content/reports', chartThread: false });
  });

  it('no contradiction, both languages, every edition date', async () => {
    const templates = LOCALES.map((l) => ({ file: `content/reports/${l}.md`, markdown: readFileSync(`content/reports/${l}.md`, 'utf8') }));
    const keys = editionFigureKeys(templates, metricCatalog(build.snap));
    for (const c of Object.values(CLAIMS)) for (const k of c.reads) expect(keys, `figures.json must carry ${k}`).toContain(k);
    const contradictions: string[] = [];
    let checked = 0;
    for (const date of build.dates) {
      const doc = figuresDocument(build.snap, build.metricsAt(date), keys, date === build.latest);
      const byKey = new Map(doc.figures.map((f) => [f.key as string, f]));
      const lookup = (k: string): ClaimFigure | null => {
        const f = byKey.get(k);
        return f && f.value !== null ? { value: f.value, stale: f.stale } : null;
      };
      for (const locale of LOCALES) {
        const page = text((await build.edition(locale, date)).html);
        for (const q of QUALITATIVE[locale]) {
          if (!page.includes(q.phrase)) continue;
          checked++;
          if (!q.claims.some((c) => (claimByName(c) as (typeof CLAIMS)[keyof typeof CLAIMS]).holds(lookup))) contradictions.push(`${date} ${locale}: "${q.phrase}"`);
        }
      }
    }
    console.info(`claims: ${build.dates.length} editions × ${LOCALES.length} languages, ${checked} guarded phrases checked, ${contradictions.length} contradictions`);
    expect(checked).toBeGreaterThan(0);
    expect(contradictions).toEqual([]);
  }, 240_000);
});
