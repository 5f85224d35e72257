// The smoke scans must catch what they look for, or a green live smoke test proves nothing.
import { describe, expect, it } from 'vitest';
import { emptyScan, scanPage } from './scan.ts';

const chart = (marks: string) => `<figure class="chart" id="chart-x"><svg><g aria-label="y-axis tick"><path d="M0,0L0,6"></path></g>${marks}</svg></figure>`;
const page = (body: string, asOf = '2025-10-31') => `<html><style>a{}</style><article data-as-of="${asOf}">${body}</article></html>`;

describe('scanPage', () => {
  it('passes a sound edition page', () => {
    const s = emptyScan();
    scanPage('ok', page(`<span data-date="2025-10-31">4.22%</span>${chart('<g aria-label="line"><path d="M1,2L3,4"></path></g>')}`), s);
    expect(s).toMatchObject({ leftovers: [], late: [], emptyCharts: [], editions: 1, charts: 1, pages: 1 });
  });

  it('scans small charts too, and reads their relative lines as drawn', () => {
    const s = emptyScan();
    const small = (marks: string) => `<figure class="chart chart-small" id="chart-y"><svg>${marks}</svg></figure>`;
    scanPage('ok', page(`${small('<g data-mark="line" fill="none"><path d="M44,52l1,18l2-4"/></g>')}${small('<g data-mark="rule"><line x1="0"/></g>')}`), s);
    expect(s.charts).toBe(2);
    expect(s.emptyCharts).toEqual(['ok: chart-y']);
  });

  it.each(['NaN bp', 'undefined', '{{ sofr.latest | pct }}', '::chart{id=rates}', ':::when{has="x"}'])('flags the leftover %s', (text) => {
    const s = emptyScan();
    scanPage('bad', page(`<p>${text}</p>`), s);
    expect(s.leftovers).toHaveLength(1);
  });

  it('flags a half-width space before Chinese punctuation across tags, or half-width brackets after Chinese, in Chinese pages only', () => {
    const s = emptyScan();
    const zh = (body: string) => `<html lang="zh-CN"><article>${body}</article></html>`;
    scanPage('zh-bad', zh('数据截至 <time>2026年10月9日</time> <span>（按当日）</span>'), s);
    scanPage('zh-ok', zh('数据截至 <time>2026年10月9日</time><span>（按当日）</span>，SOFR 为 3.87%。'), s);
    scanPage('zh-parens', zh('来源：纽约联储、美联储理事会 (FRED)'), s);
    scanPage('zh-ok2', zh('来源：纽约联储、美联储理事会（FRED）；SOFR (−3 bp)'), s);
    scanPage('en', `<html lang="en"><p>as of Oct 9 （x）, Board (FRED)</p></html>`, s);
    expect(s.zhSpacing).toEqual(['zh-bad: …数据截至 2026年10月9日 （按当日）…', 'zh-parens: …来源：纽约联储、美联储理事会 (FRED)…']);
  });

  it('flags a space between a date and the Chinese after it, but not around 至 or 到, nor in a chart key', () => {
    const s = emptyScan();
    const zh = (body: string) => `<html lang="zh-CN"><article>${body}</article></html>`;
    scanPage('zh-date', zh('<p>放款在 <time>2024年3月27日</time> 的周度资产负债表中</p>'), s);
    scanPage('zh-ok', zh('<p>放款在 2024年3月27日的周度资产负债表中；2025年2月13日 至 2025年10月31日期间，从 2019年1月2日 到 2026年10月9日。</p>'), s);
    scanPage('zh-key', zh('<ol class="chart-key"><li>2019年7月31日 美联储决定提前结束缩表</li></ol>'), s);
    expect(s.zhSpacing).toEqual(['zh-date: …放款在 2024年3月27日 的周度资产负债表中…']);
  });

  it('flags a figure dated after its edition', () => {
    const s = emptyScan();
    scanPage('late', page('<span data-date="2025-11-03">x</span>'), s);
    expect(s.late).toEqual(['late: 2025-11-03 > 2025-10-31']);
  });

  it('flags an edition that names an event or episode before it happened, and passes one after', () => {
    const s = emptyScan();
    scanPage('early', page('<p>Take-up at the Standing Repo Facility was small.</p>', '2020-03-17'), s);
    scanPage('after', page('<p>Take-up at the Standing Repo Facility was small.</p>', '2025-10-31'), s);
    scanPage('zh', page('<p>2023年3月的压力</p>', '2022-06-01'), s);
    expect(s.earlyEvents).toEqual([
      'early: "Standing Repo Facility" (srf, from 2021-07-28) in the edition of 2020-03-17',
      'zh: "2023年3月" (banks2023, from 2023-03-25) in the edition of 2022-06-01',
    ]);
  });

  it('flags a chart with axes only, or a line of a single point, and accepts a lone dot', () => {
    const s = emptyScan();
    scanPage('axes', page(chart('')), s);
    scanPage('one', page(chart('<g aria-label="line"><path d="M1,2Z"></path></g>')), s);
    scanPage('dot', page(chart('<g aria-label="dot"><g transform="x"><circle cx="1" cy="2"></circle></g></g>')), s);
    expect(s.emptyCharts).toEqual(['axes: chart-x', 'one: chart-x']);
  });
});
