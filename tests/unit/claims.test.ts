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
import { BTC_DOWN_PCT, CLAIMS, CP_BILL_AMBER_BP, EQUITY_PULLBACK_PCT, EQUITY_SELLOFF_PCT, LENDING_JUMP_BN, MOVE_AMBER_X, MOVE_RED_X, claimByName, type ClaimFigure } from '../../src/report/guards.ts';
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
    // The lender and dash-for-cash lines the Risks and Conclusion sentences quote.
    expect([LENDING_JUMP_BN, CP_BILL_AMBER_BP, MOVE_RED_X, MOVE_AMBER_X]).toEqual([THRESHOLDS.lendingSurgeBn, THRESHOLDS.cpBillAmberBp, THRESHOLDS.moveRedX, THRESHOLDS.moveAmberX]);
  });
  it('says equities are under pressure only when an index is down, never from Bitcoin alone', () => {
    const at = (v: Record<string, number>) => (k: string): ClaimFigure | null => (k in v ? { value: v[k] as number, stale: false, date: '2024-06-28' } : null);
    const bitcoinOnly = at({ 'sp500.drawdown': -0.6, 'nasdaq.drawdown': -1.2, 'btc.drawdown': -44.7 });
    expect([CLAIMS.equitiesSelloff.holds(bitcoinOnly), CLAIMS.equitiesPullback.holds(bitcoinOnly), CLAIMS.cryptoOnlyDown.holds(bitcoinOnly)]).toEqual([false, false, true]);
    const selloff = at({ 'sp500.drawdown': -12.2, 'btc.drawdown': -38.7 });
    expect([CLAIMS.equitiesSelloff.holds(selloff), CLAIMS.cryptoOnlyDown.holds(selloff)]).toEqual([true, false]);
    // At the printed precision: -9.96% reads as -10.0%, a sell-off.
    expect(CLAIMS.equitiesSelloff.holds(at({ 'sp500.drawdown': -9.96 }))).toBe(true);
  });
  it('blames a drain on the Treasury only when its cash is the larger part of it (reader pass 3, C2: Dec 31, 2018)', () => {
    const at = (v: Record<string, number>) => (k: string): ClaimFigure | null => (k in v ? { value: v[k] as number, stale: false, date: '2018-12-26' } : null);
    // TGA up 0.22% of reserves and ON RRP, the Fed's run-off the rest of a 6.6% drain.
    const fedLed = at({ 'fiscal.drain3m': 0.0022, 'fiscal.netDrain3m': 0.066, 'fedAssets.chg3m': -117.3 });
    expect([CLAIMS.tgaLedDrain3m.holds(fedLed), CLAIMS.fedLedDrain3m.holds(fedLed), CLAIMS.fedShrinkDrain3m.holds(fedLed)]).toEqual([false, true, false]);
    const tgaLed = at({ 'fiscal.drain3m': 0.05, 'fiscal.netDrain3m': 0.065, 'fedAssets.chg3m': -40 });
    expect([CLAIMS.tgaLedDrain3m.holds(tgaLed), CLAIMS.fedLedDrain3m.holds(tgaLed)]).toEqual([true, false]);
    // Under QE the Fed adds: a TGA rise is then the whole drain.
    expect(CLAIMS.tgaLedDrain3m.holds(at({ 'fiscal.drain3m': 0.08, 'fiscal.netDrain3m': 0.03, 'fedAssets.chg3m': 200 }))).toBe(true);
  });
  it('sets a rise in reserves beside the bill purchases only from a balance sheet dated after the first purchase (reader pass 3: 2025-12-15)', () => {
    const at = (date: string) => (k: string): ClaimFigure | null => (k === 'reserves.chg1m' ? { value: 69.5, stale: false, date } : null);
    expect([CLAIMS.reservesSinceBills2025.holds(at('2025-12-10')), CLAIMS.reservesSinceBills2025.holds(at('2025-12-17'))]).toEqual([false, true]);
    expect([CLAIMS.reservesSinceBills2019.holds(at('2019-10-09')), CLAIMS.reservesSinceBills2019.holds(at('2019-10-16'))]).toEqual([false, true]);
  });
  it('names Bitcoin beside falling equities only when it has fallen further than both (Jul 30, 2026: Nasdaq -7.3%, Bitcoin -48.0%)', () => {
    const at = (v: Record<string, number>) => (k: string): ClaimFigure | null => (k in v ? { value: v[k] as number, stale: false, date: '2026-07-30' } : null);
    const both = at({ 'sp500.drawdown': -2.3, 'nasdaq.drawdown': -7.3, 'btc.drawdown': -48.0 });
    expect([CLAIMS.equitiesPullback.holds(both), CLAIMS.cryptoAlsoDown.holds(both), CLAIMS.cryptoOnlyDown.holds(both)]).toEqual([true, true, false]);
    // Equities down harder than Bitcoin, or Bitcoin barely down: not "further".
    expect(CLAIMS.cryptoAlsoDown.holds(at({ 'sp500.drawdown': -25.3, 'nasdaq.drawdown': -30.0, 'btc.drawdown': -20.0 }))).toBe(false);
    expect(CLAIMS.cryptoAlsoDown.holds(at({ 'sp500.drawdown': -6.0, 'nasdaq.drawdown': -8.0, 'btc.drawdown': -12.0 }))).toBe(false);
    // Equities near their highs: that is cryptoOnlyDown's line, not this one.
    expect(CLAIMS.cryptoAlsoDown.holds(at({ 'sp500.drawdown': -0.6, 'nasdaq.drawdown': -1.2, 'btc.drawdown': -44.7 }))).toBe(false);
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
        return f && f.value !== null ? { value: f.value, stale: f.stale, date: f.date as string } : null;
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

describe('claims read the date of the figure, not only its value', () => {
  const at = (figs: Record<string, [number, string]>) => (k: string): ClaimFigure | null =>
    (figs[k] ? { value: (figs[k] as [number, string])[0], date: (figs[k] as [number, string])[1], stale: false } : null);
  it('explains a grown balance sheet by the programme running at its own date', () => {
    // The H.4.1 of Mar 11, 2020 (printed by the Mar 17 edition) predates QE; that of Mar 18 does not.
    const mar11 = at({ 'fedAssets.latest': [4311, '2020-03-11'], 'fedAssets.chg3m': [216.4, '2020-03-11'] });
    const mar18 = at({ 'fedAssets.latest': [4666, '2020-03-18'], 'fedAssets.chg3m': [531.2, '2020-03-18'] });
    expect(CLAIMS.fedGrowthQe.holds(mar11)).toBe(false);
    expect(CLAIMS.fedGrowthRepoBills.holds(mar11)).toBe(true);
    expect(CLAIMS.fedDataBeforeQe.holds(mar11)).toBe(true);
    expect(CLAIMS.fedGrowthQe.holds(mar18)).toBe(true);
    expect(CLAIMS.fedGrowthRepoBills.holds(mar18)).toBe(false);
    // Run-off's end explains nothing once repo operations began (Sep 17, 2019).
    expect(CLAIMS.fedAfterRunoffEnd.holds(at({ 'fedAssets.latest': [3770, '2019-09-11'] }))).toBe(true);
    expect(CLAIMS.fedAfterRunoffEnd.holds(at({ 'fedAssets.latest': [4170, '2019-12-25'] }))).toBe(false);
    expect(CLAIMS.fedGrowthRepo.holds(at({ 'fedAssets.latest': [3900, '2019-10-09'], 'fedAssets.chg3m': [135, '2019-10-09'] }))).toBe(true);
    expect(CLAIMS.fedGrowthRepo.holds(at({ 'fedAssets.latest': [3900, '2019-10-16'], 'fedAssets.chg3m': [158, '2019-10-16'] }))).toBe(false);
  });
});

describe('the reader pass findings, page by page (both languages)', () => {
  let build: Build;
  beforeAll(async () => {
    build = new Build(await fixtureSnapshot(), { reportsDir: 'content/reports', chartThread: false });
  });
  const page = async (locale: Locale, date: string) => text((await build.edition(locale, date)).html);
  const both = async (date: string) => ({ en: await page('en', date), zh: await page('zh', date) });

  it('2021-10-15: no cash build-up beside a falling TGA (finding 7)', async () => {
    const p = await both('2021-10-15');
    expect(p.en).not.toMatch(/cash build-up absorb|more than the Treasury took out/);
    expect(p.zh).not.toMatch(/快于财政部积累现金|美联储投放的多于财政部回笼的/);
    expect(p.en).toContain('With the Treasury also running its cash down, both are adding reserves.');
    expect(p.zh).toContain('财政部同时在动用现金');
  });

  it('2019-12-31, 2020-03-09, 2020-03-17: balance-sheet growth explained by the repo operations and bill purchases of its date (findings 8, 9)', async () => {
    for (const date of ['2019-12-31', '2020-03-09', '2020-03-17']) {
      const p = await both(date);
      expect(p.en, date).not.toContain('stopped shrinking its securities holdings');
      expect(p.zh, date).not.toContain('停止缩表');
      expect(p.en, date).not.toContain('is buying Treasuries and mortgage-backed securities');
      expect(p.zh, date).not.toContain('正在购买国债和抵押贷款支持证券');
      expect(p.en, date).toContain("The growth is the Fed's own doing: its repo operations");
      expect(p.zh, date).toContain('扩张出自美联储主动操作');
    }
    const mar17 = await both('2020-03-17');
    expect(mar17.en).toContain('This balance sheet predates the large-scale purchases');
    expect(mar17.zh).toContain('这张资产负债表的日期早于');
    // Data of Mar 18, 2020: QE.
    expect((await page('en', '2020-03-23'))).toContain('is buying Treasuries and mortgage-backed securities (QE)');
  });

  it('2019-09-18: EFFR above the range is said, the repo operations named, the size of the spike told apart from 18 bp (findings 15, prose)', async () => {
    const p = await both('2019-09-18');
    expect(p.en).toMatch(/Fed funds broke out too: EFFR[^.]*printed 2\.30%/);
    expect(p.zh).toMatch(/联邦基金利率也冲出了区间：[^。]*EFFR 报 2\.30%/);
    expect(p.en).toContain('on Sep 17, 2019 the New York Fed began lending cash to dealers again');
    expect(p.zh).toContain('2019年9月17日，纽约联储重启每日隔夜回购操作');
    expect(p.en).toContain('a spike, not a drift');
    expect(p.en).not.toContain('more than the Fed means to allow');
    const sep17 = await both('2019-09-17');
    expect(sep17.en).toContain('more than the Fed means to allow');
    expect(sep17.en).not.toContain('a spike, not a drift');
    expect(sep17.zh).not.toContain('这是一次急升');
  });

  it('says what rose under the bill purchases (finding 16), and keeps "little spare" off a page whose reserves grew (finding 2)', async () => {
    const dec = await both('2019-12-31');
    expect(dec.en).toMatch(/buying Treasury bills to keep reserves ample; bank reserves rose \$133\.2bn/);
    expect(dec.en).not.toMatch(/; they rose/);
    const mar9 = await both('2020-03-09');
    expect(mar9.en).toContain('SOFR matched IORB');
    expect(mar9.en).not.toContain('little spare to do it with');
    expect(mar9.zh).not.toContain('富余的准备金也不多了');
  });

  it('calls repo clearly dearer than reserves only 15 bp or more over IORB (finding 13)', async () => {
    const nov12 = await both('2025-11-12'); // +5 bp
    expect(nov12.en).toContain('SOFR also stood 5 bp above IORB');
    expect(nov12.en).not.toContain('clearly more than reserves earn');
    expect(nov12.zh).not.toContain('回购利率明显高于准备金');
    expect(await page('en', '2019-09-18')).toContain('clearly more than reserves earn'); // +315 bp
  });

  it('ties the ON RRP and SOFR-over-BGCR words to their size (prose)', async () => {
    const mar23 = await both('2020-03-23'); // 5.7% of the peak
    expect(mar23.en).not.toContain('cash money funds can still move into repo');
    expect(mar23.en).toContain('far less than at the peak');
    expect(mar23.zh).toContain('远不及峰值时');
    expect(await page('en', '2021-10-15')).toContain('a large pool of cash money funds can still move into repo'); // 91.1%
    const jun18 = await both('2018-06-15'); // SOFR 3 bp over BGCR: an everyday gap
    expect(jun18.en).not.toContain('the premium sat in centrally cleared bilateral repo');
    expect(jun18.en).toContain('the few basis points that usually separate them');
    expect(jun18.zh).not.toContain('溢价主要出现在双边清算回购');
    for (const p of [jun18.en, mar23.en]) expect(p).not.toContain('has to be met out of bank reserves');
  });
});

describe('reader pass 2: a sentence never contradicts its own page (both languages)', () => {
  let build: Build;
  beforeAll(async () => {
    build = new Build(await fixtureSnapshot(), { reportsDir: 'content/reports', chartThread: false });
  });
  const page = async (locale: Locale, date: string) => text((await build.edition(locale, date)).html);
  const both = async (date: string) => ({ en: await page('en', date), zh: await page('zh', date) });
  const day = (figs: Record<string, [number, string]>) => (k: string): ClaimFigure | null =>
    (figs[k] ? { value: (figs[k] as [number, string])[0], date: (figs[k] as [number, string])[1], stale: false } : null);

  it('B1: compares EFFR only with the range in force on its own date, never the new range of a rate-cut day', async () => {
    // 2020-03-16: EFFR 1.10% of Mar 13 against that day's 1.25% top, not Mar 16's 0.25%.
    expect(CLAIMS.effrAboveRange.holds(day({ 'effr.latest': [1.1, '2020-03-13'], 'effrTop.latest': [-15, '2020-03-13'] }))).toBe(false);
    // A spread of another day than the EFFR the sentence prints says nothing.
    expect(CLAIMS.effrAboveRange.holds(day({ 'effr.latest': [2.3, '2019-09-18'], 'effrTop.latest': [5, '2019-09-17'] }))).toBe(false);
    expect(CLAIMS.effrAboveRange.holds(day({ 'effr.latest': [2.3, '2019-09-17'], 'effrTop.latest': [5, '2019-09-17'] }))).toBe(true);
    for (const date of ['2019-08-01', '2019-09-19', '2019-10-31', '2020-03-04', '2020-03-16', '2024-09-19', '2024-12-19', '2025-09-18']) {
      const p = await both(date);
      expect(p.en, date).not.toContain('Fed funds broke out');
      expect(p.zh, date).not.toContain('联邦基金利率也冲出了区间');
    }
    const sep18 = await both('2019-09-18'); // the one true breakout: 2.30% against Sep 17's 2.25% top
    expect(sep18.en).toContain('printed 2.30% (Sep 17, 2019), 5 bp above the top of the range that day');
    expect(sep18.zh).toContain('EFFR 报 2.30%（2019年9月17日），比当日区间上限高出 5 个基点');
  });

  it('B2: blames a drain on the Treasury only when its cash rose; otherwise names the shrinking balance sheet', async () => {
    const jun28 = await both('2024-06-28'); // TGA weekly average fell, Fed assets down $283.2bn
    expect(jun28.en).not.toContain('cash build-up');
    expect(jun28.zh).not.toContain('财政部积累现金');
    expect(jun28.en).toContain("Not from the Treasury: its cash did not grow over three months. The Fed's balance sheet shrank $283.2bn");
    expect(jun28.en).toContain("comes not from the Treasury, whose cash did not grow over three months, but from the Fed's shrinking balance sheet");
    expect(jun28.zh).toContain('压力并非来自财政部：三个月来其现金没有增加。美联储资产负债表同期收缩 2,832 亿美元');
    expect(CLAIMS.fedShrinkDrain3m.holds(day({ 'fiscal.drain3m': [0.01, '2024-06-26'], 'fedAssets.chg3m': [-283, '2024-06-26'] }))).toBe(false);
  });

  it('B3: one reading of SOFR against IORB in the summary and the conclusion', async () => {
    for (const date of ['2019-12-31']) { // −1 bp
      const p = await both(date);
      expect(p.en, date).not.toContain('so reserves are ample');
      expect(p.en, date).toContain('no longer show the slack');
      expect(p.en, date).toContain('a gap too narrow to show spare reserves');
      expect(p.zh, date).not.toContain('说明准备金充足');
      expect(p.zh, date).toContain('不再显示');
    }
    const jun15 = await both('2022-06-15'); // −21 bp: both sections read spare reserves
    expect(jun15.en).toContain('so reserves are ample');
    expect(jun15.en).toContain('the banking system has cash to spare');
    expect(jun15.zh).toContain('说明准备金充足');
    expect(jun15.en).not.toContain('no longer show the slack');
  });

  it('B4: names thin buffers in the stressed summary only while the buffers pillar reads above green', async () => {
    const mar17 = await both('2020-03-17'); // buffers green
    expect(mar17.en).toContain('the dearest trades or the Fed\'s backstop, as the pillars above show');
    expect(mar17.en).not.toContain('buffers running thin');
    expect(mar17.zh).not.toContain('日渐变薄的缓冲');
    expect(CLAIMS.ratesNotBrokeOutBuffersThin.holds(day({ 'sofrTop.latest': [-15, '2020-03-16'], 'signal.buffers': [1, '2020-03-17'] }))).toBe(true);
    expect(CLAIMS.ratesNotBrokeOutBuffersThin.holds(day({ 'sofrTop.latest': [-15, '2020-03-16'], 'signal.buffers': [0, '2020-03-17'] }))).toBe(false);
  });

  it('B8, B9: one X-date estimate at a time; a passed but unsigned increase is said as such', async () => {
    for (const date of ['2021-10-15', '2021-11-16', '2021-12-06', '2021-12-15']) {
      const p = await both(date);
      expect(p.en, date).not.toContain('early December');
      expect(p.zh, date).not.toContain('12月初');
    }
    expect((await both('2021-12-06')).en).toContain('The Treasury\'s latest estimate (Nov 16, 2021) is that its resources may run short after Dec 15.');
    for (const date of ['2021-10-13', '2021-10-14']) {
      const p = await both(date);
      expect(p.en, date).toContain('Congress has passed a $480bn increase of the debt limit (the House voted on Oct 12, 2021, after the Senate), but it is not law until the President signs it');
      expect(p.zh, date).toContain('但须经总统签署才生效');
    }
    for (const date of ['2021-10-12', '2021-10-15']) expect(await page('en', date), date).not.toContain('Congress has passed');
  });

  it('B10: says when SOFR printed below the floor of the range, against the floor of its own date', async () => {
    const jun15 = await both('2022-06-15'); // SOFR 0.69% on Jun 14, floor 0.75%
    expect(jun15.en).toContain('That also puts SOFR below the floor of the range, 6 bp under the bottom that day');
    expect(jun15.zh).toContain('这意味着 SOFR 同时跌破区间下限，比当日下限还低 6 个基点');
    expect(await page('en', '2019-12-31')).not.toContain('below the floor');
    expect(CLAIMS.sofrBelowFloor.holds(day({ 'sofr.latest': [0.69, '2022-06-14'], 'sofrBottom.latest': [-6, '2022-06-13'] }))).toBe(false);
  });
});

describe('reader pass 2, B10: a range move is named only from data public by the cut-off', () => {
  let build: Build;
  beforeAll(async () => {
    build = new Build(await fixtureSnapshot(), { reportsDir: 'content/reports', chartThread: false });
  });
  const page = async (locale: Locale, date: string) => text((await build.edition(locale, date)).html);
  it('does not read the next day\'s range on an FOMC statement day, and names the move once it takes effect', async () => {
    // The range series dates a new range the day it takes effect; reading that observation on the
    // statement day would use a value the series had not published by the cut-off.
    expect(await page('en', '2022-06-15')).not.toContain('effective tomorrow');
    expect(await page('en', '2022-06-16')).toContain('Context: a 75 bp rise in the Fed\'s target range took effect on Jun 16, 2022');
  });
});
