import { beforeAll, describe, expect, it } from 'vitest';
import { editionCalendar } from '../../src/metrics/publication.ts';
import { computeTimeline } from '../../src/metrics/timeline.ts';
import { feedItems, FEED_LENGTH } from '../../src/site/feed.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

describe('feedItems', () => {
  it('lists the latest editions first, each with its regime and the rules that fired', () => {
    const dates = editionCalendar(snap).filter((d) => d <= '2025-11-04').slice(-70);
    const items = feedItems([...computeTimeline(snap, dates).values()], 'en');
    expect(items).toHaveLength(FEED_LENGTH);
    expect(items[0]).toMatchObject({
      title: 'US Dollar Liquidity Monitor · Nov 4, 2025 · Overall: stressed',
      link: '/en/reports/2025-11-04/',
      pubDate: new Date('2025-11-04T12:00:00Z'),
    });
    expect(items[0]?.description).toContain("Fiscal drain: red (TGA up, net of the Fed's balance-sheet change, by more than 10% of reserves + ON RRP over three months)");
    expect(items[1]?.link).toBe('/en/reports/2025-11-03/');
  });
});
