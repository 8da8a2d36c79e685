import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifValidator } from '../report/sarif-schema.js';
import { REPO } from './fake-io.js';

const CLI = join(REPO, 'dist/cli.js');

/** A repository (`.git` at its top) with the cluster configs two levels down, as in issue 12. */
function repo(withGit = true): string {
  const top = mkdtempSync(join(tmpdir(), 'netcompat-paths-'));
  if (withGit) mkdirSync(join(top, '.git'));
  cpSync(join(REPO, 'examples/calico-vxlan-old'), join(top, 'clusters/prod'), { recursive: true });
  mkdirSync(join(top, 'docs'));
  return top;
}

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Loc {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

describe('paths anyone can open (issue 12)', () => {
  it('SARIF URIs are relative to the git top level and resolve against originalUriBaseIds to real files', () => {
    const top = repo();
    // Run from an unrelated directory inside the repository, scanning the subdirectory.
    const r = cli(join(top, 'docs'), 'scan', '../clusters', '--node-os', 'centos-7.9', '--format', 'sarif');
    expect(r.code, r.stderr).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const run = log.runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${top}/`);
    const locs: Loc[] = run.results.flatMap((x: { locations: Loc[]; relatedLocations?: Loc[] }) => [...x.locations, ...(x.relatedLocations ?? [])]);
    expect(locs.length).toBeGreaterThan(2);
    for (const l of locs) {
      const { uri, uriBaseId } = l.physicalLocation.artifactLocation;
      expect(uri).toMatch(/^clusters\/prod\//);
      const resolved = new URL(uri, run.originalUriBaseIds[uriBaseId].uri);
      expect(existsSync(fileURLToPath(resolved)), uri).toBe(true);
    }
  });

  it('without .git the scanned directory is the root', () => {
    const top = repo(false);
    const r = cli(top, 'scan', 'clusters/prod', '--node-os', 'centos-7.9', '--format', 'sarif');
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${top}/clusters/prod/`);
    const race = run.results.find((x: { ruleId: string }) => x.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE');
    expect(race.locations[0].physicalLocation.artifactLocation.uri).toBe('kube-proxy.yaml');
  });

  it('text paths are relative to the current directory, as path:line:col', () => {
    const top = repo();
    const fromDocs = cli(join(top, 'docs'), 'scan', '../clusters', '--node-os', 'centos-7.9');
    expect(fromDocs.stdout).toMatch(/^ {2}\.\.\/clusters\/prod\/kube-proxy\.yaml:30:18 {2}KP-IPT-PARTIAL-SYNC-RACE/m);
    const fromTop = cli(top, 'scan', 'clusters', '--node-os', 'centos-7.9');
    expect(fromTop.stdout).toMatch(/^ {2}clusters\/prod\/kube-proxy\.yaml:30:18 {2}KP-IPT-PARTIAL-SYNC-RACE/m);
    for (const m of fromTop.stdout.matchAll(/^ {2}(\S+):(\d+):(\d+) {2}[A-Z]/gm)) expect(existsSync(join(top, m[1]!)), m[1]).toBe(true);
  });
});
