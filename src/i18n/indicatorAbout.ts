import type { SeriesId } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';

// What each series is and why it matters for dollar funding liquidity, for its indicator page.
// Written for this site, in both languages; keyed by SeriesId so a series without words fails
// `tsc`. Series of one family (the SOFR percentiles, the repo collateral splits, the OFR FSI
// categories) share one text with their own name filled in. How the verdict uses a series is
// not written here: it is derived from the signal rules (site/indicatorRules.ts).

export interface About {
  /** What the series measures and who produces it. */
  readonly what: string;
  /** Why it matters for dollar funding liquidity. */
  readonly why: string;
}

type Words = Readonly<Record<Locale, About>>;

/** "1" → "1st", "25" → "25th", "99" → "99th": the percentiles the site shows. */
const ordinal = (p: string): string => `${p}${/1$/.test(p) && !/11$/.test(p) ? 'st' : /2$/.test(p) && !/12$/.test(p) ? 'nd' : /3$/.test(p) && !/13$/.test(p) ? 'rd' : 'th'}`;

const percentile = (p: string, zhTail: string, enTail: string): Words => ({
  zh: {
    what: `纽约联储每天在计算 SOFR 时，把纳入统计的全部隔夜国债回购交易按成交量排序；第 ${p} 百分位是这一分布中 ${p}% 的成交量利率不高于它的那个利率。SOFR 本身是这一分布的中位数（第 50 百分位）。`,
    why: `中位数只反映典型的借款成本，分布两端才看得出谁在被迫高价借钱。${zhTail}`,
  },
  en: {
    what: `Each day the New York Fed ranks the overnight Treasury repo trades behind SOFR by rate, weighted by volume; the ${ordinal(p)} percentile is the rate at or below which ${p}% of that volume traded. SOFR itself is the median of the same distribution.`,
    why: `The median shows what a typical borrower pays; the ends of the distribution show who has to pay up. ${enTail}`,
  },
});

const repoSplit = (zhCollateral: string, enCollateral: string): Words => ({
  zh: {
    what: `美联储回购操作中以${zhCollateral}为抵押的成交额（十亿美元）：2019年9月至 2021年为临时公开市场回购操作，2021年7月28日起为常备回购便利（SRF）。`,
    why: `分抵押品看，可以知道借款方拿什么换现金。平时以国债为主；当更多使用量押上${zhCollateral}，往往说明交易商手里的国债已不够用，或者私人回购市场对这类抵押品要价更高。`,
  },
  en: {
    what: `Take-up at the Fed's repo operations against ${enCollateral}, in $bn: the temporary open market operations from September 2019 to 2021, and the Standing Repo Facility (SRF) from 2021-07-28.`,
    why: `The split shows what borrowers hand over for cash. Treasuries usually dominate; when more of the take-up is against ${enCollateral}, dealers have often run short of Treasuries to pledge, or private repo lenders charge more against that collateral.`,
  },
});

const h41Loan = (zhWhat: string, enWhat: string, zhWhy: string, enWhy: string): Words => ({
  zh: { what: `${zhWhat}美联储 H.4.1 周报中的周三余额（百万美元）。`, why: zhWhy },
  en: { what: `${enWhat} Wednesday level from the Fed's weekly H.4.1 release, in $ millions.`, why: enWhy },
});

const fsiCategory = (zhName: string, enName: string, zhInputs: string, enInputs: string): Words => ({
  zh: {
    what: `OFR 金融压力指数的“${zhName}”分项：由${zhInputs}等市场变量合成，单位是标准化的指数点，0 表示平均压力水平。五个分项相加即为总指数。`,
    why: `总指数上升时，分项说明压力从哪里来。美元融资紧张通常先出现在融资和避险资产分项，若只有${zhName}分项上升，更可能是局部的市场调整，而不是美元短缺。`,
  },
  en: {
    what: `The ${enName} category of the OFR Financial Stress Index: built from market variables such as ${enInputs}, in standardised index points where zero is average stress. The five categories add up to the headline index.`,
    why: `When the headline rises, the categories say where the stress comes from. Dollar funding strain tends to show first in the funding and safe-asset categories; a rise in ${enName} alone points more to a market correction than to a shortage of dollars.`,
  },
});

