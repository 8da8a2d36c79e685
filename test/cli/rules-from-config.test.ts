import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const DIR = fileURLToPath(new URL('../fixtures/cli/extra-rules/', import.meta.url));

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: DIR, encoding: 'utf8' });

describe('rules added through the config file', () => {
  it('`rules --config` lists them, with the severity overrides applied', () => {
    const r = run('rules', '--config', '.netcompat.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^SITE-OLD-KUBE-PROXY\s+low\s+kube-proxy\s+kube-proxy older than the platform team supports$/m);
    expect(r.stdout).toMatch(/^KP-NFT-LB-SOURCE-RANGES\s+medium\s/m);
  });

  it('`rules` without --config lists the built-in rules only', () => {
    const r = run('rules', '--format', 'json');
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id);
    expect(ids).not.toContain('SITE-OLD-KUBE-PROXY');
    expect(ids).toContain('KP-NFT-LB-SOURCE-RANGES');
  });

  it('`explain --config` explains a config rule, and without it the rule is unknown (exit 2)', () => {
    const r = run('explain', 'site-old-kube-proxy', '--config', '.netcompat.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('SITE-OLD-KUBE-PROXY: kube-proxy older than the platform team supports');
    expect(r.stdout).toContain('https://example.invalid/platform/support-policy');
    const unknown = run('explain', 'SITE-OLD-KUBE-PROXY');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "SITE-OLD-KUBE-PROXY"');
  });

  it('a missing config file is a usage error naming it', () => {
    const r = run('rules', '--config', 'nope.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope.yaml');
  });
});
