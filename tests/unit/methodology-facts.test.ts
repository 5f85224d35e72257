// The methodology states the editions' cut-off from CUTOFF_ET, not by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUTOFF_ET } from '../../src/metrics/publication.ts';
import { methodologySource } from '../../src/site/methodology.ts';

const read = (locale: 'zh' | 'en') => readFileSync(`content/methodology/${locale}.md`, 'utf8');

describe('methodologySource', () => {
  it('puts the cut-off hour in both languages where the text asks for it', () => {
    expect(CUTOFF_ET).toBe('18:00'); // the words below are what 18:00 reads as
    const zh = methodologySource(read('zh'), 'zh', 'zh.md');
    const en = methodologySource(read('en'), 'en', 'en.md');
    expect(zh).toContain('D 日纽约时间 18\\:00（本站每日更新的时间）');
    expect(en).toContain('had published by 6 p.m. New York time on D');
    expect(zh + en).not.toContain('{cutoff}');
  });

  it('follows CUTOFF_ET rather than a written hour', () => {
    expect(read('zh')).not.toMatch(/18\\?:00/);
    expect(read('en')).not.toMatch(/6 p\.m\./);
  });

  it('names the file when the text no longer says where the hour goes', () => {
    expect(() => methodologySource('Editions hold what was published by 6 p.m.', 'en', 'content/methodology/en.md'))
      .toThrow(/^content\/methodology\/en\.md: the methodology no longer says when editions are cut; write \{cutoff\}/);
  });
});
