import { addDays } from '../core/dates.ts';
import type { Text } from '../core/locale.ts';
import { CUTOFF_ET } from './cutoff.ts';
import { onOrAfterMarketDay } from './marketCalendar.ts';

// Policy events a report sentence or chart mark may rely on, as dated, sourced data. A template
// sentence that names one must sit inside a guard on it (`:::when{after="srf"}`); the template
// checker finds unguarded mentions by the words listed here.

/** Events of one topic share their mentions: any guard on the topic's events covers them. */
export type Topic = 'qt' | 'qe' | 'repoOps' | 'srf' | 'iorb' | 'btfp' | 'repo2019' | 'covid2020' | 'banks2023' | 'squeeze2025'
  | 'emergencyCut' | 'facility133' | 'swapLines'
  // Context: what else was happening, named in the summary while it matters (issue 19 §2).
  | 'shutdown' | 'debtLimit' | 'svb' | 'signature' | 'billPurchases';

export interface PolicyEvent {
  readonly id: string;
  readonly topic: Topic;
  /** The day it became public (announcement, or the day it happened). */
  readonly date: string;
  /** When it took effect, if later than the announcement. */
  readonly effective?: string;
  /** For a programme that ran for a time: its last day. */
  readonly end?: string;
  /**
   * Time of day the end became public, New York time (HH:MM), when known: at or before the
   * cut-off, that day's edition already knows it ended (a law signed at noon), so it runs only to
   * the day before (`lastDayOf`).
   */
  readonly endKnown?: string;
  readonly title: Text;
  readonly source: string;
  /**
   * The source is the publisher's list of releases, not the release itself: the date and words
   * were checked in reports of it, but its own address was not (said so rather than guessed).
   */
  readonly sourceIsIndex?: true;
  /**
   * Time of day it became public, New York time (HH:MM), when known: an action announced after
   * the edition cut-off reaches the next business day's edition (metrics/emergency.ts).
   */
  readonly known?: string;
  /**
   * An emergency action of the Fed (intermeeting cut, lending facility, swap-line expansion):
   * the level it sets in the bank-funding channel while it is news, 2 for new lending to banks
   * or markets, 1 for a rate action alone.
   */
  readonly lender?: 1 | 2;
}

const congress = (congressNo: number, kind: 'house-bill' | 'house-joint-resolution' | 'senate-bill' | 'senate-joint-resolution', no: number) =>
  `https://www.congress.gov/bill/${congressNo}th-congress/${kind}/${no}`;

const fomc = (yyyymmdd: string, letter = 'a') =>
  `https://www.federalreserve.gov/newsevents/pressreleases/monetary${yyyymmdd}${letter}.htm`;

/** The Standing Repo Facility was established on this day (its first operations the next). */
export const SRF_START = '2021-07-28';

