// Test-only: the options a test update runs with against the fake sources (fixed clock, fast
// retries, no pacing), shared by in-process runs and the crash child (crash-update.ts).
import type { SourceJob } from '../../src/sources/job.ts';
import type { UpdateOptions } from '../../src/update/run.ts';

export const TEST_TODAY = '2025-11-06';

export function updateOptions(snapshotDir: string, jobs: readonly SourceJob[], log: (line: string) => void = () => {}): UpdateOptions {
  return {
    snapshotDir,
    jobs,
    http: { timeoutMs: 5000, attempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 200_000, random: () => 0.5 },
    today: TEST_TODAY,
    now: `${TEST_TODAY}T12:00:00.000Z`,
    pace: { fred: { parallel: 4, intervalMs: 0 }, nyfed: { parallel: 2, intervalMs: 0 }, fiscaldata: { parallel: 2, intervalMs: 0 }, binance: { parallel: 1, intervalMs: 0 }, ofr: { parallel: 1, intervalMs: 0 } },
    confirm: new Set(),
    log,
  };
}
