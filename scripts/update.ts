// Refreshes the committed snapshot from the live sources.
// Usage: npm run update [-- --only SOFR,BGCR] [-- --confirm SOFR]
// Exit codes: 0 all series ok; 2 some series stale/failed but the snapshot is consistent;
// 1 nothing could be updated (for example no network; nothing is written then), another update
// holds the snapshot's lock, or a bug.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SERIES, type SourceId } from '../src/catalog/series.ts';
import { LockError } from '../src/snapshot/lock.ts';
import { DEFAULT_HTTP, type HttpOptions } from '../src/sources/http.ts';
import { scrubSecrets, secretsInEnv } from '../src/core/redact.ts';
import { buildJobs } from '../src/update/plan.ts';
import { runUpdate, type Pace } from '../src/update/run.ts';
import { printable } from '../src/update/printable.ts';
import { outcomeTable } from '../src/update/table.ts';

const args = process.argv.slice(2);
const listArg = (name: string) => {
  const i = args.indexOf(name);
  return new Set(i >= 0 ? (args[i + 1] ?? '').split(',').filter(Boolean) : []);
};
const known = new Set<string>(SERIES.map((s) => s.id));
const only = listArg('--only');
const confirm = listArg('--confirm');
for (const id of [...only, ...confirm]) {
  if (!known.has(id)) {
    console.error(`update: unknown series "${id}"; known: ${[...known].join(', ')}`);
    process.exit(1);
  }
}

const env = process.env;
const envMs = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
// Today in US Eastern terms: the sources date their data that way.
const today = env.UPDATE_TODAY ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
const http: HttpOptions = {
  ...DEFAULT_HTTP,
  timeoutMs: envMs('UPDATE_TIMEOUT_MS', DEFAULT_HTTP.timeoutMs),
  attempts: envMs('UPDATE_ATTEMPTS', DEFAULT_HTTP.attempts),
  baseDelayMs: envMs('UPDATE_RETRY_BASE_MS', DEFAULT_HTTP.baseDelayMs),
};
const pace: Record<SourceId, Pace> = {
  fred: { parallel: 1, intervalMs: envMs('FRED_MIN_INTERVAL_MS', 1000) }, // FRED robots.txt: Crawl-delay 1
  nyfed: { parallel: 2, intervalMs: 0 },
  fiscaldata: { parallel: 2, intervalMs: 0 },
  binance: { parallel: 1, intervalMs: 0 },
  ofr: { parallel: 1, intervalMs: 0 }, // one request a run: the whole FSI history in one CSV
};
// Never printed or written: every line and record below passes through scrub.
const secrets = secretsInEnv(env);
const scrub = (text: string) => scrubSecrets(text, secrets);
// Below the CI job's 30 minutes, leaving room for the build and checks that follow.
const deadlineMs = envMs('UPDATE_DEADLINE_MS', 10 * 60_000);
const jobs = buildJobs(env).filter((j) => only.size === 0 || j.series.some((id) => only.has(id)));

try {
  const result = await runUpdate({
    snapshotDir: resolve(env.SNAPSHOT_DIR ?? 'content/data'),
    jobs, http, today, now: new Date().toISOString(), pace, confirm, deadlineMs, secrets,
    // Log lines carry source text (errors quote fields and bodies): one printable line each, no secret.
    log: (line) => console.log(printable(scrub(line))),
  });
  console.log('');
  console.log(scrub(outcomeTable(result.outcomes)));
  // Machine-readable outcomes for `npm run daily` (commit message, CI summary).
  if (env.UPDATE_SUMMARY) {
    const { exitCode, noNetwork, wrote, outcomes } = result;
    await writeFile(env.UPDATE_SUMMARY, scrub(`${JSON.stringify({ exitCode, noNetwork, wrote, outcomes }, null, 2)}\n`));
  }
  console.log(result.wrote ? `update: snapshot written to ${env.SNAPSHOT_DIR ?? 'content/data'}` : 'update: nothing written');
  process.exit(result.exitCode);
} catch (err) {
  if (err instanceof LockError) {
    console.error(`update: ${err.message}`);
    process.exit(1);
  }
  // The message may quote a source; the stack frames below it are ours.
  const e = err instanceof Error ? err : new Error(String(err));
  const frames = (e.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  console.error(scrub([`update: failed: ${printable(`${e.name}: ${e.message}`)}`, ...frames].join('\n')));
  process.exit(1);
}
