import { describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/context/build-contexts.js';
import type { Fact, FactName } from '../../src/model/fact.js';

const FILE = 'hack/kind.yaml';

function fact(name: FactName, value: string, line: number, column: number, extra: Partial<Fact> = {}): Fact {
  return { name, value, origin: 'repository', source: 'kind-cluster', place: { file: FILE, line, column }, ...extra };
}

const kind = fact('installer.name', 'kind', 2, 7);
const kindConfig = fact('cluster.definition', 'hack', 2, 7, { note: 'kind Cluster' });
const release = (v: string) => fact('installer.release', v, 9, 20, { key: 'kind', source: 'install-script' });

/** The cluster's facts after precedence, installer defaults and derivations. */
function context(facts: Fact[]): Fact[] {
  return buildContexts(facts, [])[0]!.facts;
}

const get = (facts: Fact[], name: FactName): Fact | undefined => facts.find((f) => f.name === name);

describe('kind defaults (data/installers/kind.yaml)', () => {
  it("a kind release without a node image runs that release's default image: v0.20.0 → Kubernetes 1.27.3, v0.21.0 → 1.29.1", () => {
    const v20 = context([kindConfig, kind, release('0.20.0')]);
    expect(get(v20, 'kubernetes.version')).toMatchObject({ value: '1.27.3', origin: 'default' });
    expect(get(v20, 'kubernetes.version')?.note).toMatch(/^default of kind v0\.20\.0: bundled Kubernetes v1\.27\.3; kind release from /);
    expect(get(v20, 'kubeProxy.version')?.value).toBe('1.27.3');
    expect(get(v20, 'kubeProxy.mode')).toMatchObject({ value: 'iptables', origin: 'default' });
    // Both sides of KP-IPT-PARTIAL-SYNC-RACE's 1.29.2 boundary: kind v0.21.0 runs 1.29.1, v0.22.0 runs 1.29.2.
    expect(get(context([kindConfig, kind, release('0.21.0')]), 'kubernetes.version')?.value).toBe('1.29.1');
    expect(get(context([kindConfig, kind, release('0.22.0')]), 'kubernetes.version')?.value).toBe('1.29.2');
  });

  it('without a release or an image the version is one of every default image, never one guessed', () => {
    const facts = context([kind]);
    const k8s = get(facts, 'kubernetes.version');
    expect(k8s?.candidates?.[0]).toBe('1.13.2');
    expect(k8s?.candidates?.at(-1)).toBe('1.36.1');
    expect(k8s?.candidates).toHaveLength(30);
  });

  it('a node image wins over the release default; kubeProxyMode none leaves no mode; kindnet gets no Calico', () => {
    const facts = context([kindConfig, kind, release('0.20.0'), fact('kubernetes.version', '1.29.2', 10, 12), fact('kubeProxy.disabled', 'true', 6, 18)]);
    expect(get(facts, 'kubernetes.version')).toMatchObject({ value: '1.29.2', origin: 'repository' });
    expect(get(facts, 'kubeProxy.mode')).toBeUndefined();
    expect(facts.filter((f) => f.name.startsWith('calico.') || f.name.startsWith('node.'))).toEqual([]);
  });
});

describe("kind's command line is about a kind cluster only (src/context/kind-scope.ts)", () => {
  const script = (name: FactName, value: string, line: number, extra: Partial<Fact> = {}): Fact => ({
    name,
    value,
    origin: 'repository',
    source: 'install-script',
    key: 'kind',
    place: { file: 'scripts/ci-e2e.sh', line, column: 1 },
    ...extra,
  });
  const kindScript = [script('installer.name', 'kind', 4), script('installer.release', '0.20.0', 3), script('kubernetes.version', '1.30.0', 4)];

  it('a Cluster API cluster beside a script that starts a kind management cluster keeps its own installer, version and defaults', () => {
    const capi: Fact[] = [
      {
        name: 'cluster.definition',
        value: '',
        origin: 'repository',
        source: 'capi-versions',
        note: 'Cluster API Cluster',
        place: { file: 'cluster.yaml', line: 2, column: 7 },
      },
      { name: 'installer.name', value: 'cluster-api', origin: 'repository', source: 'capi-versions', place: { file: 'cluster.yaml', line: 2, column: 7 } },
      { name: 'kubernetes.version', value: '1.28.3', origin: 'repository', source: 'capi-versions', place: { file: 'cluster.yaml', line: 9, column: 14 } },
    ];
    const facts = context([...capi, ...kindScript]);
    expect(facts.filter((f) => f.key === 'kind')).toEqual([]);
    expect(facts.filter((f) => f.name === 'kubernetes.version').map((f) => f.value)).toEqual(['1.28.3']);
    expect(get(facts, 'kubeProxy.mode')?.note).toMatch(/^default of Cluster API/);
  });

  it("beside a kind config the same script decides: its --image is the version, not the release's default image", () => {
    const facts = context([kindConfig, kind, ...kindScript]);
    expect(facts.filter((f) => f.name === 'kubernetes.version').map((f) => `${f.value} ${f.origin}`)).toEqual(['1.30.0 repository']);
  });
});