export const EVENTS = [
  { id: 'qt1Start', topic: 'qt', date: '2017-09-20', effective: '2017-10-01', source: fomc('20170920'),
    title: { zh: '美联储宣布 2017年10月起缩表', en: 'Fed announces balance-sheet run-off from October 2017' } },
  { id: 'qt1Slow', topic: 'qt', date: '2019-03-20', effective: '2019-05-01', source: fomc('20190320'),
    title: { zh: '美联储宣布 5月起放慢缩表、9月底结束', en: 'Fed to slow run-off from May 2019 and end it in September' } },
  { id: 'qt1End', topic: 'qt', date: '2019-07-31', effective: '2019-08-01', source: fomc('20190731'),
    title: { zh: '美联储决定提前两个月结束缩表，8月1日起生效', en: 'Fed decides to end run-off two months early, from Aug 1' } },
  { id: 'repoOps2019', topic: 'repoOps', date: '2019-09-17', end: '2020-07-02',
    source: 'https://www.newyorkfed.org/markets/desk-operations/repo',
    title: { zh: '纽约联储恢复隔夜回购操作', en: 'New York Fed resumes overnight repo operations' } },
  // Emergency actions of March 2020 and 2023, as the Board's press releases dated them (URLs
  // follow its monetaryYYYYMMDD{a,b,c}.htm naming; times of day are the releases' stated times,
  // to the best of our records). Each is news to the bank-funding channel for two weeks.
  { id: 'cut20200303', topic: 'emergencyCut', date: '2020-03-03', known: '10:00', lender: 1, source: fomc('20200303'),
    title: { zh: '美联储紧急降息 50 个基点（议息会议之间）', en: 'Fed cuts rates by 50 bp between meetings' } },
  { id: 'swaps20200315', topic: 'swapLines', date: '2020-03-15', known: '17:00', lender: 2, source: fomc('20200315', 'c'),
    title: { zh: '美联储与五家央行下调美元互换利率并增加 84 天期操作', en: 'Fed and five central banks cut the price of dollar swap lines and add 84-day operations' } },
  { id: 'cpff2020', topic: 'facility133', date: '2020-03-17', known: '10:45', lender: 2, source: fomc('20200317', 'a'),
    title: { zh: '美联储依 13(3) 条款设立商业票据融资便利（CPFF）', en: 'Fed sets up the Commercial Paper Funding Facility under 13(3)' } },
  { id: 'pdcf2020', topic: 'facility133', date: '2020-03-17', known: '18:00', lender: 2, source: fomc('20200317', 'b'),
    title: { zh: '美联储设立一级交易商信贷便利（PDCF）', en: 'Fed sets up the Primary Dealer Credit Facility' } },
  { id: 'mmlf2020', topic: 'facility133', date: '2020-03-18', known: '23:30', lender: 2, source: fomc('20200318', 'a'),
    title: { zh: '美联储设立货币市场共同基金流动性便利（MMLF）', en: 'Fed sets up the Money Market Mutual Fund Liquidity Facility' } },
  { id: 'swaps20200319', topic: 'swapLines', date: '2020-03-19', known: '09:00', lender: 2, source: fomc('20200319', 'b'),
    title: { zh: '美联储与另外九家央行建立临时美元互换', en: 'Fed opens temporary dollar swap lines with nine more central banks' } },
  { id: 'swaps20200320', topic: 'swapLines', date: '2020-03-20', known: '11:00', lender: 2, source: fomc('20200320', 'a'),
    title: { zh: '美元互换操作改为每日进行', en: 'Dollar swap operations become daily' } },
  { id: 'facilities20200323', topic: 'facility133', date: '2020-03-23', known: '08:00', lender: 2, source: fomc('20200323', 'b'),
    title: { zh: '美联储宣布企业债、ABS 等多项 13(3) 便利', en: 'Fed announces corporate-credit and ABS facilities under 13(3)' } },
  { id: 'swaps20230319', topic: 'swapLines', date: '2023-03-19', known: '17:00', lender: 2, source: fomc('20230319', 'a'),
    title: { zh: '美联储与五家央行将美元互换操作改为每日进行', en: 'Fed and five central banks make dollar swap operations daily' } },
  { id: 'qe2020', topic: 'qe', date: '2020-03-15', end: '2022-03-09', source: fomc('20200315'), known: '17:00', lender: 1,
    title: { zh: '美联储降息至零并宣布大规模购债', en: 'Fed cuts to zero and announces large-scale asset purchases' } },
  { id: 'srf', topic: 'srf', date: SRF_START, source: fomc('20210728'),
    title: { zh: '美联储设立常备回购便利（SRF）', en: 'Fed establishes the Standing Repo Facility (SRF)' } },
  // IOER and IOR were replaced by one rate, IORB, from this day (FOMC implementation note of 2021-06-16).
  { id: 'iorb', topic: 'iorb', date: '2021-07-29', source: 'https://www.federalreserve.gov/monetarypolicy/reserve-balances.htm',
    title: { zh: 'IORB 取代 IOER', en: 'IORB replaces IOER' } },
  { id: 'qt2Start', topic: 'qt', date: '2022-05-04', effective: '2022-06-01', source: fomc('20220504', 'b'),
    title: { zh: '美联储宣布 2022年6月起缩表', en: 'Fed announces balance-sheet run-off from June 2022' } },
  { id: 'qt2Runoff', topic: 'qt', date: '2022-06-01', source: fomc('20220504', 'b'),
    title: { zh: '缩表开始', en: 'Run-off begins' } },
  { id: 'btfp', topic: 'btfp', date: '2023-03-12', end: '2024-03-11', source: fomc('20230312'), known: '18:15', lender: 2,
    title: { zh: '美联储设立银行定期融资计划（BTFP）', en: 'Fed creates the Bank Term Funding Program (BTFP)' } },
  { id: 'qt2Slow1', topic: 'qt', date: '2024-05-01', effective: '2024-06-01', source: fomc('20240501'),
    title: { zh: '美联储宣布 6月起放慢缩表', en: 'Fed slows run-off from June 2024' } },
  { id: 'qt2Slow2', topic: 'qt', date: '2025-03-19', effective: '2025-04-01', source: fomc('20250319'),
    title: { zh: '美联储宣布 4月起进一步放慢缩表', en: 'Fed slows run-off further from April 2025' } },
  { id: 'qt2End', topic: 'qt', date: '2025-10-29', effective: '2025-12-01', source: fomc('20251029'),
    title: { zh: '美联储宣布 12月1日结束缩表', en: 'Fed to end run-off on Dec 1, 2025' } },
  { id: 'qt2Ended', topic: 'qt', date: '2025-12-01', source: fomc('20251029'),
    title: { zh: '缩表结束', en: 'Run-off ends' } },
  // Context events (issue 19 §2). Each is dated by the day it became public, with the time of
  // day where its release states one; a later hour than the cut-off makes it next-day news
  // (knownBy). Point events that matter for a while carry `end`: the window in which the summary
  // names them. Sources are the official release or law; what could not be checked against a
  // stored copy is said in the commit that added them.
  { id: 'shutdown2019', topic: 'shutdown', date: '2018-12-22', known: '00:01', end: '2019-01-25',
    source: congress(116, 'house-joint-resolution', 28),
    title: { zh: '联邦政府停摆（2018年12月22日至 2019年1月25日）', en: 'Federal government shutdown (Dec 22, 2018 – Jan 25, 2019)' } },
  { id: 'shutdown2025', topic: 'shutdown', date: '2025-10-01', known: '00:01', end: '2025-11-12',
    source: congress(119, 'house-bill', 5371),
    title: { zh: '联邦政府停摆（2025年10月1日至 11月12日）', en: 'Federal government shutdown (Oct 1 – Nov 12, 2025)' } },
  // Debt-limit episodes: from the day the Treasury began extraordinary measures to the day a
  // law suspended or raised the limit; X-date estimates as the Treasury published them, each
  // current until the next one or the resolution.
  // The Bipartisan Budget Act of 2019 was signed on Friday, Aug 2, 2019, reported signed by
  // 13:40 New York time (WSJ, 18:40 BST): that day's edition already knows the suspension.
  { id: 'debtLimit2019', topic: 'debtLimit', date: '2019-03-04', end: '2019-08-02', endKnown: '13:40',
    source: congress(116, 'house-bill', 3877),
    title: { zh: '债务上限恢复，财政部动用非常规措施（至 2019年8月2日暂停上限）', en: 'Debt limit back in force; Treasury on extraordinary measures (until the Aug 2, 2019 suspension)' } },
  { id: 'xDate20190712', topic: 'debtLimit', date: '2019-07-12', end: '2019-08-02', endKnown: '13:40',
    source: 'https://home.treasury.gov/news/press-releases', sourceIsIndex: true,
    title: { zh: '财政部警告现金可能在 9月初用尽', en: 'Treasury warns its cash could run out in early September' } },
  // 2021: extraordinary measures from Aug 2 to the $2.5tn increase (S.J.Res. 33, P.L. 117-73),
  // signed on Dec 16, 2021 and reported signed by 12:22 New York time, before the cut-off. In
  // between, S. 1301 (P.L. 117-50) raised the limit by only $480bn on Oct 14, 2021, signed that
  // evening (AP's report at 20:38 ET): the Treasury could borrow again, filled that room within
  // weeks and by its Oct 18 letter still needed extraordinary measures, then through Dec 3.
  { id: 'debtLimit2021', topic: 'debtLimit', date: '2021-08-02', end: '2021-12-16', endKnown: '12:22',
    source: 'https://home.treasury.gov/news/press-releases/jy0290',
    title: { zh: '债务上限恢复，财政部动用非常规措施（至 2021年12月16日上调上限）', en: 'Debt limit back in force; Treasury on extraordinary measures (until the Dec 16, 2021 increase)' } },
  { id: 'xDate20210928', topic: 'debtLimit', date: '2021-09-28', end: '2021-10-14',
    source: 'https://home.treasury.gov/news/press-releases', sourceIsIndex: true,
    title: { zh: '财政部估计非常规措施将于 10月18日用尽', en: 'Treasury estimates extraordinary measures run out on Oct 18' } },
  // S. 1301 passed the Senate on Oct 7 and the House late on Tuesday, Oct 12, 2021 (219–206), and
  // waited for the President's signature until the evening of Oct 14. The hour of the House vote
  // is not on record here, so it counts as after the cut-off: editions of Oct 13 and 14 say the
  // increase is passed but not yet law.
  { id: 'limitPassed2021', topic: 'debtLimit', date: '2021-10-12', known: '23:59', end: '2021-10-14', endKnown: '20:38',
    source: congress(117, 'senate-bill', 1301),
    title: { zh: '国会通过 4800 亿美元的债务上限临时上调，待总统签署', en: 'Congress passes a $480bn debt-limit increase, awaiting signature' } },
  { id: 'limitRaise2021', topic: 'debtLimit', date: '2021-10-14', known: '20:38', end: '2021-12-16', endKnown: '12:22',
    source: congress(117, 'senate-bill', 1301),
    title: { zh: '债务上限临时上调 4800 亿美元的法案签署生效', en: 'A $480bn stopgap increase of the debt limit is signed into law' } },
  { id: 'xDate20211018', topic: 'debtLimit', date: '2021-10-18', end: '2021-11-15',
    source: 'https://home.treasury.gov/news/press-releases', sourceIsIndex: true,
    title: { zh: '财政部预计可维持政府运转至 12月3日', en: 'Treasury expects to finance the government through Dec 3' } },
  { id: 'xDate20211116', topic: 'debtLimit', date: '2021-11-16', end: '2021-12-16', endKnown: '12:22',
    source: 'https://home.treasury.gov/news/press-releases', sourceIsIndex: true,
    title: { zh: '财政部估计 12月15日之后资源可能不足', en: 'Treasury may lack the resources to finance the government beyond Dec 15' } },
  { id: 'debtLimit2023', topic: 'debtLimit', date: '2023-01-19', end: '2023-06-03',
    source: congress(118, 'house-bill', 3746),
    title: { zh: '触及债务上限，财政部动用非常规措施（至 2023年6月3日暂停上限）', en: 'Debt limit reached; Treasury on extraordinary measures (until the Jun 3, 2023 suspension)' } },
  { id: 'xDate20230113', topic: 'debtLimit', date: '2023-01-13', end: '2023-04-30',
    source: 'https://home.treasury.gov/news/press-releases', sourceIsIndex: true,
    title: { zh: '财政部估计现金与非常规措施不太可能在 6月初之前用尽', en: 'Treasury sees cash and extraordinary measures lasting at least to early June' } },
  { id: 'xDate20230501', topic: 'debtLimit', date: '2023-05-01', end: '2023-05-25',
    source: 'https://home.treasury.gov/news/press-releases', sourceIsIndex: true,
    title: { zh: '财政部估计最早 6月1日可能无力支付全部账单', en: 'Treasury warns it may be unable to pay all bills as early as Jun 1' } },
  { id: 'xDate20230526', topic: 'debtLimit', date: '2023-05-26', end: '2023-06-03',
    source: 'https://home.treasury.gov/system/files/136/Debt-Limit-Letter-to-Congress-Members-20230526-McCarthy.pdf',
    title: { zh: '财政部估计若不提高上限，6月5日起资源将不足', en: 'Treasury estimates its resources fall short from Jun 5' } },
  { id: 'debtLimit2025', topic: 'debtLimit', date: '2025-01-21', end: '2025-07-04',
    source: 'https://home.treasury.gov/news/press-releases/jy2798',
    title: { zh: '债务上限恢复，财政部动用非常规措施（至 2025年7月4日上调上限）', en: 'Debt limit back in force; Treasury on extraordinary measures (until the Jul 4, 2025 increase)' } },
  { id: 'xDate20250509', topic: 'debtLimit', date: '2025-05-09', end: '2025-07-04',
    source: 'https://home.treasury.gov/news/press-releases', sourceIsIndex: true,
    title: { zh: '财政部估计现金与非常规措施可能在 8月用尽', en: 'Treasury sees cash and extraordinary measures possibly running out in August' } },
  // Closed by its state regulator, the FDIC appointed receiver (FDIC PR-16-2023, Friday, Mar 10,
  // 2023, during the trading day); news for two weeks, as the Fed's emergency actions are.
  { id: 'svb', topic: 'svb', date: '2023-03-10', end: '2023-03-24',
    source: 'https://www.fdic.gov/news/press-releases/2023/fdic-creates-deposit-insurance-national-bank-santa-clara-protect-insured',
    title: { zh: '硅谷银行倒闭，FDIC 接管', en: 'Silicon Valley Bank fails; FDIC appointed receiver' } },
  // Signature Bank was closed by its state regulator on Sunday, Mar 12, 2023; the joint statement
  // of the Treasury, the Fed and the FDIC announcing it (with a systemic-risk exception for its
  // depositors) came out at 18:15 with the BTFP, so it is news from Monday's edition, for two weeks.
  { id: 'signature2023', topic: 'signature', date: '2023-03-12', known: '18:15', end: '2023-03-24', source: fomc('20230312', 'b'),
    title: { zh: '签名银行被关闭，财政部、美联储与 FDIC 发表联合声明', en: 'Signature Bank closed; joint statement of the Treasury, the Fed and the FDIC' } },
  // Bill purchases to keep reserves ample: 2019's statement was released at 11:00 (purchases
  // from Oct 15, until the March 2020 purchases replaced them); 2025's came with the FOMC
  // statement at 14:00, purchases from Dec 12.
  { id: 'billPurchases2019', topic: 'billPurchases', date: '2019-10-11', known: '11:00', effective: '2019-10-15', end: '2020-03-13',
    source: fomc('20191011'),
    title: { zh: '美联储宣布购买短期国债以维持充足准备金（10月15日起）', en: 'Fed announces Treasury bill purchases from Oct 15 to keep reserves ample' } },
  { id: 'billPurchases2025', topic: 'billPurchases', date: '2025-12-10', known: '14:00', effective: '2025-12-12',
    source: fomc('20251210'),
    title: { zh: '美联储宣布储备管理购买：12月12日起买入短期国债', en: 'Fed announces reserve management purchases of bills from Dec 12' } },
  // The stress episodes the report compares with, dated by the day after their window closes
  // (metrics/episodes.ts): only then is an episode history the prose may name.
  { id: 'repo2019', topic: 'repo2019', date: '2019-09-21', source: 'https://www.newyorkfed.org/markets/reference-rates/sofr',
    title: { zh: '2019年9月回购利率飙升', en: 'September 2019 repo spike' } },
  { id: 'covid2020', topic: 'covid2020', date: '2020-03-21', source: 'https://www.newyorkfed.org/markets/reference-rates/sofr',
    title: { zh: '2020年3月疫情冲击下的美元荒', en: 'March 2020 dash for cash' } },
  { id: 'banks2023', topic: 'banks2023', date: '2023-03-25', source: fomc('20230312'),
    title: { zh: '2023年3月地区银行危机', en: 'March 2023 regional bank stress' } },
  { id: 'squeeze2025', topic: 'squeeze2025', date: '2025-11-08', source: 'https://www.newyorkfed.org/markets/desk-operations/repo',
    title: { zh: '2025年10月底资金紧张', en: 'Late October 2025 funding squeeze' } },
] as const satisfies readonly PolicyEvent[];