const riskPrice = (zhName: string, enName: string): Words => ({
  zh: {
    what: `${zhName}的每日收盘价。价格受版权保护，本站只发布由它计算的衍生指标：较 52 周高点的回撤，以及与净流动性周变化的相关系数。`,
    why: `风险资产是市场对流动性变化的反应，而不是流动性本身。融资利率走高时，若${zhName}同时大幅回撤，说明压力已经传到资产价格，资金面的信号就更可信。`,
  },
  en: {
    what: `Daily closing prices of the ${enName}. The prices are copyrighted: the site publishes only figures derived from them, the drawdown from the 52-week high and the correlation with weekly changes in net liquidity.`,
    why: `Risk assets show how markets react to liquidity, not liquidity itself. When funding rates rise and the ${enName} falls sharply at the same time, the strain has reached asset prices, which makes the funding signal more credible.`,
  },
});

const bitcoin = (zhSource: string, enSource: string): Words => ({
  zh: {
    what: `比特币的每日收盘价（${zhSource}）。本站的比特币历史在 2025-11-21 拼接两家来源：此前用 Binance BTC/USDT，此后用 Coinbase BTC-USD。价格不公开发布，只发布回撤和相关系数。`,
    why: '比特币全天候交易、杠杆高，美元流动性收紧时常常最先被抛售。它只作为佐证：单独的比特币下跌不会改变总体判断。',
  },
  en: {
    what: `Daily closing prices of Bitcoin (${enSource}). The site's Bitcoin history joins two sources on 2025-11-21: Binance BTC/USDT before, Coinbase BTC-USD from then on. Prices are not republished; only the drawdown and the correlation are.`,
    why: 'Bitcoin trades around the clock on heavy leverage and is often sold first when dollar liquidity tightens. It serves only as corroboration: a fall in Bitcoin alone never changes the overall reading.',
  },
});

