// Names readers use for the same thing, in either language: a query in one finds pages that
// use another ("SRF" the pages about 常备回购便利, "TGA" those about 财政部一般账户). Each group is
// one concept; a query holding one of its names is also searched with each of the others.
// Pure; runs in the browser and in unit tests.

export const SYNONYMS: readonly (readonly string[])[] = [
  ['SRF', 'Standing Repo Facility', '常备回购便利', '常备回购'],
  ['ON RRP', 'reverse repo', 'RRP', '隔夜逆回购', '逆回购'],
  ['TGA', 'Treasury General Account', "Treasury's cash", '财政部一般账户', '财政部现金'],
  ['IORB', 'interest on reserve balances', '准备金余额利率'],
  ['IOER', 'interest on excess reserves', '超额准备金利率'],
  ['SOFR', 'Secured Overnight Financing Rate', '有担保隔夜融资利率'],
  ['EFFR', 'effective federal funds rate', '有效联邦基金利率'],
  ['BTFP', 'Bank Term Funding Program', '银行定期融资计划'],
  ['QT', 'quantitative tightening', 'balance sheet runoff', '缩表', '量化紧缩'],
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word in Latin script; Chinese has no word spaces, so there it is a substring. */
const pattern = (name: string) => new RegExp(/^[\x20-\x7e]+$/.test(name) ? `(?<![A-Za-z])${escapeRegExp(name)}(?![A-Za-z])` : escapeRegExp(name), 'i');

/**
 * The queries to run for `query`: itself first, then the query with each synonym in place of
 * the name it contains (longest name first, so "ON RRP" is not read as "RRP"). At most `limit`.
 */
export function expandQuery(query: string, limit = 6): string[] {
  const q = query.trim();
  const out = [q];
  for (const group of SYNONYMS) {
    const found = [...group].sort((a, b) => b.length - a.length).find((name) => pattern(name).test(q));
    if (!found) continue;
    for (const other of group) {
      if (other === found) continue;
      const variant = q.replace(pattern(found), other);
      if (!out.includes(variant)) out.push(variant);
    }
  }
  return out.slice(0, limit);
}

/** The phrases a result should contain to count as an exact match: the query and its variants, lowercased. */
export const phrasesOf = (queries: readonly string[]): string[] => [...new Set(queries.map((q) => q.toLowerCase()))];
