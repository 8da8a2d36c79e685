import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayHoldCandidates } from '../../src/extract/candidates.js';
import { triggeredExtractors } from '../../src/extract/extract-file.js';
import { hasKind } from '../../src/extract/kind-anchor.js';
import { Prefilter } from '../../src/extract/prefilter.js';
import { EXTRACTORS } from '../../src/extract/registry.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/prefilter/${name}`, import.meta.url));
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('prefilter on raw bytes', () => {
  const pre = new Prefilter(EXTRACTORS);

  it('finds the same extractors as the text search, for every extractor fixture', () => {
    const files = ['crd-bundle.yaml', 'kinds.json'];
    for (const name of files) {
      const bytes = fixture(name);
      const hits = pre.scan(bytes);
      expect(ids(pre.triggered(`x/${name}`, hits)), name).toEqual(ids(triggeredExtractors(EXTRACTORS, `x/${name}`, bytes.toString('utf8'))));
    }
  });

  it('counts a kind only where it is the value of a kind key, also inside an escaped JSON string', () => {
    const bundle = pre.triggered('crd-bundle.yaml', pre.scan(fixture('crd-bundle.yaml')));
    expect(ids(bundle)).toContain('felix-configuration');
    const json = pre.triggered('kinds.json', pre.scan(fixture('kinds.json')));
    expect(ids(json)).toContain('kube-proxy-configuration');
    for (const [text, yes] of [
      ['kind: IPPool\n', true],
      ['  - kind: "IPPool"\n', true],
      ['{"kind":"IPPool"}', true],
      ['kind: !!str IPPool', true],
      ['kind:\n  IPPool', true],
      ['# an IPPool is a pool\n', false],
      ['name: my-IPPool\n', false],
      ['image: example/IPPool:1\n', false],
      ['names: { kind: IPPoolList, plural: ippools }', false],
      ['kind: IPPool2\n', false],
      ['{"kind": "IPPool"}', true],
      ['kind: IPPool', true],
    ] as const) {
      expect(hasKind(text, 'IPPool'), text).toBe(yes);
      const hits = pre.scan(Buffer.from(text));
      expect(ids(pre.triggered('a.yaml', hits)).includes('calico-ip-pool'), text).toBe(yes);
    }
  });

  it('wakes the Ansible variables extractor for an ipip key, not for the word inside a Calico CRD', () => {
    const ansible = (text: string, path = 'roles/calico/defaults/main.yml') =>
      ids(pre.triggered(path, pre.scan(Buffer.from(text)))).includes('ansible-variables');
    for (const text of ['ipip: true\n', 'ipip : yes\n', '{"ipip": true}', "'ipip': true\n", 'ipip_mode: Always\n', 'calico_ipip_mode: Never\n'])
      expect(ansible(text), text).toBe(true);
    for (const text of ['ipipMode: Always\n', '            ipipMode:\n              type: string\n', 'description: ipip tunnels\n'])
      expect(ansible(text), text).toBe(false);
    expect(ids(pre.triggered('crd-bundle.yaml', pre.scan(fixture('crd-bundle.yaml'))))).not.toContain('ansible-variables');
  });

  it("reads an inventory's variables file whatever names it holds (a config Ansible renders may use any), and only there", () => {
    const ansible = (path: string) => ids(pre.triggered(path, pre.scan(Buffer.from('KUBE_VERSION: 1.15.0\n')))).includes('ansible-variables');
    expect(['group_vars/all.yml', 'inventory/prod/group_vars/k8s_cluster/addons.yaml', 'host_vars/cp1.yml'].map(ansible)).toEqual([true, true, true]);
    expect(['vars/all.yml', 'group_vars/a/b/c.yml', 'group_vars/all.yml.j2', 'docs/group_vars.yml'].map(ansible)).toEqual([false, false, false, false]);
    expect(pre.alwaysFor('group_vars/all.yml')).toBe(true);
    expect(pre.alwaysFor('values.yaml')).toBe(false);
  });

  it('finds words at the very start and end of a file, and the ignore marker', () => {
    for (const text of ['externalIPs', 'x: 1 # netcompat-ignore', 'cni:']) {
      const hits = pre.scan(Buffer.from(text));
      expect(hits.count, text).toBeGreaterThan(0);
    }
    expect(pre.scan(Buffer.from('# netcompat-ignore X: y')).seen[pre.ignore]).toBe(1);
    expect(pre.scan(Buffer.from('kind: Deployment\n')).count).toBe(0);
  });

  it('gives the byte offsets of the triggers of chosen extractors', () => {
    const bytes = Buffer.from('é: calico-node\nx: kube-proxy\n');
    const hits = pre.scan(bytes);
    const node = EXTRACTORS.filter((e) => e.id === 'calico-node');
    expect(pre.offsetsOf(node, hits)).toEqual([4]);
  });

  it('answers the version-suggestion hint from the same pass, and a hint alone is not a trigger', () => {
    const samples = ['platform:\n  calico:\n    version: 3.26.1\n', 'k8s: 1.29\n', 'kernelRelease: 5.15\n', 'kind: Deployment\n', 'kubeVersion: ">=1.25"\n'];
    for (const text of [...samples, fixture('crd-bundle.yaml').toString('utf8')]) {
      const bytes = Buffer.from(text);
      expect(pre.hinted(pre.scan(bytes)), text.slice(0, 40)).toBe(mayHoldCandidates(bytes));
    }
    expect(pre.relevant(pre.scan(Buffer.from('k8s: 1.29\n')))).toBe(false);
    expect(pre.relevant(pre.scan(Buffer.from('# netcompat-ignore X: y\n')))).toBe(true);
    expect(pre.relevant(pre.scan(Buffer.from('spec:\n  externalIPs: [1.2.3.4]\n')))).toBe(true);
  });
});
