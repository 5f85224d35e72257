import { beforeAll, describe, expect, it } from 'vitest';
import { indexBacktest, type IndexEpisodeScore } from '../../src/metrics/backtest.ts';
import { fixtureSnapshot } from '../helpers.ts';

// Real data cut at a fixed date (tests/fixtures/snapshot), so new data cannot move these values.
let scores: IndexEpisodeScore[];
beforeAll(async () => {
  scores = indexBacktest(await fixtureSnapshot());
});
const score = (episode: string, series: string) => scores.find((s) => s.episode === episode && s.series === series);

describe('official indexes in the labelled episodes', () => {
  it('scores every index in every episode', () => {
    expect(scores).toHaveLength(16);
  });
  it('reads March 2020 above zero, each from the first edition it was public', () => {
    expect(score('covid2020', 'OFR_FSI')).toEqual({ episode: 'covid2020', series: 'OFR_FSI', peak: { date: '2020-03-18', value: 9.486 }, firstAbove: '2020-03-09' });
    expect(score('covid2020', 'STLFSI4')?.peak).toEqual({ date: '2020-03-13', value: 3.5147 });
    expect(score('covid2020', 'NFCI')?.firstAbove).toBe('2020-03-18');
  });
  it('counts a weekly index from the edition it was published, not its own date (STLFSI4 in March 2023)', () => {
    expect(score('banks2023', 'STLFSI4')).toEqual({ episode: 'banks2023', series: 'STLFSI4', peak: { date: '2023-03-17', value: 1.1243 }, firstAbove: '2023-03-23' });
    expect(score('banks2023', 'NFCI')?.firstAbove).toBeNull();
  });
  it('finds no index above zero in the repo squeezes of 2019 and 2025, which stayed in funding markets', () => {
    for (const episode of ['repo2019', 'squeeze2025']) {
      expect(scores.filter((s) => s.episode === episode).map((s) => s.firstAbove)).toEqual([null, null, null, null]);
    }
    expect(score('squeeze2025', 'NFCI')?.peak).toEqual({ date: '2025-10-31', value: -0.515 });
  });
});
