// Test-only: one real update (SOFR and EFFR from the fake sources at BASE_URL into SNAPSHOT_DIR)
// that SIGKILLs itself right after the commit step named in CRASH_AT, as `kill -9` would.
// Run by tests/integration/update-safety.test.ts; the same options as its in-process reference run.
import { buildJobs } from '../../src/update/plan.ts';
import { runUpdate } from '../../src/update/run.ts';
import { updateOptions } from './update-options.ts';

const { SNAPSHOT_DIR, BASE_URL, CRASH_AT } = process.env;
if (!SNAPSHOT_DIR || !BASE_URL || !CRASH_AT) throw new Error('crash-update: set SNAPSHOT_DIR, BASE_URL and CRASH_AT');
await runUpdate({
  ...updateOptions(SNAPSHOT_DIR, buildJobs({ FRED_BASE_URL: BASE_URL }).filter((j) => j.key === 'fred:SOFR' || j.key === 'fred:EFFR')),
  afterCommitStep: (step) => {
    if (step === CRASH_AT) process.kill(process.pid, 'SIGKILL');
  },
});
console.error(`crash-update: step "${CRASH_AT}" never came`);
process.exit(3);