export type EventId = (typeof EVENTS)[number]['id'];

/**
 * Topics of the emergency actions the bank-funding channel reads. They cluster within days of
 * each other (March 2020), so the rates chart does not mark them; the signals table names them.
 */
export const EMERGENCY_TOPICS: ReadonlySet<Topic> = new Set<Topic>(['emergencyCut', 'facility133', 'swapLines']);

/**
 * Context the summary names but the rates chart does not mark: fiscal episodes span weeks and
 * their estimates come in clusters, and SVB's failure sits two days before the BTFP it led to.
 */
export const CONTEXT_TOPICS: ReadonlySet<Topic> = new Set<Topic>(['shutdown', 'debtLimit', 'svb', 'signature']);

const BY_ID: ReadonlyMap<string, PolicyEvent> = new Map(EVENTS.map((e) => [e.id, e]));

export const eventById = (id: string): PolicyEvent | undefined => BY_ID.get(id);

/**
 * The first edition date that can name an event: its day, or the next when it became public
 * after the cut-off (an edition on a holiday or weekend does not exist, so a calendar day is enough).
 */
export const firstKnown = (e: PolicyEvent): string => (e.known !== undefined && e.known > CUTOFF_ET ? addDays(e.date, 1) : e.date);

/** Whether an event had become public by the edition of `asOf`. */
export const knownBy = (e: PolicyEvent, asOf: string) => firstKnown(e) <= asOf;

