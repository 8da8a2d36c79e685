import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocs } from '../../src/extract/extract-file.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { setAsideTemplateLines } from '../../src/parse/template-lines.js';
import { templateYaml } from '../../src/parse/template-yaml.js';

const FIXTURES = new URL('../fixtures/template-yaml/', import.meta.url).pathname;

/** A `.yaml` template through parse and every YAML extractor, as compact strings with places. */
function read(name: string): { facts: string[]; notes: (string | undefined)[]; skipped?: { reason: string; detail: string; quiet?: boolean } } {
  const parsed = parseFile(name, readFileSync(`${FIXTURES}${name}`, 'utf8'));
  const facts = extractDocs(EXTRACTORS, parsed.docs, (id, err) => {
    throw new Error(`${id} failed on ${name}: ${String(err)}`);
  });
  return {
    facts: facts.map(
      (f) => `${f.name}=${f.value}${f.unresolved ? ' unresolved' : ''}${f.origin === 'default' ? ' default' : ''} @${f.place?.line}:${f.place?.column}`,
    ),
    notes: facts.map((f) => f.note),
    ...(parsed.skipped ? { skipped: parsed.skipped } : {}),
  };
}

describe('a .yaml that only template syntax breaks is read as a template', () => {
  it('Salt/Jinja pillar values: kube-proxy is present, its version unresolved, no mode (a template value may set it)', () => {
    const r = read('salt/kube-proxy-ds.yaml');
    expect(r.skipped).toEqual({
      path: 'salt/kube-proxy-ds.yaml',
      reason: 'template',
      detail: 'read with template output of unknown shape set aside (line 24); values beside that output are unresolved',
      quiet: true,
    });
    expect(r.facts).toEqual([
      "kubeProxy.image={{pillar['registry']}}/kube-proxy unresolved @16:16",
      "kubeProxy.version={{pillar['kube_proxy_tag']}} unresolved @16:16",
    ]);
    // Line 24 renders YAML of unknown shape inside the container: the container's values may change.
    expect(r.notes).toEqual(['template output at line 24 may add or replace values here', 'template output at line 24 may add or replace values here']);
  });

  it('Go template: the image is a template value; a calico/node image inside a {{- /* */}} comment is never read', () => {
    const r = read('go-template/calico-node.yaml');
    expect(r.skipped).toMatchObject({ reason: 'template', quiet: true });
    expect(r.skipped?.detail).toBe(
      'read with template control lines set aside (lines 11, 16, 17, 18, 19, 20, 21, 22, …); values inside template conditions are unresolved',
    );
    expect(r.facts).toEqual([
      'calico.version={{ .NodeImage }} unresolved @25:18',
      'calico.iptablesBackend=Legacy @29:22',
      'calico.ipipMode={{ if eq .Mode "bird" }}Always{{ else }}Never{{ end }} unresolved @33:22',
      'calico.vxlanMode=Always unresolved @36:22',
    ]);
    expect(r.notes).toEqual([
      'the calico-node image is a template value',
      'FELIX_IPTABLESBACKEND on calico-node',
      'CALICO_IPV4POOL_IPIP on calico-node',
      'inside a template condition',
    ]);
    expect(r.facts.join('\n')).not.toContain('3.20.0');
    expect(r.facts.join('\n')).not.toContain('NFT');
  });

  it('Helm {{ .Values }}: output of unknown shape taints only its own block; a top-level one loses its document', () => {
    const r = read('helm/kube-proxy.yaml');
    expect(r.skipped).toMatchObject({ reason: 'template' });
    expect(r.skipped?.quiet).toBeUndefined();
    expect(r.skipped?.detail).toBe(
      'document 2 of 2 (the others were read): template syntax makes it invalid YAML (line 22, column 1); render it, or give the values as inputs',
    );
    expect(r.facts).toEqual([
      'kubeProxy.mode={{ .Values.mode }} unresolved @14:15',
      'kubeProxy.image={{ .Values.image.repository }}/kube-proxy unresolved @11:18',
      'kubeProxy.version={{ .Values.image.tag }} unresolved @11:18',
    ]);
    // The `resources:` output (line 16) cannot reach the image or the command: their notes say nothing of it.
    expect(r.notes.some((n) => n?.includes('template output'))).toBe(false);
  });
});

describe('the note of a template read with its values masked only', () => {
  it('says the values are placeholders, and the value reads as written', () => {
    const parsed = parseFile('m.yaml', 'kind: Pod\nimage: {{ .Registry }}/kube-proxy:{{ .Tag }}\n');
    expect(parsed.skipped).toEqual({
      path: 'm.yaml',
      reason: 'template',
      detail: 'read as a template: its {{ }} values are placeholders, unresolved',
      quiet: true,
    });
    expect(parsed.docs[0]?.doc.get('image')).toBe('{{ .Registry }}/kube-proxy:{{ .Tag }}');
  });
});

describe('templateYaml', () => {
  it('masks value expressions with same-length marks and blanks whole-expression lines inside a block', () => {
    const text = 'a:\n  b: {{ x }}/y:{{z}}\n  {{ out }}\n  c: "{{ if eq .M "q" }}1{{ end }}"\nd: 1\n';
    const t = templateYaml(setAsideTemplateLines(text)!);
    expect(t.parseText.length).toBe(text.length);
    expect(t.text).toBe('a:\n  b: {{ x }}/y:{{z}}\n           \n  c: "{{ if eq .M "q" }}1{{ end }}"\nd: 1\n');
    expect(t.masks.map(([s, e]) => text.slice(s, e))).toEqual(['{{ x }}', '{{z}}', '{{ if eq .M "q" }}', '{{ end }}']);
    expect(t.parseText.split('\n')[1]).toBe(`  b: ${'\uE000'.repeat(7)}/y:${'\uE001'.repeat(5)}`);
    expect([...t.beside.entries()]).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
      [4, 3],
    ]);
    expect(t.rendered).toEqual([3]);
    expect(t.unscoped.size).toBe(0);
  });

  it('leaves a whole-expression line at the top level of a document, which so cannot be read', () => {
    const t = templateYaml(setAsideTemplateLines('kind: X\n{{ toYaml .Values }}\n---\na: 1\n  {{ y }}\n')!);
    expect([...t.unscoped]).toEqual([2]);
    expect(t.rendered).toEqual([5]);
    expect([...t.beside.keys()]).toEqual([4, 5, 6]);
  });
});
