import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './fake-io.js';

/**
 * A `.yaml` that only template syntax breaks, scanned by the built CLI (test/fixtures/template-yaml/): never
 * "Nothing checked", never a guessed version; the undetermined results name the template values.
 */
const CLI = join(REPO, 'dist/cli.js');

interface Json {
  verdict: { line: string; nothingChecked?: unknown };
  findings: unknown[];
  undetermined: { ruleId: string; missing: { fact: string }[] }[];
  contexts: { facts: { name: string; value: string; unresolved?: boolean; place?: { file: string; line: number; column: number } }[] }[];
}

function scan(dir: string): Json {
  const r = spawnSync(process.execPath, [CLI, 'scan', `test/fixtures/template-yaml/${dir}`, '--format', 'json'], { cwd: REPO, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

const facts = (j: Json) =>
  j.contexts.flatMap((c) => c.facts.map((f) => `${f.name}=${f.value}${f.unresolved ? ' unresolved' : ''} @${f.place?.line}:${f.place?.column}`));

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
});

describe('YAML templates through the CLI', () => {
  it('a Salt/Jinja kube-proxy DaemonSet: kube-proxy present, version and mode undetermined', () => {
    const j = scan('salt');
    expect(j.verdict.nothingChecked).toBeUndefined();
    expect(j.verdict.line).toBe('No findings, 16 undetermined');
    expect(j.findings).toEqual([]);
    expect(facts(j)).toEqual([
      "kubeProxy.image={{pillar['registry']}}/kube-proxy unresolved @16:16",
      "kubeProxy.version={{pillar['kube_proxy_tag']}} unresolved @16:16",
    ]);
    expect(j.undetermined.find((u) => u.ruleId === 'KP-IPT-PARTIAL-SYNC-RACE')?.missing.map((m) => m.fact)).toEqual(['kubeProxy.mode', 'kubeProxy.version']);
  });

  it('a Go-template calico-node: Calico present at a template release; the commented-out v3.20.0 image is never read', () => {
    const j = scan('go-template');
    expect(j.verdict.nothingChecked).toBeUndefined();
    expect(j.verdict.line).toBe('No findings, 10 undetermined');
    expect(j.findings).toEqual([]);
    expect(facts(j)).toEqual([
      'calico.version={{ .NodeImage }} unresolved @25:18',
      'calico.iptablesBackend=Legacy @29:22',
      'calico.ipipMode={{ if eq .Mode "bird" }}Always{{ else }}Never{{ end }} unresolved @33:22',
      'calico.vxlanMode=Always unresolved @36:22',
    ]);
  });
});