/**
 * The last edition date on which a programme with an end still runs: its end, or the day before
 * when the end became public before that day's cut-off.
 */
export const lastDayOf = (e: PolicyEvent & { end: string }): string =>
  (e.endKnown !== undefined && e.endKnown <= CUTOFF_ET ? addDays(e.end, -1) : e.end);

/** Whether a programme was running at `asOf` (announced, and its end not passed). */
export const runningAt = (e: PolicyEvent, asOf: string) => knownBy(e, asOf) && (e.end === undefined || asOf <= lastDayOf(e as PolicyEvent & { end: string }));

/** Whether a programme's end was public by the edition of `asOf`. */
export const endedBy = (e: PolicyEvent, asOf: string) => e.end !== undefined && asOf > lastDayOf(e as PolicyEvent & { end: string });

/**
 * Estimated-tax dates as calendar rules: the 15th of April, June, September and December
 * (corporations; individuals in April, June and September) and January (individuals), or the
 * next market day when the 15th is not one. The IRS moves a date for its own holidays (DC
 * Emancipation Day in April), which this rule does not know: a day's difference at most.
 */
export const TAX_MONTHS: ReadonlySet<number> = new Set([1, 4, 6, 9, 12]);

/** The estimated-tax date of a month (YYYY-MM), or undefined when it has none. */
export const taxDateOf = (ym: string): string | undefined =>
  TAX_MONTHS.has(Number(ym.slice(5, 7))) ? onOrAfterMarketDay(`${ym}-15`) : undefined;

