import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const KP = 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n';

/**
 * The symlink guard must compare whole path segments: `repo-evil` shares the prefix of `repo` but is
 * outside it. A link into it is never followed, and nothing it holds becomes a fact.
 */
describe('a symbolic link into a sibling folder whose name starts with the scanned folder name', () => {
  const base = mkdtempSync(join(tmpdir(), 'netcompat-sibling-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  mkdirSync(join(base, 'repo'));
  mkdirSync(join(base, 'repo-evil/clusters'), { recursive: true });
  writeFileSync(join(base, 'repo-evil/kube-proxy.yaml'), KP);
  writeFileSync(join(base, 'repo-evil/clusters/kube-proxy.yaml'), KP);
  symlinkSync('../repo-evil/kube-proxy.yaml', join(base, 'repo/kube-proxy.yaml'));
  symlinkSync('../repo-evil/clusters', join(base, 'repo/clusters'));

  it('is reported as outside the workspace and never read', () => {
    const r = spawnSync(process.execPath, [CLI, 'scan', join(base, 'repo'), '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { skipped: { path: string; reason: string }[]; contexts: { facts: unknown[] }[] };
    expect(report.skipped).toContainEqual(expect.objectContaining({ path: 'kube-proxy.yaml', reason: 'symlink-outside' }));
    expect(report.contexts.flatMap((c) => c.facts)).toEqual([]);
    expect(r.stdout).not.toContain('repo-evil/clusters/kube-proxy.yaml');
  });
});
