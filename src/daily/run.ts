// The daily run: refresh the snapshot, build the site, check it, and say with one exit code
// what happened. The steps come in as functions so tests can drive every path; scripts/daily.ts
// wires them to `npm run update`, `astro build` and checkSite.
import { formatProblems, type SiteProblem } from './checks.ts';
import type { UpdateSummary } from './summary.ts';

/**
 * Exit codes of `npm run daily`. 0 and 2 mean dist/ is ready to publish; 0, 2 and 1 mean what
 * they mean for `npm run update`.
 */
export const DAILY_EXIT = {
  /** Every series refreshed, site built and checked: publish. */
  ok: 0,
  /** Nothing usable: the update reached no source or failed every series (snapshot unchanged), or bad usage. */
  updateFailed: 1,
  /** Some series stale: the site was built and checked with them marked stale; publish and look. */
  stale: 2,
  /** The build failed: publish nothing. */
  buildFailed: 3,
  /** The built site failed its checks: publish nothing. */
  checksFailed: 4,
  /** The run is set up wrong (SITE_URL missing, local or malformed): nothing was fetched; fix the setting. */
  config: 5,
} as const;
export type DailyExit = (typeof DAILY_EXIT)[keyof typeof DAILY_EXIT];

export interface DailySteps {
  /** Runs the update; null when it crashed before writing a summary. */
  update(): Promise<UpdateSummary | null>;
  /** Builds the site; resolves with a reason when it failed. */
  build(): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Checks the built site against the snapshot as it now stands. */
  check(): Promise<readonly SiteProblem[]>;
  log(line: string): void;
}

export interface DailyResult {
  readonly exitCode: DailyExit;
  /** The stage that decided the exit code. */
  readonly stage: 'update' | 'build' | 'check' | 'done';
  readonly update: UpdateSummary | null;
  readonly problems: readonly SiteProblem[];
}

export async function runDaily(steps: DailySteps, opts: { skipUpdate?: boolean } = {}): Promise<DailyResult> {
  const { log } = steps;
  let update: UpdateSummary | null = null;
  if (opts.skipUpdate) {
    log('daily [1/3] update: skipped (--skip-update); building the snapshot as it is');
  } else {
    log('daily [1/3] update: fetching new data from the sources');
    update = await steps.update();
    if (!update || update.exitCode === 1 || (update.exitCode !== 0 && update.exitCode !== 2)) {
      log(update?.noNetwork
        ? 'daily: update reached no source (no network?); nothing was written and nothing will be published'
        : 'daily: update failed with nothing usable; the snapshot is unchanged and nothing will be published');
      return { exitCode: DAILY_EXIT.updateFailed, stage: 'update', update, problems: [] };
    }
    const stale = update.outcomes.filter((o) => o.status !== 'ok');
    log(`daily: update ${stale.length ? `done with ${stale.length} stale series (${stale.map((o) => o.id).join(', ')})` : 'done, every series ok'}`);
  }

  log('daily [2/3] build: astro build');
  const built = await steps.build();
  if (!built.ok) {
    log(`daily: build failed: ${built.reason}`);
    return { exitCode: DAILY_EXIT.buildFailed, stage: 'build', update, problems: [] };
  }

  log('daily [3/3] check: page kinds, leftovers, local URLs, latest edition');
  const problems = await steps.check();
  if (problems.length > 0) {
    log(`daily: the built site failed ${problems.length} check${problems.length === 1 ? '' : 's'}; do not publish it:`);
    for (const line of formatProblems(problems)) log(line);
    return { exitCode: DAILY_EXIT.checksFailed, stage: 'check', update, problems };
  }
  const stale = update?.exitCode === 2;
  log(stale ? 'daily: site built and checked; publish it with the stale series marked (exit 2)' : 'daily: site built and checked; ready to publish (exit 0)');
  return { exitCode: stale ? DAILY_EXIT.stale : DAILY_EXIT.ok, stage: 'done', update, problems: [] };
}