/**
 * Words that name each topic in report prose. English acronyms match whole words and case;
 * everything else matches as written, except that a Chinese month followed by a day
 * ("2019年9月17日") is a date, not a mention of the month's episode ("2019年9月").
 */
export const MENTIONS: Readonly<Record<Topic, Readonly<Record<'zh' | 'en', readonly string[]>>>> = {
  qt: { zh: ['缩表'], en: ['QT', 'quantitative tightening', 'run-off', 'runoff', 'balance sheet is shrinking', 'balance sheet is still shrinking'] },
  qe: { zh: ['量化宽松', '购债'], en: ['QE', 'quantitative easing', 'asset purchases'] },
  repoOps: { zh: ['临时回购操作'], en: ['temporary open market operations', 'temporary repo operations'] },
  srf: { zh: ['常备回购便利', 'SRF'], en: ['Standing Repo Facility', 'SRF'] },
  // IOER is a rate's old name, not news: prose may name it before the switch.
  iorb: { zh: [], en: [] },
  btfp: { zh: ['银行定期融资计划', 'BTFP'], en: ['Bank Term Funding Program', 'BTFP'] },
  repo2019: { zh: ['2019年9月'], en: ['September 2019', 'Sept 2019', 'Sep 2019'] },
  covid2020: { zh: ['2020年3月'], en: ['March 2020'] },
  banks2023: { zh: ['2023年3月', '地区银行'], en: ['March 2023', 'regional bank'] },
  squeeze2025: { zh: ['2025年10月'], en: ['October 2025', 'Oct 2025'] },
  emergencyCut: { zh: ['紧急降息'], en: ['emergency cut', 'intermeeting cut'] },
  facility133: { zh: ['13(3)'], en: ['13(3)'] },
  swapLines: { zh: ['货币互换', '美元互换'], en: ['swap line', 'swap lines'] },
  shutdown: { zh: ['停摆', '政府关门'], en: ['shutdown', 'shut down'] },
  debtLimit: { zh: ['债务上限', '非常规措施'], en: ['debt limit', 'debt ceiling', 'extraordinary measures'] },
  svb: { zh: ['硅谷银行'], en: ['Silicon Valley Bank', 'SVB'] },
  signature: { zh: ['签名银行'], en: ['Signature Bank'] },
  billPurchases: { zh: ['购买短期国债', '储备管理购买'], en: ['bill purchases', 'buying Treasury bills', 'reserve management purchases'] },
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The topics a piece of prose names, with the first word found for each. */
export function mentionedTopics(text: string): { topic: Topic; word: string; index: number }[] {
  const out: { topic: Topic; word: string; index: number }[] = [];
  for (const [topic, words] of Object.entries(MENTIONS) as [Topic, Record<'zh' | 'en', readonly string[]>][]) {
    for (const word of [...words.zh, ...words.en]) {
      const ascii = /^[\x20-\x7e]+$/.test(word);
      // Acronyms match in capitals only; English phrases in any case, as whole words.
      const flags = ascii && word !== word.toUpperCase() ? 'i' : '';
      // A Chinese month ("2019年9月") names the episode; followed by a day it is a figure's date.
      const re = ascii ? new RegExp(`(?<![A-Za-z])${escapeRegExp(word)}(?![A-Za-z])`, flags) : new RegExp(`${escapeRegExp(word)}(?![0-9])`);
      const m = re.exec(text);
      if (m) {
        out.push({ topic, word, index: m.index });
        break;
      }
    }
  }
  return out;
}
