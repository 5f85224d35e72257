// Provenance names the official request whatever host served it, and never a key.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASES, buildJobs, withoutKey, type PlannedJob } from '../../src/update/plan.ts';

/** The first URL a job asks for (the request is refused, so nothing is parsed). */
async function firstUrl(job: PlannedJob): Promise<string> {
  let asked = '';
  await job.run({ start: '2025-10-01', end: '2025-10-31' }, async (url) => {
    asked = url;
    throw new Error('refused');
  }).catch(() => undefined);
  return asked;
}

const MIRROR = 'http://127.0.0.1:9/mirror';
const OFFICIAL_HOSTS = Object.values(DEFAULT_BASES);

describe('official URL of a fetched request', () => {
  it('puts every request through an override back on its official host, same path and query', async () => {
    const jobs = buildJobs({ FRED_BASE_URL: MIRROR, NYFED_BASE_URL: `${MIRROR}/`, FISCALDATA_BASE_URL: MIRROR, OFR_BASE_URL: MIRROR });
    for (const job of jobs) {
      const fetched = await firstUrl(job);
      expect(fetched.startsWith(`${MIRROR}/`), job.key).toBe(true);
      const official = job.officialUrl(fetched);
      const host = OFFICIAL_HOSTS.find((h) => official.startsWith(`${h}/`));
      expect(host, `${job.key}: ${official}`).toBeDefined();
      expect(official.slice(host!.length), job.key).toBe(fetched.slice(MIRROR.length));
    }
    const fred = jobs.find((j) => j.key === 'fred:SOFR')!;
    expect(fred.officialUrl(await firstUrl(fred))).toBe('https://fred.stlouisfed.org/graph/fredgraph.csv?id=SOFR&cosd=2025-10-01&coed=2025-10-31');
  });

  it('leaves the API key out, on the official host and through a mirror', async () => {
    for (const env of [{ FRED_API_KEY: 'abcd1234secret' }, { FRED_API_KEY: 'abcd1234secret', FRED_BASE_URL: MIRROR }]) {
      const job = buildJobs(env).find((j) => j.key === 'fred:WALCL')!;
      const fetched = await firstUrl(job);
      expect(fetched).toContain('api_key=abcd1234secret');
      expect(job.officialUrl(fetched)).toBe(
        'https://api.stlouisfed.org/fred/series/observations?series_id=WALCL&file_type=json&observation_start=2025-10-01&observation_end=2025-10-31');
    }
  });

  it('drops the key wherever it stands in the query, and a redacted one too', () => {
    expect(withoutKey('https://x.org/a?api_key=k&b=1')).toBe('https://x.org/a?b=1');
    expect(withoutKey('https://x.org/a?b=1&api_key=k&c=2')).toBe('https://x.org/a?b=1&c=2');
    expect(withoutKey('https://x.org/a?b=1&api_key=***')).toBe('https://x.org/a?b=1');
    expect(withoutKey('https://x.org/a?api_key=k')).toBe('https://x.org/a');
  });
});
