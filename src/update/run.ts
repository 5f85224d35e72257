// Orchestrates one refresh: fetch every job, validate, merge, check, and commit the snapshot
// all-or-nothing per series. I/O comes in through options so tests can drive it completely.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { seriesDef, type SeriesId, type SourceId } from '../catalog/series.ts';
import { DataError } from '../core/errors.ts';
import { getText, HttpError, type HttpOptions } from '../sources/http.ts';
import { redact, type JobOutput, type SourceJob } from '../sources/job.ts';
import { scrubSecrets } from '../core/redact.ts';
import { attributionFor, buildMeta } from '../snapshot/import.ts';
import { SNAPSHOT_FORMAT, type Manifest, type SeriesMeta } from '../snapshot/manifest.ts';
import type { Observation } from '../core/observation.ts';
import { Snapshot } from '../snapshot/snapshot.ts';
import { recoverCommit, type CommitStep } from '../snapshot/commit.ts';
import { lockSnapshot } from '../snapshot/lock.ts';
import { MANIFEST_FILE, readSnapshot, writeSnapshot } from '../snapshot/store.ts';
import { validateObservations } from '../snapshot/validate.ts';
import { startDeadline } from './deadline.ts';
import { createLimiter } from './limiter.ts';
import { fetchStart, supersededBy, implausibleJump, mergeObservations, type Revision } from './merge.ts';
import type { Withdrawal } from '../snapshot/manifest.ts';
import { withoutKey, type PlannedJob } from './plan.ts';

export interface Pace {
  readonly parallel: number;
  readonly intervalMs: number;
}

export interface UpdateOptions {
  readonly snapshotDir: string;
  /** Jobs from buildJobs name the official address of what they fetch; others are taken at their word. */
  readonly jobs: readonly (SourceJob & Partial<Pick<PlannedJob, 'officialUrl'>>)[];
  readonly http: HttpOptions;
  /** Today's date (US Eastern); later observation dates are rejected as future. */
  readonly today: string;
  /** ISO timestamp recorded as the time of this run. */
  readonly now: string;
  readonly pace: Readonly<Record<SourceId, Pace>>;
  /** Series whose implausible jumps a person has confirmed as real. */
  readonly confirm: ReadonlySet<string>;
  readonly log: (line: string) => void;
  /**
   * Credentials the run holds (FRED_API_KEY). The HTTP layer already redacts URLs; anything the
   * run prints or records is also scrubbed of these, so a message from elsewhere (a parser
   * quoting a body that echoes the request) cannot carry one into the manifest.
   */
  readonly secrets?: readonly string[];
  /**
   * Time allowed for fetching (ms; default none). Requests still pending when it passes are
   * abandoned, their series marked stale, and what did arrive is written: it keeps a stalled
   * source from holding the whole run past the CI job's timeout.
   */
  readonly deadlineMs?: number;
  /** Ends fetching as the deadline would (tests end a run at a known point with it). */
  readonly stop?: AbortSignal;
  /** Crash tests only: called after each step of the snapshot commit (`snapshot/commit.ts`). */
  readonly afterCommitStep?: CommitStep;
}

export type Status = 'ok' | 'stale' | 'failed';

export interface SeriesOutcome {
  readonly id: SeriesId;
  readonly source: SourceId;
  readonly status: Status;
  readonly added: number;
  readonly revised: number;
  /** Rows we hold in the window asked for that the answer lacked (kept; see manifest.withdrawn). */
  readonly withdrawn: number;
  readonly last: string | null;
  readonly reason: string | null;
}

export interface UpdateResult {
  readonly outcomes: readonly SeriesOutcome[];
  /** 0 all ok; 2 some series stale or failed but the snapshot is consistent; 1 nothing updated. */
  readonly exitCode: 0 | 1 | 2;
  readonly noNetwork: boolean;
  readonly wrote: boolean;
}

type JobResult =
  | { ok: true; job: SourceJob; data: JobOutput; url: string; range: { start: string; end: string }; official: string; fetched: string }
  | { ok: false; job: SourceJob; error: Error };

interface Accepted {
  readonly obs: Observation[];
  readonly meta: SeriesMeta;
  readonly revisions: Revision[];
  readonly withdrawn: Withdrawal[];
}

/** The snapshot to update; an empty or missing directory starts a new one (every series from its history start). */
async function startingSnapshot(dir: string, log: (line: string) => void): Promise<Snapshot> {
  if (!existsSync(join(dir, MANIFEST_FILE))) {
    log(`update: ${dir} holds no snapshot yet; starting a new one`);
    return new Snapshot({ manifest: { format: SNAPSHOT_FORMAT, series: [], revisions: [] }, series: new Map() });
  }
  return readSnapshot(dir);
}

/**
 * One update under the snapshot's lock (a second run at the same time is refused with
 * SnapshotLockedError and writes nothing); an update interrupted earlier is finished or discarded
 * first (`snapshot/commit.ts`).
 */
