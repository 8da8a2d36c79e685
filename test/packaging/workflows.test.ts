import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOWS = `${ROOT}.github/workflows/`;

/**
 * The current major of every action the workflows and README may use (December 2026): checkout v7
 * (July 2026), setup-node v6, upload-artifact v7, codeql-action v4 (v3 is deprecated in December 2026).
 */
const CURRENT: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v6',
  'actions/upload-artifact': 'v7',
  'github/codeql-action/upload-sarif': 'v4',
};

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const files = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const workflow = (f: string) => parse(readFileSync(`${WORKFLOWS}${f}`, 'utf8')) as Workflow;

/** `uses:` values of every step of every workflow. */
const uses = files.flatMap((f) => Object.values(workflow(f).jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => !!u)));

describe('GitHub workflows', () => {
  it('has ci, check-dist, self-test and release', () => {
    expect(files).toEqual(['check-dist.yml', 'ci.yml', 'release.yml', 'self-test.yml']);
  });

  it.each(files)('%s parses, names itself, declares least permissions, and every job has steps', (f) => {
    const w = workflow(f);
    expect(w.name).toBe(f.replace(/\.yml$/, ''));
    expect(w.on).toBeTruthy();
    expect(w.permissions, 'explicit permissions').toBeDefined();
    expect(Object.keys(w.jobs).length).toBeGreaterThan(0);
    for (const job of Object.values(w.jobs)) {
      expect(job['runs-on']).toBe('ubuntu-latest');
      expect(job.steps.length).toBeGreaterThan(0);
      for (const s of job.steps) expect(!!s.uses !== !!s.run, JSON.stringify(s)).toBe(true);
    }
  });

  it('uses only actions at their current major, or this repository itself', () => {
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) {
      if (u === './') continue;
      const [action, ref] = u.split('@');
      expect(CURRENT[action!], `${u} is not a known action`).toBeDefined();
      expect(ref, u).toBe(CURRENT[action!]);
    }
  });

  it('the README workflow uses the current majors too', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const refs = [...readme.matchAll(/uses: ([\w./-]+)@(v\d+)/g)].filter(([, a]) => a !== 'netcompat/netcompat');
    expect(refs.length).toBeGreaterThan(1);
    for (const [, action, ref] of refs) expect(ref, action).toBe(CURRENT[action!]);
  });

  it('ci runs type-check, lint, tests and the pack smoke test on Node 20 and 24', () => {
    const ci = workflow('ci.yml');
    const job = Object.values(ci.jobs)[0]! as { strategy?: { matrix?: { node?: number[] } }; steps: Step[] };
    expect(job.strategy?.matrix?.node).toEqual([20, 24]);
    const runs = job.steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm run typecheck', 'npm test', 'bash scripts/pack-smoke.sh']));
  });

  it('check-dist rebuilds, compares dist/ and uploads the expected dist/ on failure', () => {
    const steps = Object.values(workflow('check-dist.yml').jobs)[0]!.steps;
    expect(steps.some((s) => s.run === 'npm run bundle')).toBe(true);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
  });

  it('self-test runs the Action from the repository and checks its outputs', () => {
    const steps = Object.values(workflow('self-test.yml').jobs)[0]!.steps;
    expect(steps.filter((s) => s.uses === './').length).toBeGreaterThanOrEqual(2);
    expect(steps.at(-1)?.run).toMatch(/test "\$BUGGY_OUTCOME" = failure/);
  });

  it('release checks the tag with the tested script before publishing and moves the major tag', () => {
    const w = workflow('release.yml');
    expect(w.on).toEqual({ push: { tags: ['v*'] } });
    const runs = Object.values(w.jobs)[0]!.steps.map((s) => s.run ?? '');
    const check = runs.findIndex((r) => r.includes('npm run release-check -- "$GITHUB_REF_NAME"'));
    const publish = runs.findIndex((r) => r.includes('gh release create'));
    expect(check).toBeGreaterThanOrEqual(0);
    expect(publish).toBeGreaterThan(check);
    expect(runs.some((r) => r.includes('git push -f origin "refs/tags/$major"'))).toBe(true);
  });
});
