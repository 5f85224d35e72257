// The daily run: `npm run update`, then a publishing build, then the site checks.
// Usage: npm run daily [-- --skip-update] [--out dist] [--summary file.json] [--commit-message file.txt]
// --summary writes the outcome as JSON (exitCode, stage, update outcomes, problems, snapshotChanged).
// Needs SITE_URL (the public address). Honors everything `npm run update` and the build read:
// SNAPSHOT_DIR, the *_BASE_URL overrides, FRED_API_KEY, UPDATE_TODAY, EDITIONS_FROM.
// Exit codes: 0 published-ready, every series ok; 2 published-ready with stale series marked;
// 1 update failed with nothing usable (or bad usage); 3 build failed; 4 site checks failed;
// 5 configuration (SITE_URL missing, local or malformed; nothing fetched).
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkSite } from '../src/daily/checks.ts';
import { DAILY_EXIT, runDaily } from '../src/daily/run.ts';
import { BEHIND_ALERT_BUSINESS_DAYS, seriesBehind } from '../src/daily/behind.ts';
import { annotations, behindTable, commitMessage, configAnnotation, markdownTable, type UpdateSummary } from '../src/daily/summary.ts';
import { latestEditionDate } from '../src/site/edition.ts';
import { resolveSiteUrl } from '../src/site/site-url.ts';
import { readSnapshot } from '../src/snapshot/store.ts';
import { scrubSecrets, secretsInEnv } from '../src/core/redact.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const known = new Set(['--skip-update', '--out', '--summary', '--commit-message']);
for (const [i, a] of args.entries()) {
  if (a.startsWith('--') && !known.has(a)) {
    console.error(`daily: unknown option ${a}; known: ${[...known].join(', ')}`);
    process.exit(DAILY_EXIT.updateFailed);
  }
  if (['--out', '--summary', '--commit-message'].includes(a) && !args[i + 1]) {
    console.error(`daily: ${a} needs a path`);
    process.exit(DAILY_EXIT.updateFailed);
  }
}

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PUBLISH: '1' };
const snapshotDir = resolve(env.SNAPSHOT_DIR ?? 'content/data');
const outDir = resolve(opt('--out') ?? 'dist');
const inActions = env.GITHUB_ACTIONS === 'true';
// Today in US Eastern terms, as npm run update reads it.
const today = env.UPDATE_TODAY ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
// The update already scrubs what it reports; this is the last barrier before anything daily
// prints or writes (log, summary, commit message, step summary).
const secrets = secretsInEnv(env);
const scrub = (text: string) => scrubSecrets(text, secrets);
const log = (line: string) => console.log(scrub(line));

// Fail before fetching anything when the build could not publish anyway: a setting to fix, not
// a data problem, so it has its own exit code and an annotation that names the fix.
let siteUrl: string;
try {
  siteUrl = resolveSiteUrl(env);
} catch (err) {
  const message = (err as Error).message;
  console.error(`daily: configuration error: ${message}`);
  if (inActions) {
    console.log(configAnnotation(message));
  }
  process.exit(DAILY_EXIT.config);
}

/** Runs a node script as a child with the same Node binary, streaming its output. */
function runNode(script: string, scriptArgs: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [script, ...scriptArgs], { env: childEnv, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`daily: could not start ${script}: ${err.message}`);
      ok(127);
    });
    child.on('close', (code, signal) => ok(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Each series' state in the manifest and the rows recorded as withdrawn, to tell a change worth
 * committing from a timestamp-only change.
 */
async function seriesStates(): Promise<string> {
  try {
    const m = JSON.parse(await readFile(join(snapshotDir, 'manifest.json'), 'utf8')) as {
      series: { id: string; status: string; staleReason: string | null }[]; withdrawn?: unknown[];
    };
    return JSON.stringify([m.series.map((x) => [x.id, x.status, x.staleReason]), m.withdrawn?.length ?? 0]);
  } catch {
    return '';
  }
}
const statesBefore = await seriesStates();

const work = await mkdtemp(join(tmpdir(), 'daily-'));
try {
  const result = await runDaily({
    log,
    async update() {
      const summaryFile = join(work, 'update-summary.json');
      const code = await runNode('scripts/update.ts', [], { ...env, UPDATE_SUMMARY: summaryFile });
      try {
        return JSON.parse(await readFile(summaryFile, 'utf8')) as UpdateSummary;
      } catch {
        log(`daily: npm run update exited ${code} without a summary (it crashed; see its output above)`);
        return null;
      }
    },
    async build() {
      const code = await runNode('scripts/build.ts', ['--outDir', outDir], env);
      return code === 0 ? { ok: true } : { ok: false, reason: `astro build exited ${code}; its output above names the page and the error` };
    },
    async check() {
      const latestEdition = latestEditionDate(await readSnapshot(snapshotDir));
      log(`  latest edition in the snapshot: ${latestEdition}; site address: ${siteUrl}`);
      return checkSite(outDir, { latestEdition, siteUrl }, (done, total) => log(`  checked ${done}/${total} files`));
    },
  }, { skipUpdate: args.includes('--skip-update') });

  const outcomes = result.update?.outcomes ?? [];
  // Behind schedule for days, whatever the update said: a source may answer with nothing new.
  const behind = await readSnapshot(snapshotDir).then((snap) => seriesBehind(snap, today), () => []);
  if (behind.length) log(`daily: ${behind.length} series behind schedule by more than ${BEHIND_ALERT_BUSINESS_DAYS} business days: ${behind.map((b) => `${b.id} (${b.businessDays})`).join(', ')}`);
  const message = scrub(commitMessage(outcomes));
  // Worth a commit: new or revised rows, a series turning stale or recovering, or a row newly
  // recorded as withdrawn. A run that only moved lastSuccess timestamps is not.
  const snapshotChanged = Boolean(result.update?.wrote) &&
    (outcomes.some((o) => o.added > 0 || o.revised > 0) || (await seriesStates()) !== statesBefore);
  log(`daily: snapshot ${snapshotChanged ? 'changed; commit it' : 'has no new data; nothing to commit'}`);
  const summaryPath = opt('--summary');
  if (summaryPath) await writeFile(summaryPath, scrub(`${JSON.stringify({ ...result, snapshotChanged, behind, siteUrl, commitMessage: message }, null, 2)}\n`));
  const messagePath = opt('--commit-message');
  if (messagePath) await writeFile(messagePath, message);

  if (inActions) {
    // Workflow commands: annotations on the run page (verdict first, one per source), and a
    // table on its summary.
    for (const line of annotations({ exitCode: result.exitCode, stage: result.stage, outcomes, behind })) log(line);
    if (env.GITHUB_STEP_SUMMARY && (outcomes.length || behind.length)) {
      const late = behind.length ? `\n\n${behindTable(behind)}` : '';
      await appendFile(env.GITHUB_STEP_SUMMARY, scrub(`### Data update (exit ${result.update?.exitCode ?? '-'})\n\n${markdownTable(outcomes)}${late}\n\n`));
    }
  }
  process.exitCode = result.exitCode;
} finally {
  await rm(work, { recursive: true, force: true });
}