export async function runUpdate(given: UpdateOptions): Promise<UpdateResult> {
  const clean = (text: string) => scrubSecrets(text, given.secrets ?? []);
  const opts: UpdateOptions = { ...given, log: (line) => given.log(clean(line)) };
  const lock = await lockSnapshot(opts.snapshotDir, opts.log);
  try {
    const recovered = await recoverCommit(opts.snapshotDir);
    if (recovered) opts.log(recovered);
    return await updateLocked(opts);
  } finally {
    await lock.release();
  }
}

async function updateLocked(opts: UpdateOptions): Promise<UpdateResult> {
  const clean = (text: string) => scrubSecrets(text, opts.secrets ?? []);
  const snap = await startingSnapshot(opts.snapshotDir, opts.log);
  const metaOf = new Map(snap.manifest.series.map((m) => [m.id, m]));
  const limiters = new Map<SourceId, ReturnType<typeof createLimiter>>();
  const limiter = (s: SourceId) => {
    let l = limiters.get(s);
    if (!l) limiters.set(s, (l = createLimiter(opts.pace[s].parallel, opts.pace[s].intervalMs)));
    return l;
  };

  const total = opts.jobs.length;
  const seriesCount = opts.jobs.reduce((n, j) => n + j.series.length, 0);
  opts.log(`update: fetching ${seriesCount} series in ${total} requests (today ${opts.today})`);
  let done = 0;
  const deadline = startDeadline(opts.deadlineMs, opts.stop);
  const http: HttpOptions = { ...opts.http, signal: deadline.signal };
  const abandoned = (job: SourceJob): JobResult => ({ ok: false, job, error: new Error(deadline.reason) });
  const fetchJob = async (job: UpdateOptions['jobs'][number]): Promise<JobResult> => {
    if (deadline.signal.aborted) return abandoned(job); // queued behind the pace limit until too late
    const start = job.series.map((id) => fetchStart(seriesDef(id), metaOf.get(id)?.last)).sort()[0] ?? opts.today;
    const range = { start, end: opts.today };
    let lastUrl = '';
    try {
      const data = await job.run(range, (url, limits) => {
        lastUrl = url;
        return getText(url, { ...http, maxBytes: Math.min(limits.maxBytes, http.maxBytes ?? Infinity) }, (attempt, waitMs, why) =>
          opts.log(`  ${job.key}: attempt ${attempt} failed (${why}); retrying in ${(waitMs / 1000).toFixed(1)} s`));
      });
      const broken = [...data].filter(([, v]) => v instanceof DataError).map(([id]) => id);
      const note = broken.length ? `; ${broken.join(', ')} FAILED, see the table` : '';
      opts.log(`  [${++done}/${total}] ${job.key} ok (${range.start} … ${range.end})${note}`);
      const fetched = withoutKey(lastUrl);
      return { ok: true, job, data, url: redact(lastUrl), range, official: job.officialUrl?.(lastUrl) ?? fetched, fetched };
    } catch (error) {
      if (deadline.signal.aborted) return abandoned(job);
      opts.log(`  [${++done}/${total}] ${job.key} FAILED: ${(error as Error).message}`);
      return { ok: false, job, error: error as Error };
    }
  };
  // Each job races the deadline, so a request that ignores the abort cannot hold the run.
  const results = await Promise.all(opts.jobs.map((job) =>
    Promise.race([limiter(job.source)(() => fetchJob(job)), deadline.passed.then(() => abandoned(job))])));
  deadline.cancel();
  const late = results.filter((r) => !r.ok && r.error.message === deadline.reason).map((r) => r.job.key);
  if (late.length) opts.log(`update: the deadline passed; abandoned ${late.join(', ')} (their series are marked stale, the rest is written)`);

  const noNetwork = results.length > 0 && results.every((r) => !r.ok && r.error instanceof HttpError && r.error.unreachable);
  const outcomes: SeriesOutcome[] = [];
  const accepted = new Map<SeriesId, Accepted>();
  const staleReasons = new Map<SeriesId, string>();

  for (const r of results) {
    for (const id of r.job.series) {
      const existing = snap.series.get(id) ?? [];
      const lastKnown = existing.at(-1)?.date ?? null;
      const fail = (message: string) => {
        const reason = clean(message);
        staleReasons.set(id, reason);
        outcomes.push({ id, source: r.job.source, status: existing.length ? 'stale' : 'failed', added: 0, revised: 0, withdrawn: 0, last: lastKnown, reason });
      };
      if (!r.ok) {
        fail(r.error.message);
        continue;
      }
      try {
        const outcome = acceptSeries(id, r, existing, metaOf.get(id), opts);
        accepted.set(id, outcome.accepted);
        outcomes.push(outcome.outcome);
        const gone = outcome.accepted.withdrawn;
        if (gone.length) {
          const list = gone.slice(0, 5).map((w) => `${w.date} ${w.value}`).join(', ') + (gone.length > 5 ? `, … ${gone.length - 5} more` : '');
          opts.log(`  ${id}: the source no longer serves ${gone.length === 1 ? '1 row' : `${gone.length} rows`} we hold (${list}); ` +
            'kept, and listed under "withdrawn" in the manifest');
        }
      } catch (err) {
        if (!(err instanceof DataError)) throw err; // a bug, not bad data: let it surface
        fail(err.message);
      }
    }
  }

  const okCount = outcomes.filter((o) => o.status === 'ok').length;
  if (noNetwork) {
    opts.log('update: no source could be reached: this machine seems to have no network. Nothing was written; ' +
      'the committed snapshot is unchanged and `npm run build` still works offline.');
    return { outcomes, exitCode: 1, noNetwork, wrote: false };
  }
  if (okCount === 0) {
    opts.log('update: no series could be updated. Nothing was written; the committed snapshot is unchanged.');
    return { outcomes, exitCode: 1, noNetwork, wrote: false };
  }
  const manifest = nextManifest(snap, accepted, staleReasons);
  const series = new Map(snap.series);
  for (const [id, a] of accepted) series.set(id, a.obs);
  // A revision replaces the value in the series file and keeps the old one, with its real-time end, in the vintage store.
  const superseded = [...(snap.superseded ?? []), ...[...accepted.values()].flatMap((a) => supersededBy(a.revisions))];
  await writeSnapshot(opts.snapshotDir, { manifest, series, superseded }, new Set(accepted.keys()), { afterStep: opts.afterCommitStep });
  const exitCode = okCount === outcomes.length ? 0 : 2;
  return { outcomes, exitCode, noNetwork, wrote: true };
}