export const INDICATOR_ABOUT: Readonly<Record<SeriesId, Words>> = {
  SOFR: {
    zh: {
      what: '有担保隔夜融资利率（SOFR）衡量以美国国债为抵押、借入隔夜美元现金的成本。纽约联储自 2018年4月起每个营业日公布，取三方回购、GCF 回购和经 FICC 清算的双边回购交易按成交量加权的中位数，近年日成交量以万亿美元计。',
      why: '这是美元融资市场最核心的价格。银行体系现金充足时，SOFR 稳稳落在联邦基金目标区间之内、IORB 之下；一旦高出区间上限或 IORB，说明借钱的人多、愿意放出现金的人少，2019年9月的回购风波就是这样开始的。',
    },
    en: {
      what: 'The Secured Overnight Financing Rate (SOFR) is the cost of borrowing dollars overnight against Treasury collateral. The New York Fed has published it each business day since April 2018 as the volume-weighted median of tri-party, GCF and FICC-cleared bilateral repo trades, in recent years trillions of dollars a day.',
      why: 'It is the central price of dollar funding. While the banking system holds ample cash, SOFR sits inside the federal funds target range and below IORB; when it rises above the top of the range or above IORB, borrowers outnumber those willing to lend cash, which is how the September 2019 repo spike began.',
    },
  },
  SOFR_P1: percentile('1',
    '第 1 百分位通常贴近隔夜逆回购利率，即货币基金把钱放在美联储所得的利率；它的变化说明现金最充裕的一端在什么价位出借。',
    'The 1st percentile usually sits near the ON RRP rate, what money funds earn at the Fed; it shows where the most cash-rich lenders are willing to lend.'),
  SOFR_P25: percentile('25',
    '第 25 与第 75 百分位之差是分布的“中间一半”有多宽；这一区间变宽，说明同一天不同借款人的融资成本分化。',
    'The gap between the 25th and 75th percentiles is the width of the middle half; when it widens, borrowers pay very different prices on the same day.'),
  SOFR_P75: percentile('75',
    '第 75 百分位高于中位数较多时，说明相当一部分交易需要付出溢价，常见于国债结算日和月末。',
    'A 75th percentile well above the median means a sizeable share of trades paid a premium, as on Treasury settlement days and at month-end.'),
  SOFR_P99: percentile('99',
    '第 99 百分位是最急需现金的那部分借款人的价格。2019年9月17日它比中位数高出数个百分点；它明显高出目标区间上限，是融资压力最早、最直接的信号之一。',
    'The 99th percentile is the price paid by the borrowers most in need of cash. On 17 September 2019 it was several percentage points above the median; a 99th percentile well above the top of the target range is one of the earliest and most direct signs of funding strain.'),
  SOFR_VOLUME: {
    zh: {
      what: '计算 SOFR 所依据的隔夜国债回购交易总额（十亿美元），纽约联储与利率同时公布。',
      why: '成交量说明回购市场要承接多少融资需求。国债发行增加时，交易商需要通过回购为更多持仓融资；成交量上升而利率同时走高，说明现金供给跟不上。',
    },
    en: {
      what: 'The total of the overnight Treasury repo trades behind SOFR, in $bn, published by the New York Fed with the rate.',
      why: 'Volume shows how much financing the repo market has to carry. As Treasury issuance grows, dealers finance more holdings in repo; volume rising together with the rate means cash is not keeping up.',
    },
  },
  BGCR: {
    zh: {
      what: '广义一般抵押品回购利率（BGCR）：三方回购中以国债为一般抵押品的隔夜交易，加上 FICC 的 GCF 回购交易，按成交量加权的中位数，由纽约联储每个营业日公布。它比 TGCR 范围更广，比 SOFR 少了双边回购。',
      why: 'BGCR 与 SOFR 的差反映双边清算市场（对冲基金等通过交易商借钱的地方）相对三方市场的溢价。SOFR 明显高于 BGCR 时，压力集中在交易商向客户放款的环节。',
    },
    en: {
      what: 'The Broad General Collateral Rate (BGCR): the volume-weighted median of overnight tri-party general collateral Treasury repo plus FICC GCF repo, published each business day by the New York Fed. It is broader than TGCR and leaves out the bilateral trades that SOFR includes.',
      why: 'The gap between BGCR and SOFR shows the premium in cleared bilateral repo, where hedge funds and others borrow through dealers, over the tri-party market. SOFR well above BGCR puts the strain at the dealers\' lending to clients.',
    },
  },
  TGCR: {
    zh: {
      what: '三方一般抵押品回购利率（TGCR）：三方回购平台上以国债为抵押的隔夜一般抵押品交易的成交量加权中位数（不含美联储自身的操作），由纽约联储每个营业日公布。',
      why: '三方市场的主要出借方是货币市场基金，它们也可以把钱放到美联储的隔夜逆回购。TGCR 高出逆回购利率越多，说明私人市场越需要这些现金；两者贴近时，现金仍然过剩。',
    },
    en: {
      what: 'The Tri-Party General Collateral Rate (TGCR): the volume-weighted median of overnight general collateral Treasury repo on the tri-party platform, excluding the Fed\'s own operations, published each business day by the New York Fed.',
      why: 'The main lenders in tri-party repo are money market funds, which can also place cash at the Fed\'s ON RRP. The further TGCR rises above the ON RRP rate, the more the private market needs that cash; when the two are close, cash is still in surplus.',
    },
  },
  EFFR: {
    zh: {
      what: '有效联邦基金利率（EFFR）：银行间无担保隔夜借贷（联邦基金）按成交量加权的中位数，由纽约联储根据 FR 2420 报告每个营业日公布。它就是 FOMC 用目标区间来引导的那个利率。',
      why: '联邦基金市场如今主要是联邦住房贷款银行把现金借给银行。EFFR 相对 IORB 的位置反映准备金的松紧：准备金充裕时它稳定在 IORB 之下；逼近或高过 IORB，说明准备金开始稀缺。',
    },
    en: {
      what: 'The Effective Federal Funds Rate (EFFR): the volume-weighted median of overnight unsecured interbank loans (federal funds), published each business day by the New York Fed from FR 2420 reports. It is the rate the FOMC steers with its target range.',
      why: 'Federal funds today are mostly Federal Home Loan Banks lending cash to banks. Where EFFR sits against IORB reflects how plentiful reserves are: with ample reserves it stays steadily below IORB; as it nears or passes IORB, reserves are becoming scarce.',
    },
  },
  IORB: {
    zh: {
      what: '准备金余额利率（IORB）：美联储对银行存放在联储的准备金支付的利率，由理事会设定，2021年7月29日起取代此前的超额准备金利率（IOER）与法定准备金利率（IORR）。',
      why: '银行随时可以把钱存在联储赚取 IORB，所以它很少愿意以更低的利率在市场上借出；反过来，市场利率（SOFR、EFFR）持续高于 IORB，说明银行手里的准备金已不宽裕，这是判断准备金是否“充足”的关键参照。',
    },
    en: {
      what: 'The Interest Rate on Reserve Balances (IORB): the rate the Fed pays banks on the reserves they hold at the Fed, set by the Board. Since 2021-07-29 it has replaced the interest rate on excess reserves (IOER) and on required reserves (IORR).',
      why: 'Banks can always earn IORB by leaving cash at the Fed, so they rarely lend below it for long; conversely, market rates (SOFR, EFFR) that stay above IORB show that banks no longer have reserves to spare. It is the key yardstick of whether reserves are ample.',
    },
  },
  IOER: {
    zh: {
      what: '超额准备金利率（IOER）：美联储对银行超出法定要求的准备金支付的利率，自 2008年10月起实行，2021年7月28日为最后一天，次日由准备金余额利率（IORB）取代。',
      why: '在 IORB 出现之前，它起着同样的作用：市场利率与 IOER 的距离反映准备金的松紧。本站把 IOER 与 IORB 首尾相接，作为同一条参照线，因此 2021年7月以前的日报用的是 IOER。',
    },
    en: {
      what: 'The Interest Rate on Excess Reserves (IOER): the rate the Fed paid on reserves above requirements, from October 2008 until its last day, 2021-07-28; the Interest Rate on Reserve Balances (IORB) replaced it the next day.',
      why: 'Before IORB it played the same role: the distance of market rates from IOER showed how plentiful reserves were. The site joins IOER and IORB end to end as one reference line, so editions before July 2021 use IOER.',
    },
  },
  DFEDTARU: {
    zh: {
      what: '联邦公开市场委员会（FOMC）设定的联邦基金目标区间的上限，自 2008年12月16日起以区间形式公布，在每次议息决定后变动。',
      why: '区间上限是美元隔夜利率的“天花板”：常备回购便利的最低报价利率就设在这里。SOFR 或其第 99 百分位高出上限，说明有人宁可付出超过政策意图的价格借钱，这是本站融资利率支柱的核心判据。',
    },
    en: {
      what: 'The upper limit of the federal funds target range set by the FOMC, published as a range since 2008-12-16 and changed with each rate decision.',
      why: 'The top of the range is the intended ceiling for overnight dollar rates: the Standing Repo Facility\'s minimum bid rate is set there. SOFR or its 99th percentile above it means some borrowers pay more than policy intends, the core test of the site\'s funding-rates pillar.',
    },
  },
  DFEDTARL: {
    zh: {
      what: '联邦公开市场委员会（FOMC）设定的联邦基金目标区间的下限，自 2008年12月16日起公布，与上限一起随议息决定变动。',
      why: '区间下限是隔夜利率的“地板”，隔夜逆回购利率通常设在这里，货币基金的现金很少以更低的利率借出。图中的目标区间色带由下限与上限构成，用来判断市场利率处在区间的哪个位置。',
    },
    en: {
      what: 'The lower limit of the federal funds target range set by the FOMC, published since 2008-12-16 and moved with the upper limit at each rate decision.',
      why: 'The bottom of the range is the floor for overnight rates: the ON RRP rate is usually set there, and money funds rarely lend cash for less. The target-range band on the rate charts is drawn from the lower and upper limits to show where market rates sit inside it.',
    },
  },
  RRPONTSYAWARD: {
    zh: {
      what: '美联储隔夜逆回购（ON RRP）操作的利率：货币市场基金、政府支持企业等合格机构把现金隔夜借给美联储、换取国债抵押所得到的利率，由 FOMC 设定，通常等于目标区间下限。',
      why: '它为回购利率托底：私人市场给的利率低于它时，现金就流向美联储。TGCR 相对这一利率的溢价，是衡量三方市场现金是否过剩的直接尺度。',
    },
    en: {
      what: 'The rate on the Fed\'s overnight reverse repo (ON RRP) operations: what money market funds, government-sponsored enterprises and other eligible firms earn by lending cash to the Fed overnight against Treasuries. The FOMC sets it, usually at the bottom of the target range.',
      why: 'It puts a floor under repo rates: when private borrowers offer less, cash goes to the Fed. The premium of TGCR over this rate directly measures whether cash in the tri-party market is in surplus.',
    },
  },
  RRPONTSYD: {
    zh: {
      what: '隔夜逆回购（ON RRP）余额：货币市场基金等机构每天存放在美联储隔夜逆回购工具中的现金总额（十亿美元），纽约联储在当日操作结束后公布。2022年底曾超过 2.5 万亿美元。',
      why: '这是金融体系里“闲置”的现金，也是第一道缓冲：财政部发债吸走现金或美联储缩表时，先从这里流出，银行准备金可以暂时不受影响。余额接近零后，每一笔抽水都会直接压低准备金。',
    },
    en: {
      what: 'The overnight reverse repo (ON RRP) balance: cash that money market funds and other eligible firms place at the Fed overnight, in $bn, published by the New York Fed after each day\'s operation. It passed $2.5 trillion at the end of 2022.',
      why: 'This is idle cash in the system and the first buffer: when Treasury issuance or the Fed\'s balance-sheet runoff takes cash out, it leaves from here first and bank reserves are spared. Once the balance is near zero, every drain comes straight out of reserves.',
    },
  },
  SRF_TOTAL: {
    zh: {
      what: '美联储回购操作的每日使用量（十亿美元）：2019年9月至 2021年是临时公开市场回购操作，2021年7月28日起是常备回购便利（SRF）。交易商和合格银行可以用国债、机构债和机构 MBS 作抵押，按不低于目标区间上限的利率向美联储借入隔夜现金。',
      why: 'SRF 是回购市场的后备水源：只有市场利率高到接近或超过它的报价时，才有人来借。使用量本身就是压力的量化证据；2025年10月底的大额使用就是一例。临时操作时期的用量是美联储的常规准备金供给，不计入判断。',
    },
    en: {
      what: 'Daily take-up at the Fed\'s repo operations, in $bn: temporary open market operations from September 2019 to 2021, and the Standing Repo Facility (SRF) from 2021-07-28, where dealers and eligible banks borrow cash overnight from the Fed against Treasuries, agency debt and agency MBS at a rate no lower than the top of the target range.',
      why: 'The SRF is the repo market\'s backstop: it is used only when market rates reach or pass its rate, so take-up is measured evidence of strain, as at the end of October 2025. Take-up at the temporary operations was the Fed\'s routine reserve supply and is not scored.',
    },
  },
  SRF_TREASURY: repoSplit('国债', 'Treasury collateral'),
  SRF_AGENCY: repoSplit('机构债', 'agency debt'),
  SRF_MBS: repoSplit('机构 MBS', 'agency mortgage-backed securities'),
  WRESBAL: {
    zh: {
      what: '存款机构存放在各联邦储备银行的准备金余额（十亿美元），取美联储 H.4.1 周报中的周三数值，每周四 16:30（纽约时间）公布。',
      why: '准备金是银行之间结算用的最终货币，也是银行在回购市场放出现金的底气。2019年9月准备金降到约 1.4 万亿美元时回购利率骤升；本站看准备金处在近五年读数的什么位置、最近三个月是否在下降，来判断缓冲还剩多少。',
    },
    en: {
      what: 'Reserve balances that depository institutions hold at the Federal Reserve Banks, in $bn: the Wednesday level from the Fed\'s weekly H.4.1 release, published Thursdays at 4:30 p.m. ET.',
      why: 'Reserves are the money banks settle with and what lets them lend cash into repo. When they fell to about $1.4 trillion in September 2019, repo rates jumped; the site judges how much buffer is left from where reserves rank among their readings of the past five years and whether they fell over three months.',
    },
  },
  WALCL: {
    zh: {
      what: '美联储资产负债表的总资产（十亿美元），H.4.1 周报中的周三数值，每周四 16:30（纽约时间）公布。',
      why: '美联储买入资产（量化宽松）或放出贷款时，总资产上升，同时向银行体系注入准备金；缩表（量化紧缩）则相反。一周内骤增说明美联储在紧急放款，如 2020年3月和 2023年3月；它也用来扣除财政抽水中美联储自身的影响。',
    },
    en: {
      what: 'Total assets on the Federal Reserve\'s balance sheet, in $bn: the Wednesday level from the weekly H.4.1 release, published Thursdays at 4:30 p.m. ET.',
      why: 'When the Fed buys assets (QE) or lends, total assets rise and reserves flow into the banking system; runoff (QT) does the reverse. A sudden weekly jump means emergency lending, as in March 2020 and March 2023; the change is also netted out of the fiscal drain.',
    },
  },
  WTREGEN: {
    zh: {
      what: '财政部在美联储的一般账户（TGA）余额的周平均值（十亿美元），取自 H.4.1 周报，每周四 16:30（纽约时间）公布。',
      why: 'TGA 是财政部的“钱包”，存在美联储，不属于银行体系。税款入库和发债募资让 TGA 增加，同时等额抽走准备金或逆回购余额；财政支出则把钱送回。本站用它的三个月变化（扣除美联储资产变化）衡量财政对缓冲的抽水，并用于计算净流动性。',
    },
    en: {
      what: 'The Treasury General Account (TGA), the Treasury\'s account at the Fed, as a weekly average in $bn from the H.4.1 release, published Thursdays at 4:30 p.m. ET.',
      why: 'The TGA is the Treasury\'s wallet at the Fed, outside the banking system. Tax receipts and debt sales raise it and drain the same amount from reserves or ON RRP; spending sends the money back. The site uses its three-month change, net of the Fed\'s balance-sheet change, as the fiscal drain on the buffers, and in net liquidity.',
    },
  },
  TGA_CLOSE: {
    zh: {
      what: '财政部一般账户（TGA）每个营业日的日终余额（十亿美元），来自财政部《每日国库报表》，于下一营业日下午公布。',
      why: '它比周度数据早几天反映财政收支：季度缴税日、大额国债结算日 TGA 会一天跳升数百亿美元，同时从市场抽走等量现金，常伴随回购利率短暂上行。债务上限期间 TGA 被耗尽、之后重建，也是准备金大幅波动的来源。',
    },
    en: {
      what: 'The Treasury General Account (TGA) closing balance on each business day, in $bn, from the Treasury\'s Daily Treasury Statement, published the next business day in the afternoon.',
      why: 'It shows the Treasury\'s cash flows days before the weekly data: on quarterly tax dates and large debt settlements the TGA can jump by tens of billions in a day, taking as much cash out of the market, often with a brief rise in repo rates. Its run-down under a debt ceiling and the rebuild afterwards also swing reserves sharply.',
    },
  },
  SP500: riskPrice('标普 500 指数', 'S&P 500'),
  NASDAQCOM: riskPrice('纳斯达克综合指数', 'Nasdaq Composite'),
  CBBTCUSD: bitcoin('Coinbase BTC-USD，美国太平洋时间 17:00', 'Coinbase BTC-USD, 5 p.m. Pacific time'),
  BTCUSDT: bitcoin('Binance BTC/USDT，UTC 零点', 'Binance BTC/USDT, midnight UTC'),
  WLCFLPCL: h41Loan(
    '美联储贴现窗口一级信贷的未偿余额：经营稳健的存款机构以抵押品向联储借入的短期贷款，',
    'Primary credit outstanding at the Fed\'s discount window: short-term loans to sound depository institutions against collateral, as the',
    '银行通常不愿意使用贴现窗口，担心被视为经营困难，所以余额明显上升本身就是压力信号。2023年3月硅谷银行倒闭后一周，一级信贷余额升至约 1,500 亿美元的纪录。',
    'Banks are reluctant to borrow at the window for fear of looking troubled, so a clear rise is itself a sign of strain. The week after Silicon Valley Bank failed in March 2023, primary credit reached a record of about $150bn.'),
  H41RESPPALDKNWW: h41Loan(
    '银行定期融资计划（BTFP）的贷款余额：2023年3月为应对地区银行危机设立，允许银行以国债等按面值作抵押借入最长一年的贷款，2024年3月停止新增贷款，',
    'Loans outstanding under the Bank Term Funding Program (BTFP), set up in March 2023 during the regional bank crisis to lend banks up to a year against Treasuries and other collateral valued at par; it stopped making new loans in March 2024. The',
    '它显示 2023年银行业压力期间美联储提供了多少定期资金，以及这些贷款如何逐步偿还。该计划已结束，余额于 2025年降为零，序列只作历史参考。',
    'It shows how much term funding the Fed provided during the 2023 bank stress and how the loans were repaid. The program has ended and the balance reached zero in 2025, so the series is history.'),
  WLCFOCEL: h41Loan(
    '美联储“其他信贷展期”的余额，例如 2023年3月向联邦存款保险公司（FDIC）设立的过桥银行提供的贷款，',
    'Other credit extensions by the Fed, such as the loans to the bridge banks the FDIC set up in March 2023, as the',
    '这类贷款只在非常时期出现，通常与银行倒闭处置有关；余额不为零，说明美联储正在为处置中的机构提供流动性。',
    'Such loans appear only in exceptional times, usually around bank resolutions; a balance above zero means the Fed is funding institutions being wound down.'),
  WLCFLL: h41Loan(
    '美联储各项流动性与信贷便利的贷款合计，包括贴现窗口、BTFP、其他信贷展期以及危机时期设立的各类便利，',
    'Total loans under the Fed\'s liquidity and credit facilities, including the discount window, the BTFP, other credit extensions and crisis-era facilities, as the',
    '它汇总了美联储作为最后贷款人借出的资金，比单项更能看出压力的总体规模：2020年3月和 2023年3月都曾在几周内急升。',
    'It adds up what the Fed lends as lender of last resort, showing the overall scale of strain better than any single facility: it rose steeply within weeks in March 2020 and in March 2023.'),
  SWPT: h41Loan(
    '央行流动性互换余额：美联储通过互换额度向外国央行提供美元、再由它们贷给本国银行的金额，',
    'Central bank liquidity swaps outstanding: dollars the Fed provides to foreign central banks through swap lines, which they lend on to their banks, as the',
    '它反映美国以外的美元短缺。海外银行借入大量美元却没有美联储账户，离岸美元紧张时只能靠本国央行转借；余额在 2008年和 2020年3月急升，平时接近零。',
    'It measures dollar shortages outside the United States. Foreign banks borrow heavily in dollars without access to the Fed, so in an offshore squeeze they depend on their own central bank; the balance surged in 2008 and March 2020 and is near zero in normal times.'),
  DGS2: {
    zh: {
      what: '2 年期美国国债的固定期限收益率（百分比），来自美联储 H.15 统计发布，于下一营业日公布。',
      why: '2 年期收益率主要反映市场对未来两年政策利率的预期。融资压力期间它可能因降息预期而骤降，也可能在“抛售一切换现金”时反常上升（如 2020年3月），后者说明连国债都在被抛售换取美元。',
    },
    en: {
      what: 'The constant-maturity yield on the 2-year Treasury note, in percent, from the Fed\'s H.15 release, published the next business day.',
      why: 'It mostly reflects where markets expect policy rates over two years. Under funding stress it can fall sharply on expected cuts, or rise perversely in a dash for cash, as in March 2020, when even Treasuries were sold to raise dollars.',
    },
  },
  DTB3: {
    zh: {
      what: '3 个月期国库券在二级市场的利率（贴现率口径，百分比），来自美联储 H.15 统计发布。',
      why: '国库券是货币基金等现金持有者的主要去处，与隔夜逆回购争夺同一笔钱。财政部大量发行国库券时，利率上升把现金从逆回购吸出；避险时国库券利率则会跌到政策利率以下。',
    },
    en: {
      what: 'The secondary-market rate on 3-month Treasury bills, on a discount basis in percent, from the Fed\'s H.15 release.',
      why: 'Bills are where money funds and other cash holders invest, competing with the ON RRP for the same cash. Heavy bill issuance lifts the rate and pulls cash out of the ON RRP; in a flight to safety bill rates fall below policy rates.',
    },
  },
  T10Y2Y: {
    zh: {
      what: '10 年期与 2 年期美国国债收益率之差（百分点），由圣路易斯联储根据 H.15 数据计算。',
      why: '收益率曲线反映市场对增长与政策路径的判断，不是流动性指标本身，但能说明压力出现时的宏观背景：曲线倒挂时货币政策偏紧，曲线快速变陡常出现在市场预期美联储被迫降息的时候。',
    },
    en: {
      what: 'The difference between the 10-year and 2-year Treasury yields, in percentage points, computed by the St. Louis Fed from H.15 data.',
      why: 'The curve reflects views on growth and the policy path rather than liquidity itself, but it gives the backdrop when strain appears: an inverted curve marks tight policy, and a fast steepening often comes when markets expect the Fed to be forced to cut.',
    },
  },
  RIFSPPFAAD90NB: {
    zh: {
      what: '90 天期 AA 级金融机构商业票据的利率（百分比），来自美联储商业票据统计，于下一营业日公布。',
      why: '这是银行等金融机构无担保借入三个月美元的价格。它相对国库券利率的利差扩大，说明投资者不愿把钱借给金融机构，2008年与 2020年3月都出现过这种情况，是定期美元融资紧张的信号。',
    },
    en: {
      what: 'The rate on 90-day AA-rated financial commercial paper, in percent, from the Fed\'s commercial paper data, published the next business day.',
      why: 'It is what banks and other financial firms pay to borrow dollars unsecured for three months. When its spread over bill rates widens, investors are pulling back from lending to financial firms, as in 2008 and March 2020: a sign of strain in term dollar funding.',
    },
  },
  STLFSI4: {
    zh: {
      what: '圣路易斯联储金融压力指数（第 4 版）：由利率、利差和波动率等 18 个周度市场指标合成，0 表示平均压力水平，高于 0 表示压力高于平均。',
      why: '这是一个官方的、覆盖面较广的压力综合指标，可以对照本站的判断：若本站判为紧张而该指数仍在 0 附近，说明压力集中在融资市场；两者同时上升，说明压力已扩散到更广的金融市场。',
    },
    en: {
      what: 'The St. Louis Fed Financial Stress Index (version 4): a weekly combination of 18 market indicators such as rates, spreads and volatility; zero is average stress and positive values are above average.',
      why: 'It is an official, broad gauge to set against the site\'s reading: if the site reads stressed while the index is near zero, the strain is confined to funding markets; if both rise, it has spread to wider financial markets.',
    },
  },
  NFCI: {
    zh: {
      what: '芝加哥联储全国金融状况指数（NFCI）：由货币市场、债务与股权市场以及银行体系的一百多个指标合成的周度指数，0 表示平均状况，正值表示金融状况比平均更紧。',
      why: '它衡量整体金融状况而非某一个市场。融资压力若伴随 NFCI 上升，说明紧张已影响到信贷的可得性；NFCI 维持宽松，则压力多半是技术性、短暂的。',
    },
    en: {
      what: 'The Chicago Fed National Financial Conditions Index (NFCI): a weekly index built from over a hundred measures of money markets, debt and equity markets and the banking system; zero is average and positive values mean tighter than average conditions.',
      why: 'It measures financial conditions as a whole rather than one market. Funding strain with a rising NFCI has reached the availability of credit; with the NFCI still loose, the strain is more likely technical and brief.',
    },
  },
  OFR_FSI: {
    zh: {
      what: '美国财政部金融研究办公室（OFR）金融压力指数：由三十多个全球市场变量每日合成，0 表示平均压力水平，正值表示压力高于平均；它是信用、股票估值、融资、避险资产和波动率五个分项之和。',
      why: '它是每日更新的官方压力指标，可以与本站对美元融资的判断互相印证；通过五个分项还能看出压力主要来自融资市场还是其他市场。',
    },
    en: {
      what: 'The Office of Financial Research Financial Stress Index: a daily combination of over thirty global market variables; zero is average stress and positive values are above average. It is the sum of five categories: credit, equity valuation, funding, safe assets and volatility.',
      why: 'It is an official daily stress gauge to check the site\'s reading of dollar funding against, and its five categories show whether the stress comes from funding markets or elsewhere.',
    },
  },
  OFR_FSI_CREDIT: fsiCategory('信用', 'credit', '公司债与信用违约互换利差', 'corporate bond and credit default swap spreads'),
  OFR_FSI_EQUITY: fsiCategory('股票估值', 'equity valuation', '主要股票市场的估值比率', 'valuation ratios of major stock markets'),
  OFR_FSI_SAFE_ASSETS: fsiCategory('避险资产', 'safe assets', '国债收益率、美元和黄金价格', 'government bond yields, the dollar and gold'),
  OFR_FSI_FUNDING: fsiCategory('融资', 'funding', '银行间拆借利差和货币互换基差', 'interbank lending spreads and cross-currency basis swaps'),
  OFR_FSI_VOLATILITY: fsiCategory('波动率', 'volatility', '股票、债券、汇率和商品的隐含波动率', 'implied volatility of equities, bonds, currencies and commodities'),
};

/** What a series is and why it matters, in the page's language. */
export function indicatorAbout(id: SeriesId, locale: Locale): About {
  const words: Words | undefined = INDICATOR_ABOUT[id];
  if (!words) throw new Error(`indicator pages: no words for series ${id} in i18n/indicatorAbout.ts`);
  return words[locale];
}
