// npm run boilerplate [-- zh|en]: how templated the fixture editions read (issue 19 §5), per
// section, over every edition date of tests/fixtures/snapshot. Prints distinct sentences, sentences
// per edition that at most a third of editions share, and every sentence on more than a third.
import { readSnapshot } from '../src/snapshot/store.ts';
import { Build } from '../src/site/build.ts';
import type { Locale } from '../src/core/locale.ts';
import { boilerplate, sectionSentences } from '../tests/boilerplate.ts';

const locales = (process.argv.slice(2).filter((a) => a === 'zh' || a === 'en') as Locale[]);
const build = new Build(await readSnapshot('tests/fixtures/snapshot'), { reportsDir: 'content/reports', chartThread: false });
for (const locale of locales.length ? locales : (['zh', 'en'] as const)) {
  const bySection = new Map<string, string[][]>();
  const whole: string[][] = [];
  for (const date of build.dates) {
    const sections = sectionSentences((await build.edition(locale, date)).html);
    whole.push([...sections.values()].flat());
    // Sections an edition lacks count as empty, so shares are over all editions.
    for (const [h, s] of sections) (bySection.get(h) ?? bySection.set(h, []).get(h) as string[][]).push(s);
  }
  const all = boilerplate(whole);
  console.log(`\n${locale}: ${all.editions} editions, ${all.distinct} distinct sentences, ${all.ownPerEdition.toFixed(1)} per edition on at most a third of editions, ${all.common.length} on more than a third`);
  for (const [heading, lists] of bySection) {
    const padded = [...lists, ...Array.from({ length: all.editions - lists.length }, () => [])];
    const b = boilerplate(padded);
    console.log(`  ${heading}: on ${lists.length} editions, ${b.distinct} distinct, ${b.common.length} on more than a third`);
    for (const c of b.common) console.log(`    ${(c.share * 100).toFixed(1)}%  ${c.sentence.slice(0, 110)}`);
  }
}