function acceptSeries(
  id: SeriesId, r: Extract<JobResult, { ok: true }>, existing: readonly Observation[], meta: SeriesMeta | undefined, opts: UpdateOptions,
): { accepted: Accepted; outcome: SeriesOutcome } {
  const def = seriesDef(id);
  const fetched = r.data.get(id);
  // A job answers for each of its series: observations, or the error that stops this one alone.
  if (fetched instanceof DataError) throw fetched;
  if (fetched === undefined) throw new Error(`job ${r.job.key} returned nothing for ${id}`); // a bug in the job
  if (fetched.length > 0) validateObservations(def, fetched, { origin: r.url, today: opts.today });
  const merged = mergeObservations(id, existing, fetched, opts.now, r.range);
  if (merged.obs.length === 0) throw new DataError(id, r.url, undefined, 'the source returned no observations and we have none');
  const jump = opts.confirm.has(id) ? undefined : implausibleJump(def, merged);
  if (jump) throw new DataError(id, r.url, undefined, jump);
  const provenance = {
    source: def.source,
    originalUrl: r.official,
    // The address actually asked (a mirror, a test server), only when it is not the official one.
    ...(r.fetched === r.official ? {} : { fetchedUrl: r.fetched }),
    via: `fetched by npm run update from ${def.source}`,
    retrieved: opts.today,
    attribution: attributionFor(id),
    license: def.license,
  };
  // A series with nothing new keeps its provenance: the diff of a quiet day stays small.
  const unchanged = merged.changed.length === 0 && meta;
  const nextMeta = unchanged
    ? { ...meta, status: 'ok' as const, staleReason: null, lastSuccess: opts.now }
    : buildMeta(id, merged.obs, provenance, opts.now);
  return {
    accepted: { obs: merged.obs, meta: nextMeta, revisions: merged.revisions, withdrawn: merged.withdrawn },
    outcome: {
      id, source: r.job.source, status: 'ok', added: merged.added, revised: merged.revisions.length, withdrawn: merged.withdrawn.length,
      last: merged.obs.at(-1)?.date ?? null, reason: null,
    },
  };
}

/** The manifest after this run: accepted series refreshed, failed ones marked stale, order kept. */
function nextManifest(snap: Snapshot, accepted: ReadonlyMap<SeriesId, Accepted>, stale: ReadonlyMap<SeriesId, string>): Manifest {
  const series: SeriesMeta[] = snap.manifest.series.map((m) => {
    const a = accepted.get(m.id as SeriesId);
    if (a) return a.meta;
    const reason = stale.get(m.id as SeriesId);
    return reason ? { ...m, status: 'stale', staleReason: reason } : m;
  });
  for (const [id, a] of accepted) if (!snap.manifest.series.some((m) => m.id === id)) series.push(a.meta);
  const revisions = [...snap.manifest.revisions, ...[...accepted.values()].flatMap((a) => a.revisions)];
  // A withdrawn row stays missing from the answers run after run: it is recorded once.
  const known = new Set((snap.manifest.withdrawn ?? []).map((w) => `${w.series} ${w.date} ${w.value}`));
  const fresh = [...accepted.values()].flatMap((a) => a.withdrawn).filter((w) => !known.has(`${w.series} ${w.date} ${w.value}`));
  const withdrawn = [...(snap.manifest.withdrawn ?? []), ...fresh];
  return { ...snap.manifest, series, revisions, ...(withdrawn.length ? { withdrawn } : {}) };
}
